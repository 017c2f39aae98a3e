import { defineConfig } from 'vitest/config';

export default defineConfig({
    test: {
        setupFiles: ['./src/polyfill/object-group-by.cjs'],
        include: ['test/**/*.test.ts'],
        exclude: ['test/e2e/**', 'node_modules/**'],
        testTimeout: 30_000,
        pool: 'forks',
        // A skipped test fails the run: see test/helpers/no-skipped-tests.ts.
        reporters: ['default', './test/helpers/no-skipped-tests.ts']
    }
});

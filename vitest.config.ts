import { defineConfig } from 'vitest/config';

export default defineConfig({
    test: {
        setupFiles: ['./src/polyfill/object-group-by.cjs'],
        include: ['test/**/*.test.ts'],
        // The full-size inputs take minutes: only CI runs them (STS_LARGE_TESTS=1, docs/reliability.md). Left out
        // rather than skipped, since a skipped test fails the run.
        exclude: ['test/e2e/**', 'node_modules/**', ...(process.env['STS_LARGE_TESTS'] === '1' ? [] : ['test/scale/large-inputs.test.ts'])],
        testTimeout: 30_000,
        pool: 'forks',
        // A skipped test fails the run: see test/helpers/no-skipped-tests.ts.
        reporters: ['default', './test/helpers/no-skipped-tests.ts']
    }
});

// ESLint (flat config) with typescript-eslint's type-aware recommended rules, run by `npm test`
// (`npm run lint`). Rules are turned down here, each with its reason, rather than the code being
// rewritten to please them; everything not listed is an error.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
    {
        ignores: [
            'node_modules/', 'dist/', 'out/', 'artefacts/', 'coverage/', '.bench/', '.vscode-test/',
            // written by langium-cli, checked by regenerating
            'src/language/generated/',
            // files a test writes when it updates its snapshots
            '**/__snapshots__/'
        ]
    },
    js.configs.recommended,
    ...tseslint.configs.recommendedTypeChecked,
    {
        languageOptions: {
            parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname }
        },
        linterOptions: { reportUnusedDisableDirectives: 'error' },
        rules: {
            // tsc strict checks the types; the casts it calls unnecessary mostly document intent on Langium's loose
            // AST types. Removing them is churn across every area for no behaviour change.
            '@typescript-eslint/no-unnecessary-type-assertion': 'off',
            // Async methods that implement an async interface (file systems, providers) need not await anything.
            '@typescript-eslint/require-await': 'off',
            // Unused names fail the build already (tsc noUnusedLocals); here only `_`-prefixed ones are allowed on purpose.
            '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }]
        }
    },
    {
        // Plain scripts (esbuild, benchmarks, CI helpers, the browser page's scripts): not part of the
        // TypeScript project, so no type information; they run in Node.
        files: ['**/*.{js,mjs,cjs}'],
        ...tseslint.configs.disableTypeChecked,
        // CommonJS files (the VS Code test suite, the polyfill) load with require.
        rules: { ...tseslint.configs.disableTypeChecked.rules, '@typescript-eslint/no-require-imports': 'off' },
        languageOptions: {
            parserOptions: { projectService: false, program: null, project: false },
            globals: {
                process: 'readonly', console: 'readonly', URL: 'readonly', Buffer: 'readonly', setTimeout: 'readonly',
                clearTimeout: 'readonly', setInterval: 'readonly', clearInterval: 'readonly', performance: 'readonly',
                require: 'readonly', module: 'writable', __dirname: 'readonly', structuredClone: 'readonly', fetch: 'readonly'
            }
        }
    },
    {
        // Tests read JSON that the CLI, the server and the MCP server print, and assert on its shape: typing every
        // such answer would add nothing the assertions do not already check.
        files: ['test/**/*.ts', 'bench/**/*.ts'],
        rules: {
            '@typescript-eslint/no-unsafe-assignment': 'off',
            '@typescript-eslint/no-unsafe-member-access': 'off',
            '@typescript-eslint/no-unsafe-call': 'off',
            '@typescript-eslint/no-unsafe-argument': 'off',
            '@typescript-eslint/no-unsafe-return': 'off',
            '@typescript-eslint/no-explicit-any': 'off'
        }
    },
    {
        // Files that strip or test terminal control characters on purpose.
        files: ['src/cli/terminal-text.ts', 'test/cli/output-safety.test.ts'],
        rules: { 'no-control-regex': 'off' }
    },
    {
        // Tests spell out runs of spaces in expected output as they appear.
        files: ['test/**/*.ts'],
        // A test that rethrows with its own message need not chain the cause: the message is what the run shows.
        rules: { 'no-regex-spaces': 'off', '@typescript-eslint/unbound-method': 'off', 'preserve-caught-error': 'off' }
    }
);

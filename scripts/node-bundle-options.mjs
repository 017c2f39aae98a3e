import { chmodSync, rmSync, writeFileSync } from 'node:fs';

// The esbuild options every Node bundle of the project shares — the extension, the
// server and the command line (esbuild.mjs) and the benchmarks (bench/**/run.mjs) —
// so a fix to how the code bundles is made once.
export const NODE_BUNDLE = {
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    // @resvg/resvg-js loads a native renderer of its platform at run time (sts diagram --format png).
    external: ['vscode', '@resvg/resvg-js'],
    // Prefer packages' ES module builds: some (jsonc-parser) ship a UMD `main` whose
    // inner `require('./impl/...')` esbuild cannot follow, and the bundle then fails to load.
    mainFields: ['module', 'main'],
    // Langium 4.4's chevrotain calls Object.groupBy, which Node 20 (VS Code 1.100's extension host) lacks.
    inject: ['./src/polyfill/object-group-by.cjs'],
    // Langium and its dependencies are ESM; this keeps `import.meta.url` meaningful in CJS output.
    define: { 'import.meta.url': 'importMetaUrl' },
    banner: { js: "const importMetaUrl = require('url').pathToFileURL(__filename).href;" }
};

/**
 * The command line: one bundle, as ES modules split into chunks, in `<outdir>/cli/`.
 * A command that imports a large module inside its `run` (`sts diagram` and the
 * layout engine, 1.4 MB) gets it as a chunk loaded only when it runs, so
 * `sts check` does not read and compile it; every command shares the one copy
 * of everything else (error classes included). `<outdir>/cli.cjs` is the small
 * launcher the package's `bin` names.
 */
export function cliBundle(outdir) {
    return {
        entryPoints: { main: 'src/cli/main.ts' },
        outdir: `${outdir}/cli`,
        outExtension: { '.js': '.mjs' },
        format: 'esm',
        splitting: true,
        chunkNames: 'chunk-[hash]',
        // CommonJS dependencies inside an ES module bundle still call require().
        banner: { js: "import { createRequire as stsCreateRequire } from 'node:module'; const require = stsCreateRequire(import.meta.url);" },
        define: {},
        plugins: [{
            name: 'cli-launcher',
            setup(build) {
                // chunks of earlier builds (their names are hashes), and the two CommonJS bundles this layout replaced
                build.onStart(() => ['cli', 'cli-diagram.cjs', 'cli-diagram.cjs.map', 'cli.cjs.map'].forEach(name => rmSync(`${outdir}/${name}`, { recursive: true, force: true })));
                build.onEnd(result => {
                    if (result.errors.length > 0) return;
                    const launcher = `${outdir}/cli.cjs`;
                    writeFileSync(launcher, CLI_LAUNCHER);
                    chmodSync(launcher, 0o755);
                });
            }
        }]
    };
}

// Node 20 loads an ES module from CommonJS with import(); the exit code is set by main.
const CLI_LAUNCHER = `#!/usr/bin/env node
// The sts command line; the code is in ./cli/ (see scripts/node-bundle-options.mjs).
import('./cli/main.mjs').catch(error => {
    process.stderr.write('sts: cannot start: ' + (error && error.message ? error.message : String(error)) + '\\n');
    process.exitCode = 2;
});
`;

/**
 * `sts mcp` for the VS Code extension, which starts this file directly (the .vsix
 * ships no command line). The command line itself runs the same code from its own chunk.
 */
export function mcpBundle(outdir) {
    return { entryPoints: { mcp: 'src/mcp/main.ts' }, outdir, outExtension: { '.js': '.cjs' } };
}

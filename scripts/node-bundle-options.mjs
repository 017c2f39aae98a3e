// The esbuild options every Node bundle of the project shares — the extension, the
// server and the command line (esbuild.mjs) and the benchmarks (bench/**/run.mjs) —
// so a fix to how the code bundles is made once.
export const NODE_BUNDLE = {
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    external: ['vscode'],
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
 * The command line, in two bundles: `sts diagram` is the only command that lays
 * out, and ELK is 1.4 MB of the 2.4 MB a single bundle would be. It goes into
 * `cli-diagram.cjs`, loaded only when that command runs, so `sts check` does not
 * read and compile it (a 1k-element `sts check` started about 0.2 s sooner).
 */
export function cliBundle(outdir) {
    return {
        entryPoints: { cli: 'src/cli/main.ts', 'cli-diagram': 'src/cli/diagram.ts' },
        outdir,
        outExtension: { '.js': '.cjs' },
        plugins: [{
            name: 'cli-diagram-apart',
            setup(build) {
                build.onResolve({ filter: /^\.\/diagram\.js$/ }, args =>
                    /[\\/]src[\\/]cli[\\/]main\.ts$/.test(args.importer) ? { path: './cli-diagram.cjs', external: true } : undefined);
                build.onResolve({ filter: /^\.\.\/mcp\/main\.js$/ }, args =>
                    /[\\/]src[\\/]cli[\\/]main\.ts$/.test(args.importer) ? { path: './mcp.cjs', external: true } : undefined);
            }
        }]
    };
}

/**
 * `sts mcp` in a bundle of its own: the MCP SDK is loaded only by that command, and
 * the VS Code extension starts this file directly (the .vsix ships no command line).
 */
export function mcpBundle(outdir) {
    return { entryPoints: { mcp: 'src/mcp/main.ts' }, outdir, outExtension: { '.js': '.cjs' } };
}

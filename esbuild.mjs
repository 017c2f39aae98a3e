// Bundles the extension, the language server and the command line into dist/.
// Every bundle gets the Object.groupBy polyfill first: Langium 4.4's chevrotain
// needs it, and VS Code 1.100's extension host runs Node 20.
import * as esbuild from 'esbuild';

const watch = process.argv.includes('--watch');
const production = process.argv.includes('--production');

const common = {
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    sourcemap: !production,
    minify: production,
    external: ['vscode'],
    inject: ['./src/polyfill/object-group-by.cjs'],
    logLevel: 'info',
    // Langium and its dependencies are ESM; this keeps `import.meta.url` meaningful in CJS output.
    define: { 'import.meta.url': 'importMetaUrl' },
    banner: { js: "const importMetaUrl = require('url').pathToFileURL(__filename).href;" }
};

const bundles = [
    { entryPoints: { extension: 'src/extension/main.ts' }, outdir: 'dist', outExtension: { '.js': '.cjs' } },
    { entryPoints: { server: 'src/server/main.ts' }, outdir: 'dist', outExtension: { '.js': '.cjs' } },
    { entryPoints: { cli: 'src/cli/main.ts' }, outdir: 'dist', outExtension: { '.js': '.cjs' }, banner: { js: "#!/usr/bin/env node\nconst importMetaUrl = require('url').pathToFileURL(__filename).href;" } }
];

const contexts = await Promise.all(bundles.map(bundle => esbuild.context({ ...common, ...bundle })));
if (watch) {
    await Promise.all(contexts.map(context => context.watch()));
} else {
    await Promise.all(contexts.map(context => context.rebuild()));
    await Promise.all(contexts.map(context => context.dispose()));
}

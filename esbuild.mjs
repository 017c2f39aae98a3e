// Bundles the extension, the language server and the command line into dist/.
// Every bundle gets the Object.groupBy polyfill first: Langium 4.4's chevrotain
// needs it, and VS Code 1.100's extension host runs Node 20.
import * as esbuild from 'esbuild';
import { cliBundle, mcpBundle, NODE_BUNDLE } from './scripts/node-bundle-options.mjs';

const watch = process.argv.includes('--watch');
const production = process.argv.includes('--production');

const common = { ...NODE_BUNDLE, sourcemap: !production, minify: production, logLevel: 'info' };

const bundles = [
    { entryPoints: { extension: 'src/extension/main.ts' }, outdir: 'dist', outExtension: { '.js': '.cjs' } },
    { entryPoints: { server: 'src/server/main.ts' }, outdir: 'dist', outExtension: { '.js': '.cjs' } },
    cliBundle('dist'),
    mcpBundle('dist'),
    // the editor's "Import BPMN…" (bpmn-moddle and the formatter), required by the extension only when it runs
    { entryPoints: { 'bpmn-import': 'src/bpmn/import-bpmn.ts' }, outdir: 'dist', outExtension: { '.js': '.cjs' } }
];

// The diagram webview's page and its ELK layout worker: browser code, without the Node polyfill and banner.
const browser = { platform: 'browser', format: 'iife', target: 'chrome120', inject: [], banner: {}, define: {}, outdir: 'dist/media' };
bundles.push(
    { ...browser, entryPoints: { webview: 'src/webview/main.ts' } },
    // ELK is shipped minified; re-printing and mapping it would only double its size.
    { ...browser, entryPoints: { 'elk-worker': 'src/webview/elk-worker.ts' }, minify: true, sourcemap: false }
);

// `--only=webview,elk-worker` builds just the named bundles (the preview's browser tests use it).
const only = process.argv.find(argument => argument.startsWith('--only='))?.slice('--only='.length).split(',');
const selected = only ? bundles.filter(bundle => Object.keys(bundle.entryPoints).some(name => only.includes(name))) : bundles;
const contexts = await Promise.all(selected.map(bundle => esbuild.context({ ...common, ...bundle })));
if (watch) {
    await Promise.all(contexts.map(context => context.watch()));
} else {
    await Promise.all(contexts.map(context => context.rebuild()));
    await Promise.all(contexts.map(context => context.dispose()));
}

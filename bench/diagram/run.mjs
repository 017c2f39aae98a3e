// `npm run bench:diagram`: bundles the diagram benchmark (with the Object.groupBy polyfill Langium
// 4.4 needs on Node 20) into .bench/ and runs it. Arguments are passed on (see bench/diagram/main.ts).
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import * as esbuild from 'esbuild';

mkdirSync('.bench', { recursive: true });
await esbuild.build({
    entryPoints: ['bench/diagram/main.ts'], outfile: '.bench/diagram-bench.cjs',
    bundle: true, platform: 'node', target: 'node20', format: 'cjs', logLevel: 'warning',
    inject: ['./src/polyfill/object-group-by.cjs'],
    define: { 'import.meta.url': 'importMetaUrl' },
    banner: { js: "const importMetaUrl = require('url').pathToFileURL(__filename).href;" },
    external: ['vscode'],
    mainFields: ['module', 'main']
});
const result = spawnSync(process.execPath, ['--max-old-space-size=4096', '.bench/diagram-bench.cjs', ...process.argv.slice(2)], { stdio: 'inherit' });
process.exitCode = result.status ?? 1;

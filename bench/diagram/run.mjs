// `npm run bench:diagram`: bundles the diagram benchmark (with the Object.groupBy polyfill Langium
// 4.4 needs on Node 20) into .bench/ and runs it. Arguments are passed on (see bench/diagram/main.ts).
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import * as esbuild from 'esbuild';
import { NODE_BUNDLE } from '../../scripts/node-bundle-options.mjs';

mkdirSync('.bench', { recursive: true });
await esbuild.build({ ...NODE_BUNDLE, logLevel: 'warning', entryPoints: ['bench/diagram/main.ts'], outfile: '.bench/diagram-bench.cjs' });
const result = spawnSync(process.execPath, ['--max-old-space-size=4096', '.bench/diagram-bench.cjs', ...process.argv.slice(2)], { stdio: 'inherit' });
process.exitCode = result.status ?? 1;

// `npm run bench`: bundles the benchmark (with the Object.groupBy polyfill Langium 4.4 needs on
// Node 20) into .bench/ and runs it with an exposed garbage collector, so heap figures are taken
// after a collection. Arguments are passed on (see bench/main.ts).
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import * as esbuild from 'esbuild';
import { cliBundle, NODE_BUNDLE } from '../scripts/node-bundle-options.mjs';

mkdirSync('.bench', { recursive: true });
const common = { ...NODE_BUNDLE, logLevel: 'warning' };
await esbuild.build({ ...common, entryPoints: ['bench/main.ts'], outfile: '.bench/bench.cjs' });
// The command line, bundled the same way, for an end-to-end comparison with the peer's command line.
// Only the peer comparison needs it: a command line that does not bundle right now skips that, not the benchmark.
rmSync('.bench/cli.cjs', { force: true });
await esbuild.build({ ...common, ...cliBundle('.bench'), logLevel: 'silent' })
    .catch(error => console.error(`bench: the command line does not bundle (${error.message.split('\n')[0]}); the peer comparison is skipped`));
const result = spawnSync(process.execPath, ['--expose-gc', '--max-old-space-size=4096', '.bench/bench.cjs', ...process.argv.slice(2)], { stdio: 'inherit' });
process.exitCode = result.status ?? 1;

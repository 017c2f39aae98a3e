// `npm start`: checks the shipped examples with the built command line. The
// examples under */findings/ are meant to have findings, so exit code 1 (findings)
// is expected here; a usage or input error (2) or a crash still fails.
import { spawnSync } from 'node:child_process';

const result = spawnSync(process.execPath, ['dist/cli.cjs', 'check', 'examples'], { stdio: 'inherit' });
if (result.status === 0 || result.status === 1) {
    console.log(`\nChecked examples/: the clean examples have no findings; those under */findings/ show the checks at work.`);
    process.exit(0);
}
process.exit(result.status ?? 2);

/**
 * The README promises that a new user's two commands work on a machine with
 * only Node and npm; CI keeps that promise only if it runs those very
 * commands before it installs anything else.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { quickStartCommands } from '../../scripts/ci/readme-commands.mjs';

const ROOT = path.resolve(import.meta.dirname, '../..');
const ciRun = readFileSync(path.join(ROOT, '.ci/run'), 'utf8').split('\n');
const firstLine = (pattern: RegExp) => ciRun.findIndex(line => !line.trimStart().startsWith('#') && pattern.test(line));

describe('the README\'s Quick start and CI', () => {
    it('the Quick start is the two commands a new user types: build and check the examples, build and test', () => {
        expect(quickStartCommands(readFileSync(path.join(ROOT, 'README.md'), 'utf8'))).toEqual(['npm ci && npm start', 'npm ci && npm test']);
    });

    it('reads the commands from a README it is given, without their comments', () => {
        const readme = '# x\n\n## Quick start\n\ntext\n\n```sh\nnpm ci   # install\n# a note\nnpm test\n```\n\n## Later\n\n```sh\nnpm run other\n```\n';
        expect(quickStartCommands(readme)).toEqual(['npm ci', 'npm test']);
        expect(() => quickStartCommands('# no such section\n')).toThrow(/Quick start/);
    });

    it('.ci/run runs the README\'s commands, read from the README, before it installs any system package', () => {
        const runsReadme = firstLine(/node scripts\/ci\/readme-commands\.mjs/);
        const runsEach = firstLine(/bash .*-c "\$command"/);
        const installs = firstLine(/apt-get|apt install/);
        expect(runsReadme).toBeGreaterThan(0);
        expect(runsEach).toBeGreaterThan(runsReadme);
        expect(installs).toBeGreaterThan(runsEach);
    });

    it('.ci/run then runs the end-to-end suite and the extension-host suite', () => {
        expect(firstLine(/^npm run test:e2e$/)).toBeGreaterThan(firstLine(/apt-get install/));
        expect(firstLine(/^npm run test:vscode$/)).toBeGreaterThan(firstLine(/^npm run test:e2e$/));
    });

    it('the extractor prints the commands one a line, as .ci/run reads them', () => {
        const printed = execFileSync(process.execPath, [path.join(ROOT, 'scripts/ci/readme-commands.mjs')], { encoding: 'utf8' });
        expect(printed).toBe('npm ci && npm start\nnpm ci && npm test\n');
    });
});

/**
 * On a bare machine, the commands that need code-server (npm run test:e2e,
 * test:vscode, editor, bench:editor) stop before building anything, with one
 * line naming the one command that installs what is missing, and exit 2.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { missingMessage } from '../../scripts/code-server/requirements.mjs';

const ROOT = path.resolve(import.meta.dirname, '../..');
const emptyCache = mkdtempSync(path.join(tmpdir(), 'sts-requirements-'));
afterAll(() => rmSync(emptyCache, { recursive: true, force: true }));

describe('what code-server needs from the system', () => {
    it('names every missing piece and one apt-get command that installs them all, each package once', () => {
        const message = missingMessage('npm run test:e2e', [
            { name: 'ripgrep', debian: 'ripgrep' },
            { name: 'make', debian: 'build-essential' },
            { name: 'a C++ compiler', debian: 'build-essential' }
        ]);
        expect(message).toBe('npm run test:e2e needs ripgrep, make and a C++ compiler to build code-server; install with: sudo apt-get install -y ripgrep build-essential');
        expect(missingMessage('npm run editor', [])).toBeUndefined();
    });

    it('on a machine with nothing on its PATH and code-server not installed: one line, exit 2, no stack trace', () => {
        const result = spawnSync(process.execPath, [path.join(ROOT, 'scripts/code-server/requirements.mjs'), 'npm run test:e2e'], {
            encoding: 'utf8',
            env: { PATH: '/nonexistent', XDG_CACHE_HOME: emptyCache, HOME: emptyCache }
        });
        expect(result.status).toBe(2);
        expect(result.stdout).toBe('');
        const lines = result.stderr.trimEnd().split('\n');
        expect(lines).toHaveLength(1);
        expect(lines[0]).toMatch(/^npm run test:e2e needs ripgrep.*; install with: sudo apt-get install -y ripgrep .*build-essential/);
    });
});

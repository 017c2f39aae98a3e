/**
 * Runs the built command line (`dist/cli.cjs`) as a user would: a separate
 * Node process in a working folder, with its exit code, stdout and stderr.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

/** `STS_TEST_CLI=/path/to/cli.cjs` runs these tests against another build (to show a test fails on an older one). */
export const CLI = process.env['STS_TEST_CLI'] || fileURLToPath(new URL('../../dist/cli.cjs', import.meta.url));

export interface CliResult {
    readonly status: number | null;
    readonly stdout: string;
    readonly stderr: string;
}

/** Asynchronous, so independent runs can overlap (`it.concurrent`). */
export function runCli(args: readonly string[], cwd: string, env: Record<string, string> = {}): Promise<CliResult> {
    if (!existsSync(CLI)) throw new Error('dist/cli.cjs is missing: run `npm run build` first');
    const child = spawn(process.execPath, [CLI, ...args], { cwd, env: { ...process.env, STS_PROGRESS: '', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', chunk => { stdout += chunk; });
    child.stderr.setEncoding('utf8').on('data', chunk => { stderr += chunk; });
    return new Promise((resolve, reject) => {
        child.once('error', reject);
        child.once('close', status => resolve({ status, stdout, stderr }));
    });
}

/** A fresh temporary folder holding the given files (relative path → content). */
export function folderWith(files: Record<string, string | Buffer>): string {
    const root = mkdtempSync(path.join(tmpdir(), 'sts-cli-'));
    for (const [name, content] of Object.entries(files)) {
        const file = path.join(root, name);
        mkdirSync(path.dirname(file), { recursive: true });
        writeFileSync(file, content);
    }
    return root;
}

/**
 * Very large inputs through the built command line, as a user would run it:
 * each run ends with its findings (counted) or a clear one-line error — never
 * exit 0 after an internal failure — within a 2 GiB heap (docs/reliability.md).
 * Minutes on a busy machine, so vitest.config.ts takes this file in only when STS_LARGE_TESTS=1 (CI sets it);
 * test/scale/many-findings.test.ts keeps the quick part of this in every run.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { folderWith, runCli } from '../cli/run-cli.js';

const HEAP = { NODE_OPTIONS: '--max-old-space-size=2048' };
const MINUTES = 60_000;

function lines(count: number, line: (index: number) => string): string {
    const out: string[] = [];
    for (let index = 0; index < count; index++) out.push(line(index));
    return out.join('\n') + '\n';
}

/** The last line of `sts check`: "N files checked: ...". */
function summary(stdout: string): string {
    return stdout.trimEnd().split('\n').at(-1) ?? '';
}

async function check(folder: string, target: string) {
    const result = await runCli(['check', target], folder, HEAP);
    expect(result.stderr).not.toMatch(/internal error|heap out of memory|    at /);
    expect(result.stdout).not.toContain(' check-failed ');
    return result;
}

describe('large inputs', () => {
    it('100,000 actors with 200,000 findings: every finding reported', async () => {
        const folder = folderWith({ 'actors.sts': 'system Big\n' + lines(100_000, index => `actor A${index} "Actor number ${index}" { count 1  skills sk${index} }`) });
        const result = await check(folder, 'actors.sts');
        expect(result.status).toBe(0);
        expect(summary(result.stdout)).toBe('1 file checked: 200000 info.');
    }, 15 * MINUTES);

    it('100,000 handoffs in one process', async () => {
        const tasks = lines(1000, index => `task T${index} { owner Boss }`);
        const arrows = lines(100_000, index => `  T${index % 1000} -> T${(index + 1) % 1000} "item ${index}"`);
        const folder = folderWith({ 'handoffs.sts': `system Flow\nactor Boss\n${tasks}process P {\n  owner Boss\n${arrows}}\n` });
        const result = await check(folder, 'handoffs.sts');
        expect([0, 1]).toContain(result.status);
        expect(summary(result.stdout)).toMatch(/^1 file checked: \d+ warnings/);
    }, 15 * MINUTES);

    it('one line of 9 MB', async () => {
        const parts: string[] = ['system Line'];
        let size = 0;
        let count = 0;
        while (size < 9 * 1024 * 1024) {
            const part = `actor A${count} "A fairly long title for actor number ${count}"`;
            parts.push(part);
            size += part.length + 1;
            count++;
        }
        const folder = folderWith({ 'line.sts': parts.join(' ') + '\n' });
        const result = await check(folder, 'line.sts');
        expect(result.status).toBe(0);
        expect(summary(result.stdout)).toBe(`1 file checked: ${count} info.`);
    }, 15 * MINUTES);

    it('10,000 files in one folder', async () => {
        const folder = folderWith({});
        mkdirSync(path.join(folder, 'many'));
        for (let index = 0; index < 10_000; index++) {
            writeFileSync(path.join(folder, 'many', `f${index}.sts`), `system Many\nactor A${index}\ntask T${index} { owner A${index} }\n`);
        }
        const result = await check(folder, 'many');
        expect([0, 1]).toContain(result.status);
        expect(summary(result.stdout)).toMatch(/^10000 files checked: /);
    }, 15 * MINUTES);

    it('a file over the 10 MiB cap: one line, exit 2', async () => {
        const folder = folderWith({ 'huge.sts': 'system Huge\n' + lines(400_000, index => `actor Actor${index} "title ${index}"`) });
        const result = await runCli(['check', 'huge.sts'], folder, HEAP);
        expect(result.status).toBe(2);
        expect(result.stderr).toBe('sts: huge.sts: larger than 10 MiB, not read\n');
    }, 5 * MINUTES);
});

/**
 * `sts diagram` as a user runs it: the bundled command line (dist/cli.cjs, built
 * by `npm run build`) in its own process.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const cli = fileURLToPath(new URL('../../dist/cli.cjs', import.meta.url));
const rosaFile = fileURLToPath(new URL('../language/rosa-contract.sts', import.meta.url));
let folder: string;

function sts(...args: string[]) {
    const result = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', cwd: folder, timeout: 60_000 });
    return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function nodeIds(svg: string): string[] {
    return [...svg.matchAll(/<g class="sts-node [^"]*" data-id="([^"]+)"/g)].map(match => match[1]!);
}

describe('sts diagram', () => {
    beforeAll(() => {
        expect(existsSync(cli), 'dist/cli.cjs is missing: run `npm run build` first').toBe(true);
        folder = mkdtempSync(path.join(tmpdir(), 'sts-diagram-'));
    });
    afterAll(() => rmSync(folder, { recursive: true, force: true }));

    it('writes the system view of a file as a valid SVG with the expected nodes', () => {
        const result = sts('diagram', rosaFile, '-o', 'rosa.svg');
        expect(result.stderr).toBe('');
        expect(result.code).toBe(0);
        const svg = readFileSync(path.join(folder, 'rosa.svg'), 'utf8');
        expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"[^>]* data-view="system"/);
        expect(svg.trimEnd().endsWith('</svg>')).toBe(true);
        expect(nodeIds(svg)).toEqual(expect.arrayContaining(['actor:Rosa', 'task:TakeOrder', 'tool:KitchenDisplay']));
        expect(wellFormed(svg)).toBe(true);
    });

    it('draws one named process, in the dark theme', () => {
        const result = sts('diagram', rosaFile, '--view', 'process', '--process', 'Delivery', '--theme', 'dark', '-o', 'delivery.svg');
        expect(result.code).toBe(0);
        const svg = readFileSync(path.join(folder, 'delivery.svg'), 'utf8');
        expect(svg).toContain('data-view="process"');
        expect(svg).toContain('sts-theme-dark');
        expect(nodeIds(svg)).toEqual(expect.arrayContaining(['process:Delivery', 'task:ConfirmOnlineOrder', 'task:Deliver']));
        expect(nodeIds(svg)).not.toContain('process:DineIn');
    });

    it('writes a PNG through resvg, at the scale asked for', () => {
        const result = sts('diagram', rosaFile, '--view', 'training', '--format', 'png', '--scale', '1', '-o', 'training-1x.png');
        expect(result.stderr).toBe('');
        expect(result.code).toBe(0);
        const once = readFileSync(path.join(folder, 'training-1x.png'));
        expect(once.subarray(1, 4).toString('latin1')).toBe('PNG');
        // the extension alone chooses PNG; the default scale is 2
        expect(sts('diagram', rosaFile, '--view', 'training', '-o', 'training.png').code).toBe(0);
        const twice = readFileSync(path.join(folder, 'training.png'));
        const size = (png: Buffer) => [png.readUInt32BE(16), png.readUInt32BE(20)];
        expect(size(twice)).toEqual(size(once).map(value => value * 2));
        expect(sts('diagram', rosaFile, '--scale', '3', '-o', 'x.svg').stderr).toMatch(/--scale goes with --format png/);
        expect(sts('diagram', rosaFile, '--format', 'png', '--scale', 'big', '-o', 'x.png').code).toBe(2);
    });

    it('reads folders and draws the training view', () => {
        const project = path.join(folder, 'project');
        spawnSync('mkdir', ['-p', project]);
        writeFileSync(path.join(project, 'shop.sts'), 'system Shop\nactor Clerk { trained on Till }\ntool Till\ntool Website\ntask Sell { owner Clerk  uses Till, Website }\n');
        const result = sts('diagram', project, '--view', 'training', '-o', 'training.svg');
        expect(result.code).toBe(0);
        const svg = readFileSync(path.join(folder, 'training.svg'), 'utf8');
        expect(svg).toContain('data-id="trained:Clerk->Till"');
        expect(svg).toContain('data-id="untrained:Clerk->Website"');
    });

    it.each([
        [['diagram', 'x.sts'], /no output file/],
        [['diagram', '-o', 'out.svg'], /no files or folders/],
        [['diagram', 'ROSA', '--view', 'gantt', '-o', 'out.svg'], /--view: 'gantt' is not one of system, process, training/],
        [['diagram', 'ROSA', '--theme', 'pink', '-o', 'out.svg'], /--theme: 'pink' is not one of light, dark/],
        [['diagram', 'ROSA', '--view', 'process', '--process', 'Takeaway', '-o', 'out.svg'], /no process named 'Takeaway' \(processes: DineIn, Delivery\)/],
        [['diagram', 'ROSA', '--process', 'DineIn', '-o', 'out.svg'], /--process goes with --view process/],
        [['diagram', 'missing.sts', '-o', 'out.svg'], /missing.sts: no such file/],
        [['diagram', 'ROSA', '--colour', '-o', 'out.svg'], /unknown option '--colour'/]
    ])('bad usage %j: one line on stderr, exit 2, no file written', (args, message) => {
        const before = readdirSync(folder);
        const result = sts(...args.map(arg => (arg === 'ROSA' ? rosaFile : arg)));
        expect(result.code).toBe(2);
        expect(result.stderr).toMatch(message);
        expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
        expect(readdirSync(folder)).toEqual(before);
    });

    it('leaves no half-written file when the output cannot be written', () => {
        const result = sts('diagram', rosaFile, '-o', path.join(folder, 'no-such-folder', 'out.svg'));
        expect(result.code).toBe(2);
        expect(result.stderr).toMatch(/cannot be written/);
        expect(readdirSync(folder).filter(name => name.endsWith('.tmp'))).toEqual([]);
    });
});

/** Every tag closed in order: enough to catch broken markup without an XML library. */
function wellFormed(svg: string): boolean {
    const stack: string[] = [];
    const text = svg.replace(/<style>[\s\S]*?<\/style>/, '');
    for (const match of text.matchAll(/<(\/?)([a-zA-Z][\w:-]*)[^>]*?(\/?)>/g)) {
        const [, closing, name, selfClosing] = match;
        if (selfClosing) continue;
        if (closing) { if (stack.pop() !== name) return false; } else stack.push(name!);
    }
    return stack.length === 0 && !/&(?!amp;|lt;|gt;|quot;|#39;)/.test(text);
}

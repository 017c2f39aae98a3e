/**
 * What the command line must never do, as a process on the built dist/:
 * write over a model or an input (also through a symbolic link), print a
 * model's control characters raw to the terminal, or silently skip .sts files
 * reached through symbolic links (nor loop on a link cycle).
 */
import { readFileSync, symlinkSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { folderWith, runCli } from './run-cli.js';

const ESC = '\u001b';
// A title that would turn the terminal red, clear it and retitle the window; and a C1 control sequence introducer.
const hostile = `${ESC}[31mRed${ESC}[2J${ESC}]0;owned\u0007 \u009b1m`;
const model = `system Shop "${hostile}"
actor Owner { trained on Site }
tool Site "${hostile}" { kind software  owner Owner }
task Confirm { automated by Site }
`;

describe('control characters in names and titles', () => {
    it('are escaped in text output and in reports, and kept (as JSON escapes) in JSON', async () => {
        const folder = folderWith({ 'shop.sts': model });
        const text = await runCli(['check', 'shop.sts'], folder);
        expect(text.stdout).toContain('\\x1b[31mRed');
        expect(text.stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
        const report = await runCli(['report', 'shop.sts'], folder);
        expect(report.status).toBe(0);
        expect(report.stdout).toMatch(/\\x1b\\?\[31mRed/);
        expect(report.stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
        const json = await runCli(['check', '--format', 'json', 'shop.sts'], folder);
        expect(json.stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
        const messages = (JSON.parse(json.stdout) as { findings: Array<{ message: string }> }).findings.map(finding => finding.message).join('\n');
        expect(messages).toContain(hostile);
    });
});

describe('-o never writes over an input or a model', () => {
    it('refuses a result file that is a symbolic link to an input, leaving the model as it was', async () => {
        const folder = folderWith({ 'shop.sts': model });
        symlinkSync('shop.sts', path.join(folder, 'out.svg'));
        for (const args of [['diagram', 'shop.sts', '-o', 'out.svg'], ['check', 'shop.sts', '-o', 'out.svg'], ['report', 'shop.sts', '-o', 'out.svg']]) {
            const result = await runCli(args, folder);
            expect(result.status, args.join(' ')).toBe(2);
            expect(result.stderr).toBe('sts: -o out.svg: is one of the input files; write the result to another file.\n');
        }
        expect(readFileSync(path.join(folder, 'shop.sts'), 'utf8')).toBe(model);
    });

    it('refuses to create a .sts file with a result in it', async () => {
        const folder = folderWith({ 'shop.sts': model });
        const result = await runCli(['report', 'shop.sts', '-o', 'report.sts'], folder);
        expect(result.status).toBe(2);
        expect(result.stderr).toMatch(/^sts: -o report\.sts: sts never writes its results over a \.sts model file/);
    });
});

describe('symbolic links', () => {
    it('are followed to files and folders, each file read once, a link cycle entered once', async () => {
        const folder = folderWith({
            'models/main.sts': 'system Shop\nactor Owner\n',
            'shared/people.sts': 'system Shop\nactor Helper\n'
        });
        const models = path.join(folder, 'models');
        symlinkSync('../shared', path.join(models, 'shared'));          // a linked folder
        symlinkSync('main.sts', path.join(models, 'again.sts'));         // a second path to a file already read
        symlinkSync('..', path.join(models, 'up'));                      // a cycle: models/up/models/up/…
        symlinkSync('nowhere.sts', path.join(models, 'dangling.sts'));   // a dangling link is skipped
        const result = await runCli(['check', '--format', 'json', 'models'], folder);
        expect(result.stderr).toBe('');
        const files = (JSON.parse(result.stdout) as { files: string[] }).files;
        expect(files).toHaveLength(2);
        expect(files.some(file => file.endsWith('people.sts'))).toBe(true);
        expect(files.filter(file => /main\.sts$|again\.sts$/.test(file))).toHaveLength(1);
    });
});

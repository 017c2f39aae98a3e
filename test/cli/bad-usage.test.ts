/**
 * Every subcommand of the built command line (dist/, as users run it), with
 * every kind of bad usage its declaration allows: one line on stderr naming
 * the problem (never "internal error", never a stack trace), exit code 2,
 * nothing on stdout, and every file in the folder byte-identical afterwards.
 * The commands come from the command table, so a new subcommand is covered
 * the day it is declared.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CommandSpec } from '../../src/cli/command.js';
import { COMMANDS } from '../../src/cli/commands.js';
import { folderWith, runCli } from './run-cli.js';

const model = 'system Shop\nactor Owner { trained on Till }\ntool Till { owner Owner }\ntask Sell { owner Owner  uses Till }\n';

/** name → sha256 of every file under the folder */
function fingerprint(folder: string): Record<string, string> {
    const files: Record<string, string> = {};
    const visit = (dir: string) => {
        for (const name of readdirSync(dir).sort()) {
            const full = path.join(dir, name);
            if (statSync(full).isDirectory()) visit(full);
            else files[path.relative(folder, full)] = createHash('sha256').update(readFileSync(full)).digest('hex');
        }
    };
    visit(folder);
    return files;
}

/** [what, arguments after the command name, what the line must say] */
function badUsages(spec: CommandSpec): Array<[string, string[], RegExp]> {
    const inputs = spec.positionals.min > 0 || spec.positionals.max !== 0 ? ['model.sts'] : [];
    const cases: Array<[string, string[], RegExp]> = [
        ['an unknown option', [...inputs, '--no-such-option'], /unknown option '--no-such-option' for sts /],
        ['an unknown short option', [...inputs, '-Z'], /unknown option '-Z'/]
    ];
    if (spec.positionals.min > 0) {
        cases.push(['no input', [], /./], ['an input that does not exist', ['missing.sts', ...requiredOutput(spec)], /missing\.sts: no such file or folder/]);
    }
    if (spec.positionals.max !== undefined) {
        cases.push(['too many arguments', [...Array.from({ length: spec.positionals.max + 1 }, (_, index) => `extra${index}`)], /takes .*unexpected/]);
    }
    for (const [name, option] of Object.entries(spec.options)) {
        if (option.type === 'boolean') {
            cases.push([`--${name} with a value`, [...inputs, `--${name}=yes`], new RegExp(`--${name} takes no value`)]);
            continue;
        }
        cases.push([`--${name} without its value`, [...inputs, `--${name}`], new RegExp(`--${name} needs a value`)]);
        if (option.choices) cases.push([`--${name} with a value not among its choices`, [...inputs, `--${name}`, 'zz-none'], new RegExp(`--${name}: 'zz-none' is not one of`)]);
        if (option.count) {
            cases.push([`--${name} -1`, [...inputs, `--${name}`, '-1'], new RegExp(`--${name}: '-1' is not a whole number`)]);
            cases.push([`--${name} many`, [...inputs, `--${name}`, 'many'], new RegExp(`--${name}: 'many' is not a whole number`)]);
        }
    }
    if (spec.options['output']) {
        cases.push(['-o naming its own input', ['model.sts', '-o', 'model.sts'], /-o model\.sts: is one of the input files/]);
        cases.push(['-o naming another .sts file', ['model.sts', '-o', 'other.sts'], /-o other\.sts: /]);
        cases.push(['-o into a missing folder', ['model.sts', '-o', 'no-such-folder/out.txt'], /no-such-folder\/out\.txt: cannot be written \(ENOENT\)/]);
    }
    return cases;
}

function requiredOutput(spec: CommandSpec): string[] {
    return spec.options['output'] ? ['-o', 'out.txt'] : [];
}

describe.each(COMMANDS.map(spec => [spec.name, spec] as const))('sts %s', (name, spec) => {
    it.concurrent.each(badUsages(spec))('refuses %s: one line, exit 2, files untouched', async (_what, args, message) => {
        const folder = folderWith({ 'model.sts': model, 'other.sts': model, 'notes.txt': 'keep me\n' });
        const before = fingerprint(folder);
        const result = await runCli([...name.split(' '), ...args], folder);
        expect(result.status, result.stderr).toBe(2);
        expect(result.stdout).toBe('');
        expect(result.stderr).toMatch(/^sts: [^\n]+\n$/);
        expect(result.stderr).toMatch(message);
        expect(result.stderr).not.toMatch(/internal error|    at /);
        expect(fingerprint(folder)).toEqual(before);
    });

    it.concurrent('--help shows its usage and options, exit 0', async () => {
        const result = await runCli([...name.split(' '), '--help'], folderWith({}));
        expect(result).toMatchObject({ status: 0, stderr: '' });
        expect(result.stdout).toMatch(new RegExp(`^Usage: sts ${name}`));
        for (const option of Object.keys(spec.options)) expect(result.stdout).toContain(`--${option}`);
    });
});

describe('sts itself', () => {
    it.concurrent('--help lists every command, exit 0; so do -h and help', async () => {
        for (const flag of ['--help', '-h', 'help']) {
            const result = await runCli([flag], folderWith({}));
            expect(result).toMatchObject({ status: 0, stderr: '' });
            for (const spec of COMMANDS) expect(result.stdout).toContain(`  ${spec.name}  `);
        }
    });

    it.concurrent('--version prints the version, exit 0', async () => {
        const manifest = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
        const result = await runCli(['--version'], folderWith({}));
        expect(result).toEqual({ status: 0, stdout: `${manifest.version}\n`, stderr: '' });
    });

    it.concurrent.each([
        [[], /^sts: no command given; the commands are check, /],
        [['chek', 'model.sts'], /^sts: unknown command 'chek'/],
        [['--frobnicate'], /^sts: unknown option '--frobnicate'/],
        [['\u001b[31mred'], /^sts: unknown command '\\x1b\[31mred'/]
    ])('refuses %j with one line and exit 2', async (args, message) => {
        const result = await runCli(args, folderWith({ 'model.sts': model }));
        expect(result.status).toBe(2);
        expect(result.stderr).toMatch(message);
        expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
    });
});

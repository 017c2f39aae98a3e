/**
 * `sts impact` as a user runs it: the built command line on the shipped
 * before/after example, on a git repository (`--since HEAD`), in every output
 * format (the JSON validated against docs/impact.schema.json), with the exit
 * codes a CI job gates on.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { folderWith, runCli } from '../cli/run-cli.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const schema = JSON.parse(readFileSync(path.join(ROOT, 'docs/impact.schema.json'), 'utf8')) as object;
const validate = new Ajv({ allErrors: true, strict: true }).compile(schema);

const BEFORE = `actor Ana { trained on Till }
actor Ben
tool Till { owner Ana }
task Settle { owner Ana  uses Till }
`;
const AFTER = `actor Ana { trained on Till }
actor Ben
tool Till { owner Ana }
task Settle { owner Ana  performed by Ben  uses Till }
`;

function git(cwd: string, ...args: string[]): string {
    return execFileSync('git', args, { cwd, encoding: 'utf8', env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@t', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@t' } });
}

describe('sts impact', () => {
    it('on the shipped example prints a list per person, what must happen first at the top', async () => {
        const result = await runCli(['impact', 'examples/change-impact/before', 'examples/change-impact/after'], ROOT);
        expect(result.stderr).toBe('');
        expect(result.status).toBe(0);
        const lines = result.stdout.split('\n');
        expect(lines[0]).toBe('Impact of the change from examples/change-impact/before to examples/change-impact/after');
        expect(lines[1]).toMatch(/^2 people to train · \d+ tasks changing hands · \d+ new findings? · \d+ resolved$/);
        expect(lines[3]).toBe('Marta (Marta, front desk)');
        expect(lines[4]).toBe('  Before the change');
        expect(lines[5]).toMatch(/^ {4}- Train Marta on BookingApp/);
        expect(result.stdout).toContain('    - TakeBooking will be done by BookingApp instead of Marta. Marta answers for it and oversees what BookingApp does');
        expect(result.stdout).toContain("    - Train Stylists on Till (“Till and card reader”): they will perform TakePayment with it. The new model does not list this training yet: add 'trained on Till' to Stylists.");
        expect(result.stdout).toMatch(/Workload of Marta: owns 3 → 4 tasks; does 3 → 1 tasks; oversees 0 → 2 automated; about 13\.5 → 1\.7 hours a week\./);
        // Each person's phases are in order.
        // The README shows this report: every line it quotes is what the command prints.
        const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
        const quoted = /A hair salon moving[\s\S]*?```\n([\s\S]*?)```/.exec(readme)?.[1]?.split('\n').filter(line => line !== '' && line !== '…') ?? [];
        expect(quoted.length).toBeGreaterThan(10);
        for (const line of quoted) expect(lines, line).toContain(line);
        const marta = result.stdout.slice(result.stdout.indexOf('Marta (Marta'), result.stdout.indexOf('\n\n', result.stdout.indexOf('Marta (Marta')));
        expect(marta.indexOf('Before the change')).toBeLessThan(marta.indexOf('When the change happens'));
        expect(marta.indexOf('When the change happens')).toBeLessThan(marta.indexOf('After the change'));
    });

    it('writes JSON that follows docs/impact.schema.json, and Markdown with a checklist of what comes first', async () => {
        const json = await runCli(['impact', 'examples/change-impact/before', 'examples/change-impact/after', '--format', 'json'], ROOT);
        const report = JSON.parse(json.stdout) as { items: Array<{ kind: string }> };
        expect(validate(report), JSON.stringify(validate.errors)).toBe(true);
        expect(new Set(report.items.map(item => item.kind))).toEqual(expect.objectContaining({ size: expect.any(Number) }));
        expect(report.items.map(item => item.kind)).toEqual(expect.arrayContaining(['training', 'task-automated', 'task-moved', 'workload', 'data-gained', 'feedback-lost', 'finding-introduced']));
        // A broken report fails the schema: the test can fail.
        expect(validate({ ...report, items: [{ kind: 'training' }] })).toBe(false);

        const md = await runCli(['impact', 'examples/change-impact/before', 'examples/change-impact/after', '-f', 'md'], ROOT);
        expect(md.stdout).toMatch(/^## Impact of the change: `examples\/change-impact\/before` → `examples\/change-impact\/after`\n/);
        expect(md.stdout).toContain('### Marta (Marta, front desk)\n\n**Before the change**\n\n- [ ] Train Marta on BookingApp');
        expect(md.stdout).toContain('**When the change happens**\n\n- TakeBooking will be done by BookingApp');
    });

    it('--fail-on new-findings exits 1 when the new state has findings the old did not, 0 otherwise', async () => {
        const folder = folderWith({ 'before/m.sts': BEFORE, 'after/m.sts': AFTER, 'same/m.sts': BEFORE });
        const failing = await runCli(['impact', 'before', 'after', '--fail-on', 'new-findings'], folder);
        expect(failing.status).toBe(1);
        expect(failing.stdout).toContain('New warning (untrained-user): Train Ben on Till');
        expect((await runCli(['impact', 'before', 'after'], folder)).status).toBe(0);
        // Going back resolves the warning but leaves Ben with nothing to do: a new (info) finding all the same.
        const back = await runCli(['impact', 'after', 'before', '--fail-on', 'new-findings'], folder);
        expect(back.stdout).toContain('New info (unused-element): Actor Ben takes part in nothing');
        expect(back.status).toBe(1);
        expect((await runCli(['impact', 'after', 'before', '--fail-on', 'new-errors'], folder)).status).toBe(0);
        const same = await runCli(['impact', 'before', 'same', '--fail-on', 'new-findings'], folder);
        expect(same.status).toBe(0);
        expect(same.stdout).toContain('No difference in people, work, tools, data, feedback or findings.');
    });

    it('--since HEAD compares the working copy with the last commit, reading it with git', async () => {
        const folder = folderWith({ 'model/m.sts': BEFORE, 'elsewhere.txt': 'not a model' });
        git(folder, 'init', '-q');
        git(folder, 'add', '.');
        git(folder, 'commit', '-q', '-m', 'the business today');
        writeFileSync(path.join(folder, 'model/m.sts'), AFTER);
        const result = await runCli(['impact', '--since', 'HEAD', 'model'], folder);
        expect(result.stderr).toBe('');
        expect(result.stdout.split('\n').slice(0, 2)).toEqual(['Impact of the change from HEAD to model (working copy)', '1 person to train · 1 task changing hands · 1 new finding · 2 resolved']);
        expect(result.stdout).toContain("Train Ben on Till: they will perform Settle with it. The new model does not list this training yet: add 'trained on Till' to Ben.");
        expect(result.stdout).toContain('Settle moves from Ana to Ben.');
        // The whole working folder by default, and a subfolder run resolves paths from where it runs.
        expect((await runCli(['impact', '--since', 'HEAD'], folder)).stdout).toContain('Settle moves from Ana to Ben.');
        expect((await runCli(['impact', '--since', 'HEAD', '.'], path.join(folder, 'model'))).stdout).toContain('Settle moves from Ana to Ben.');
        // A file added since the revision: everything in it is new.
        writeFileSync(path.join(folder, 'model/more.sts'), 'actor Cleo\ntask Count { owner Cleo }\n');
        expect((await runCli(['impact', '--since', 'HEAD', 'model'], folder)).stdout).toContain('New task Count: done by Cleo.');
    });

    it('says in one line what is wrong with the arguments or the revision, exit code 2', async () => {
        const folder = folderWith({ 'a/m.sts': BEFORE });
        const cases: Array<[string[], RegExp]> = [
            [['impact'], /^sts: impact compares two states/],
            [['impact', 'a', 'a', 'a'], /^sts: impact compares two states/],
            [['impact', 'a', 'missing'], /^sts: missing: no such file or folder$/],
            [['impact', 'a', 'a', '--format', 'pdf'], /^sts: --format: 'pdf' is not one of text, json, md, html\.$/],
            [['impact', 'a', 'a', '--fail-on', 'warnings'], /^sts: --fail-on: 'warnings' is not one of new-findings, new-errors\.$/],
            [['impact', '--since', 'HEAD', 'a'], /^sts: --since HEAD: .* is not inside a git repository\.$/]
        ];
        for (const [args, message] of cases) {
            const result = await runCli(args, folder);
            expect(result.status, args.join(' ')).toBe(2);
            expect(result.stderr.trim().split('\n')).toHaveLength(1);
            expect(result.stderr.trim()).toMatch(message);
        }
        git(folder, 'init', '-q');
        const noRevision = await runCli(['impact', '--since', 'nosuchbranch', 'a'], folder);
        expect(noRevision.status).toBe(2);
        expect(noRevision.stderr.trim()).toBe('sts: --since nosuchbranch: no such revision in this repository.');
    });
});

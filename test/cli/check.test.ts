/**
 * `sts check` end to end, as a process on the built dist/cli.cjs: formats,
 * exit codes, configuration and flags, and bad input refused with one line.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalogue } from '../../src/config/catalogue.js';
import { folderWith, runCli } from './run-cli.js';
import { sarifValidator } from './sarif-schema.js';

/** Every rule off but a few, so these tests keep their meaning as the catalogue grows. */
function focusedConfig(extra: Record<string, unknown> = {}): string {
    const keep = new Set(['unowned-task', 'untrained-user', 'unresolved-reference', 'sts-ignore-without-reason', 'unused-suppression']);
    const rules = Object.fromEntries([...catalogue().keys()].map(id => [id, keep.has(id) ? catalogue().get(id)!.defaultSeverity : 'off']));
    return JSON.stringify({ rules: { ...rules, ...extra } }, null, 2);
}

// Line 5: untrained-user (warning); line 7: unowned-task (error), with a reasoned exception on line 8-9.
const shop = `system Shop
actor Owner { trained on Till }
actor Clerk
tool Till { kind software  owner Owner }
task Sell { owner Clerk  uses Till }

task Count { }
// sts-ignore untrained-user: the temp shadowed the owner for a week
task Refund { owner Temp  uses Till }
actor Temp { kind contractor }
`;
const tidy = `system Tidy
actor Owner { trained on Till }
tool Till { kind software  owner Owner }
task Sell { owner Owner  uses Till }
`;
const onlyWarnings = `system Calm
actor Owner { trained on Till }
actor Clerk
tool Till { kind software  owner Owner }
task Sell { owner Clerk  uses Till }
`;

describe('sts check', () => {
    it('prints file:line:col severity rule message, and exits 1 when a finding is an error', async () => {
        const folder = folderWith({ 'sts.config.json': focusedConfig(), 'models/shop.sts': shop });
        const result = await runCli(['check', 'models'], folder);
        expect(result.status, result.stderr).toBe(1);
        expect(result.stdout.split('\n').filter(line => line.startsWith('models/'))).toEqual([
            expect.stringMatching(/^models\/shop\.sts:5:31 warning untrained-user Train Clerk on Till: .*never trained on Till/),
            expect.stringMatching(/^models\/shop\.sts:7:6 error unowned-task Nobody answers for task Count/)
        ]);
        expect(result.stdout).toMatch(/1 file checked: 1 error, 1 warning; 1 silenced by sts-ignore\.\n$/);
        expect(result.stderr).toBe('');
    });

    it('exits 0 on a clean model', async () => {
        const folder = folderWith({ 'sts.config.json': focusedConfig(), 'tidy.sts': tidy });
        const result = await runCli(['check', 'tidy.sts'], folder);
        expect(result.status, result.stdout + result.stderr).toBe(0);
        expect(result.stdout).toBe('1 file checked: no findings.\n');
    });

    it('warnings pass unless they exceed --max-warnings', async () => {
        const folder = folderWith({ 'sts.config.json': focusedConfig(), 'calm.sts': onlyWarnings });
        expect((await runCli(['check', 'calm.sts'], folder)).status).toBe(0);
        expect((await runCli(['check', 'calm.sts', '--max-warnings', '1'], folder)).status).toBe(0);
        expect((await runCli(['check', 'calm.sts', '--max-warnings', '0'], folder)).status).toBe(1);
    });

    it('--rule changes a severity for this run; --quiet shows errors only', async () => {
        const folder = folderWith({ 'sts.config.json': focusedConfig(), 'calm.sts': onlyWarnings });
        const raised = await runCli(['check', 'calm.sts', '--rule', 'untrained-user=error', '--quiet'], folder);
        expect(raised.status).toBe(1);
        expect(raised.stdout).toMatch(/^calm\.sts:5:31 error untrained-user /);
        const quiet = await runCli(['check', 'calm.sts', '--quiet'], folder);
        expect(quiet).toMatchObject({ status: 0, stdout: '', stderr: '' });
    });

    it('--format json lists findings and silenced findings with their reasons', async () => {
        const folder = folderWith({ 'sts.config.json': focusedConfig(), 'shop.sts': shop });
        const result = await runCli(['check', '--format', 'json', 'shop.sts'], folder);
        expect(result.status).toBe(1);
        const report = JSON.parse(result.stdout);
        expect(report.summary).toEqual({ errors: 1, warnings: 1, infos: 0, hints: 0, suppressed: 1 });
        expect(report.findings.map((finding: { rule: string; line: number }) => `${finding.rule}@${finding.line}`)).toEqual(['untrained-user@5', 'unowned-task@7']);
        expect(report.findings[0].helpUri).toMatch(/\/docs\/rules\/untrained-user\.md$/);
        expect(report.findings[0].related.map((related: { message: string; line: number }) => related.line)).toEqual([5, 4, 3]);
        expect(report.suppressed).toEqual([expect.objectContaining({ rule: 'untrained-user', line: 9, reason: 'the temp shadowed the owner for a week' })]);
    });

    it('--format sarif is valid SARIF 2.1.0, with rule help links, related locations and justified suppressions', async () => {
        const folder = folderWith({ 'sts.config.json': focusedConfig(), 'shop.sts': shop });
        const result = await runCli(['check', '--format', 'sarif', 'shop.sts'], folder);
        expect(result.status).toBe(1);
        const log = JSON.parse(result.stdout);
        const validate = sarifValidator();
        expect(validate(log), JSON.stringify(validate.errors, null, 1)).toBe(true);
        const run = log.runs[0];
        const rules = run.tool.driver.rules as Array<{ id: string; helpUri: string }>;
        expect(rules.find(rule => rule.id === 'untrained-user')?.helpUri).toMatch(/^(https|file):\/\/.*\/docs\/rules\/untrained-user\.md$/);
        const [untrained, unowned, silenced] = run.results;
        expect(untrained).toMatchObject({ ruleId: 'untrained-user', level: 'warning' });
        expect(rules[untrained.ruleIndex]!.id).toBe('untrained-user');
        expect(untrained.locations[0].physicalLocation).toEqual({ artifactLocation: { uri: 'shop.sts', uriBaseId: 'SRCROOT' }, region: { startLine: 5, startColumn: 31, endLine: 5, endColumn: 35 } });
        expect(untrained.relatedLocations).toHaveLength(3);
        expect(unowned).toMatchObject({ ruleId: 'unowned-task', level: 'error' });
        expect(silenced).toMatchObject({ ruleId: 'untrained-user', suppressions: [{ kind: 'inSource', justification: 'the temp shadowed the owner for a week' }] });
        // Something the schema must reject, so the validation above is known to bite.
        expect(validate({ ...log, runs: [{ ...run, results: [{ ...untrained, level: 'severe' }] }] })).toBe(false);
    });

    it('-o writes the result to a file and nothing to stdout', async () => {
        const folder = folderWith({ 'sts.config.json': focusedConfig(), 'shop.sts': shop });
        const result = await runCli(['check', '-f', 'sarif', '-o', 'results.sarif', 'shop.sts'], folder);
        expect(result).toMatchObject({ status: 1, stdout: '', stderr: '' });
        expect(JSON.parse(readFileSync(path.join(folder, 'results.sarif'), 'utf8')).version).toBe('2.1.0');
        expect(readdirSync(folder).filter(name => name.endsWith('.tmp'))).toEqual([]);
    });
});

describe('sts check with a configuration', () => {
    it('--config uses the given file instead of the nearest one', async () => {
        const folder = folderWith({ 'sts.config.json': focusedConfig(), 'strict.json': focusedConfig({ 'untrained-user': 'error' }), 'calm.sts': onlyWarnings });
        expect((await runCli(['check', 'calm.sts'], folder)).status).toBe(0);
        const strict = await runCli(['check', 'calm.sts', '--config', 'strict.json'], folder);
        expect(strict.status).toBe(1);
        expect(strict.stdout).toContain('error untrained-user');
    });

    it('a broken configuration is one line per problem at its place, exit 2, and no findings printed', async () => {
        const folder = folderWith({ 'sts.config.json': '{\n  "rules": {\n    "untrained-users": "off",\n    "unowned-task": "loud"\n  }\n}\n', 'shop.sts': shop });
        const result = await runCli(['check', 'shop.sts'], folder);
        expect(result.status).toBe(2);
        expect(result.stdout).toBe('');
        expect(result.stderr.trim().split('\n')).toEqual([
            'sts.config.json:3:5 error config-error Unknown rule "untrained-users"; did you mean "untrained-user"?',
            expect.stringMatching(/^sts\.config\.json:4:21 error config-error Rule "unowned-task": "loud" is not a severity/)
        ]);
        const invalid = await runCli(['check', 'shop.sts'], folderWith({ 'sts.config.json': '{ "rules": ', 'shop.sts': shop }));
        expect(invalid.status).toBe(2);
        expect(invalid.stderr).toMatch(/^sts\.config\.json:1:\d+ error config-error sts\.config\.json is not valid JSON \(a value expected\)/);
    });
});

describe('sts check searches a folder as the editor does', () => {
    it('skips dependency, build and hidden folders', async () => {
        const broken = 'system Elsewhere\ntask Orphan { }\n';
        const folder = folderWith({
            'models/tidy.sts': tidy,
            'models/node_modules/pkg/a.sts': broken, 'models/dist/b.sts': broken, 'models/.history/c.sts': broken
        });
        const result = await runCli(['check', 'models'], folder);
        expect(result.stdout).toContain('1 file checked');
        expect(result.status).toBe(0);
    });
});

describe('sts check refuses bad input with one clear line and exit 2', () => {
    const cases: Array<[string, Record<string, string | Buffer>, string[], RegExp]> = [
        ['a missing path', { 'shop.sts': shop }, ['check', 'nowhere.sts'], /^sts: nowhere\.sts: no such file or folder\n$/],
        ['a folder with no .sts files', { 'notes/readme.txt': 'hello' }, ['check', 'notes'], /^sts: notes: no \.sts files in this folder\n$/],
        ['a binary file', { 'logo.sts': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]) }, ['check', 'logo.sts'], /^sts: logo\.sts: a binary file, not an \.sts text file\n$/],
        ['a file that is not UTF-8', { 'latin1.sts': Buffer.from('actor Jos\xe9\n', 'latin1') }, ['check', 'latin1.sts'], /^sts: latin1\.sts: not valid UTF-8 text\n$/],
        ['an unknown flag', { 'shop.sts': shop }, ['check', '--formt', 'json', 'shop.sts'], /^sts: unknown option '--formt' for sts check; did you mean --format\?\n$/],
        ['an unknown format', { 'shop.sts': shop }, ['check', '--format', 'xml', 'shop.sts'], /^sts: --format: 'xml' is not one of text, json, sarif\.\n$/],
        ['an unknown rule in --rule', { 'shop.sts': shop }, ['check', '--rule', 'untrained=error', 'shop.sts'], /^sts: --rule untrained=error: no rule named untrained/],
        ['a missing --config file', { 'shop.sts': shop }, ['check', '--config', 'gone.json', 'shop.sts'], /^sts: --config gone\.json: no such file\n$/],
        ['no paths', {}, ['check'], /^sts: no files or folders given/]
    ];
    for (const [what, files, args, message] of cases) {
        it(what, async () => {
            const result = await runCli(args, folderWith(files));
            expect(result.status).toBe(2);
            expect(result.stderr).toMatch(message);
            expect(result.stdout).toBe('');
        });
    }

    it('a file over the size limit, leaving an earlier result file untouched', async () => {
        const folder = folderWith({ 'shop.sts': shop, 'huge.sts': Buffer.alloc(10 * 1024 * 1024 + 1, 0x20), 'results.json': 'previous' });
        const result = await runCli(['check', '-f', 'json', '-o', 'results.json', '.'], folder);
        expect(result.status).toBe(2);
        expect(result.stderr).toBe('sts: huge.sts: larger than 10 MiB, not read\n');
        expect(readFileSync(path.join(folder, 'results.json'), 'utf8')).toBe('previous');
    });
});

describe('progress on stderr', () => {
    const many = Object.fromEntries(Array.from({ length: 30 }, (_, index) => [`m${index}.sts`, `system S${index}\nactor A${index}\n`]));

    it('is shown for many files when asked for (a terminal, or STS_PROGRESS=1), and never with --quiet', async () => {
        const folder = folderWith(many);
        expect((await runCli(['check', '.'], folder)).stderr).toBe('');
        const shown = await runCli(['check', '.'], folder, { STS_PROGRESS: '1' });
        expect(shown.stderr).toContain('sts: 30 files linked, checking…');
        expect(shown.stdout).toContain('30 files checked');
        expect((await runCli(['check', '.', '--quiet'], folder, { STS_PROGRESS: '1' })).stderr).toBe('');
    });
});

// Kept apart: writes a file, checks it is complete.
describe('sts report', () => {
    it('writes Markdown with -o, and self-contained HTML with --format html', async () => {
        const folder = folderWith({ 'sts.config.json': focusedConfig(), 'shop.sts': shop });
        const markdown = await runCli(['report', 'shop.sts', '-o', 'report.md'], folder);
        expect(markdown).toMatchObject({ status: 0, stdout: '', stderr: '' });
        const text = readFileSync(path.join(folder, 'report.md'), 'utf8');
        expect(text).toMatch(/^# STS report: Shop\n/);
        for (const heading of ['## Findings by area', '## Who does what (RACI)', '## Training', '## Single points of failure', '## Automation candidates', '## Feedback coverage', '## Exceptions (sts-ignore) (1)']) {
            expect(text).toContain(heading);
        }
        expect(text).toContain('the temp shadowed the owner for a week');
        const html = await runCli(['report', 'shop.sts', '--format', 'html', '-o', 'report.html'], folder);
        expect(html.status).toBe(0);
        const page = readFileSync(path.join(folder, 'report.html'), 'utf8');
        expect(page).toMatch(/^<!DOCTYPE html>/);
        expect(page).toContain('<style>');
        expect(page).not.toMatch(/<script|<link|src=/);
        expect(page).toContain('<h2>Who does what (RACI)</h2>');
        expect(existsSync(path.join(folder, 'report.html.tmp'))).toBe(false);
    });

    it('refuses a report it cannot write, without leaving a partial file', async () => {
        const folder = folderWith({ 'shop.sts': shop });
        const result = await runCli(['report', 'shop.sts', '-o', 'missing-folder/report.md'], folder);
        expect(result.status).toBe(2);
        expect(result.stderr).toBe('sts: missing-folder/report.md: cannot be written (ENOENT)\n');
        writeFileSync(path.join(folder, 'marker'), '');
        expect(readdirSync(folder).sort()).toEqual(['marker', 'shop.sts']);
    });
});

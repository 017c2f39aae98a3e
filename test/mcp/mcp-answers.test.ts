/**
 * The assistant's answers are the product's answers: the same findings as
 * `sts check --format json`, the same matrices and single points of failure as
 * `sts report`, the same picture as `sts diagram`, on the same files — and the
 * quick fix's diff is a patch that makes the finding go away.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../cli/run-cli.js';
import { applyPatch } from './apply-patch.js';
import { copyOfExample, EXAMPLES, startMcp, type McpSession } from './mcp-client.js';

type Finding = { file: string; line: number; column: number; rule: string; severity: string; message: string };

describe('sts mcp answers agree with the command line (all shipped examples)', () => {
    let session: McpSession;
    let check: { summary: Record<string, number>; findings: Finding[] };
    beforeAll(async () => {
        session = await startMcp(EXAMPLES);
        check = JSON.parse((await runCli(['check', '.', '--format', 'json'], EXAMPLES)).stdout);
    }, 60_000);
    afterAll(async () => { await session.close(); });

    it('findings: the same findings, places and numbers as sts check --format json', async () => {
        const answer = await session.call('findings');
        expect(answer.isError).toBe(false);
        expect(check.findings.length).toBeGreaterThan(10);
        expect(answer.data.findings).toEqual(check.findings);
        expect(answer.data.summary).toMatchObject({ errors: check.summary['errors'], warnings: check.summary['warnings'], infos: check.summary['infos'], hints: check.summary['hints'] });
        const first = check.findings[0]!;
        expect(answer.text).toContain(`${first.file}:${first.line}:${first.column} ${first.severity} ${first.rule}: ${first.message}`);
    });

    it('findings filtered by rule, severity and path are the matching findings of sts check', async () => {
        const byRule = await session.call('findings', { rule: 'untrained-user' });
        expect(byRule.data.findings).toEqual(check.findings.filter(finding => finding.rule === 'untrained-user'));
        expect(byRule.data.findings.length).toBeGreaterThan(0);
        const serious = await session.call('findings', { severity: 'warning' });
        expect(serious.data.findings).toEqual(check.findings.filter(finding => finding.severity === 'error' || finding.severity === 'warning'));
        const folder = await session.call('findings', { path: 'restaurant/findings' });
        expect(folder.data.findings).toEqual(check.findings.filter(finding => finding.file.startsWith('restaurant/findings/')));
        const restaurant = JSON.parse((await runCli(['check', 'restaurant/findings/rosas-trattoria.sts', '--format', 'json'], EXAMPLES)).stdout);
        expect((await session.call('findings', { path: 'restaurant/findings/rosas-trattoria.sts' })).data.findings).toEqual(restaurant.findings);
    });

    it('findings about a person: about them and the work they own or perform, nothing else', async () => {
        const answer = await session.call('findings', { person: 'Waiter', system: 'RosasTrattoria' });
        const rules = answer.data.findings.map((finding: Finding) => `${finding.line} ${finding.rule}`);
        // Waiter owns TakeOrder (line 53), whose handoff goes through KitchenDisplay without training.
        expect(rules).toContain('53 untrained-user');
        expect(rules).not.toContain('58 missing-feedback-loop');
        const all = check.findings.filter(finding => finding.file === 'restaurant/findings/rosas-trattoria.sts');
        for (const finding of answer.data.findings) expect(all).toContainEqual(finding);
        const element = await session.call('findings', { element: 'Delivery', system: 'RosasTrattoria' });
        expect(element.data.findings.map((finding: Finding) => finding.rule).sort()).toEqual(['missing-feedback-loop', 'unmeasured-process']);
    });
});

describe('sts mcp answers agree with sts report (Rosa\'s Trattoria, first draft)', () => {
    const folder = path.join(EXAMPLES, 'restaurant', 'findings');
    let session: McpSession;
    let report: string;
    beforeAll(async () => {
        session = await startMcp(folder);
        report = (await runCli(['report', '.'], folder)).stdout;
    }, 60_000);
    afterAll(async () => { await session.close(); });

    it('raci: the report\'s RACI table, cell by cell', async () => {
        const answer = await session.call('raci');
        const [system] = answer.data.systems;
        const table = markdownTable(report, 'Task');
        expect(system.actors).toEqual(table.header.slice(2));
        expect(system.rows.map((row: { task: string }) => row.task)).toEqual(table.rows.map(row => bare(row[0]!)));
        system.rows.forEach((row: { cells: string[] }, position: number) => expect(row.cells).toEqual(table.rows[position]!.slice(2).map(bare)));
        const dineIn = (await session.call('raci', { process: 'DineIn' })).data.systems[0];
        expect(dineIn.rows.map((row: { task: string }) => row.task)).toEqual(['TakeOrder', 'Cook', 'Serve', 'Settle']);
        expect(answer.text).toContain('| TakeOrder |');
    });

    it('training_matrix: the report\'s training table, cell by cell', async () => {
        const answer = await session.call('training_matrix');
        const [system] = answer.data.systems;
        const table = markdownTable(report, 'Actor');
        expect(system.tools).toEqual(table.header.slice(1));
        expect(system.rows.map((row: { actor: string }) => row.actor)).toEqual(table.rows.map(row => bare(row[0]!)));
        system.rows.forEach((row: { cells: string[] }, position: number) => expect(row.cells).toEqual(table.rows[position]!.slice(1).map(trainingCell)));
        expect(system.usesWithoutTraining).toEqual(['Waiter uses KitchenDisplay']);
        const waiter = (await session.call('training_matrix', { actor: 'Waiter', tool: 'KitchenDisplay' })).data.systems[0];
        expect(waiter.rows).toEqual([{ actor: 'Waiter', cells: ['uses-untrained'] }]);
    });

    it('who single_points_of_failure: the report\'s single points of failure and the rule\'s findings', async () => {
        const answer = await session.call('who', { question: 'single_points_of_failure' });
        const points = answer.data.systems[0].singlePoints as Array<{ kind: string; name: string; people: string[] }>;
        const section = report.slice(report.indexOf('## Single points of failure'), report.indexOf('## ', report.indexOf('## Single points of failure') + 3));
        // the report lists the checker's single-point-of-failure findings, each as '<Kind> <name>: <message>'
        const listed = [...section.matchAll(/^- .*?(Tool|Skill|Task) (\S+): /gm)].map(match => `${match[1]!.toLowerCase()} ${match[2]}`);
        expect(points.map(point => `${point.kind} ${point.name}`)).toEqual(listed);
        expect(listed.length).toBeGreaterThan(0);
        const check = JSON.parse((await runCli(['check', '.', '--format', 'json'], folder)).stdout);
        expect(answer.data.systems[0].findings.map((finding: { line: number }) => finding.line))
            .toEqual(check.findings.filter((finding: Finding) => finding.rule === 'single-point-of-failure').map((finding: Finding) => finding.line));
    });

    it('process: tasks, handoffs in written order with file:line, and the report\'s feedback coverage', async () => {
        const answer = await session.call('process', { name: 'Delivery' });
        expect(answer.data.handoffs.map((handoff: { from: string; to: string }) => `${handoff.from}->${handoff.to}`)).toEqual(['ConfirmOnlineOrder->Cook', 'Cook->Deliver']);
        expect(answer.data.feedbackLoopClosed).toBe(false);
        expect(report).toMatch(/\| Delivery \| Rosa \| ❌ open \|/);
        expect(answer.text).toMatch(/1\. ConfirmOnlineOrder -> Cook.*\(rosas-trattoria\.sts:\d+\)/);
        const dineIn = await session.call('process', { name: 'DineIn' });
        expect(dineIn.data.feedbackLoopClosed).toBe(true);
        expect(dineIn.data.metrics.map((metric: { name: string }) => metric.name)).toEqual(['TicketTime']);
        const list = await session.call('process');
        expect(list.data.processes.map((process: { name: string }) => process.name)).toEqual(['DineIn', 'Delivery']);
    });

    it('who: owner, doers, training and cover name people by name and file:line', async () => {
        const owns = await session.call('who', { question: 'owns', name: 'TakeOrder' });
        expect(owns.text).toMatch(/TakeOrder .*\(rosas-trattoria\.sts:\d+\) is owned by Waiter "Waitstaff" \(rosas-trattoria\.sts:\d+\)/);
        const trained = await session.call('who', { question: 'trained_on', name: 'KitchenDisplay' });
        expect(trained.data.answers[0].trained.map((actor: { name: string }) => actor.name)).toEqual(['Chef']);
        expect(trained.data.answers[0].untrainedWorkers.map((actor: { name: string }) => actor.name)).toEqual(['Waiter']);
        const cover = await session.call('who', { question: 'fallback_for', name: 'Chef' });
        expect(cover.text).toMatch(/To cover for Chef/);
        expect(cover.data.answers[0].tasks.map((entry: { task: { name: string } }) => entry.task.name)).toContain('Cook');
        const depends = await session.call('who', { question: 'depends_on', name: 'Waiter' });
        expect(depends.data.answers[0].dependedOnBy.join(' ')).toMatch(/TakeOrder hands .*to Cook/);
    });

    it('diagram: the same SVG as sts diagram', { timeout: 90_000 }, async () => {
        const answer = await session.call('diagram', { view: 'process', process: 'DineIn' });
        const out = path.join(folder, '..', `.mcp-test-${process.pid}.svg`);
        try {
            await runCli(['diagram', '.', '--view', 'process', '--process', 'DineIn', '-o', out], folder);
            expect(answer.data.svg).toBe(readFileSync(out, 'utf8'));
        } finally {
            rmSync(out, { force: true });
        }
        expect(answer.data.svg).toMatch(/^<svg/);
        expect(answer.text).toMatch(/The process view of Rosa's Trattoria \(process DineIn\): \d+ nodes, \d+ edges; PNG \d+×\d+ pixels/);
    });

    it('diagram: a valid PNG image block, the same picture as sts diagram --format png', { timeout: 90_000 }, async () => {
        const answer = await session.call('diagram', { view: 'training', format: 'png' });
        expect(answer.isError).toBe(false);
        expect(answer.images).toHaveLength(1);
        expect(answer.images[0]!.mimeType).toBe('image/png');
        const png = Buffer.from(answer.images[0]!.data, 'base64');
        expect(isValidPng(png)).toBe(true);
        expect(answer.data.svg).toBeUndefined();
        const out = path.join(folder, '..', `.mcp-test-${process.pid}.png`);
        try {
            const drawn = await runCli(['diagram', '.', '--view', 'training', '--format', 'png', '-o', out], folder);
            expect(drawn.status).toBe(0);
            const cli = readFileSync(out);
            expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([cli.readUInt32BE(16), cli.readUInt32BE(20)]);
        } finally {
            rmSync(out, { force: true });
        }
        const both = await session.call('diagram', { view: 'system' });
        expect(both.images).toHaveLength(1);
        expect(both.data.svg).toMatch(/^<svg/);
    });
});

describe('sts mcp apply_quick_fix', () => {
    it('shows the editor\'s fix as a diff that patch applies, and writes it only when asked', async () => {
        const folder = copyOfExample('restaurant/findings');
        const session = await startMcp(folder);
        const file = path.join(folder, 'rosas-trattoria.sts');
        const original = readFileSync(file, 'utf8');
        try {
            const finding = (await session.call('findings', { rule: 'untrained-user' })).data.findings[0] as Finding;
            const shown = await session.call('apply_quick_fix', { file: finding.file, line: finding.line });
            expect(shown.isError).toBe(false);
            expect(shown.data.fixes.length).toBeGreaterThan(1);
            expect(shown.data.diff).toMatch(/^--- a\/rosas-trattoria\.sts\n\+\+\+ b\/rosas-trattoria\.sts\n@@ -\d+,\d+ \+\d+,\d+ @@/);
            expect(readFileSync(file, 'utf8')).toBe(original);
            // The diff is a real patch: applied to a copy, the finding is gone.
            const scratch = copyOfExample('restaurant/findings');
            writeFileSync(path.join(scratch, 'rosas-trattoria.sts'), applyPatch(original, shown.data.diff));
            const patched = JSON.parse((await runCli(['check', '.', '--format', 'json'], scratch)).stdout);
            expect(patched.findings.filter((item: Finding) => item.rule === 'untrained-user')).toHaveLength(0);
            rmSync(scratch, { recursive: true, force: true });

            const ignore = shown.data.fixes.findIndex((title: string) => title.startsWith('Ignore ')) + 1;
            const refused = await session.call('apply_quick_fix', { file: finding.file, line: finding.line, fix: ignore, write: true });
            expect(refused.isError).toBe(true);
            expect(refused.text).toMatch(/give the 'reason'/);

            const written = await session.call('apply_quick_fix', { file: finding.file, line: finding.line, write: true });
            expect(written.data.written).toEqual(['rosas-trattoria.sts']);
            expect(readFileSync(file, 'utf8')).not.toBe(original);
            expect((await session.call('findings', { rule: 'untrained-user' })).data.findings).toHaveLength(0);

            const other = (await session.call('findings', { rule: 'unowned-task' })).data.findings[0] as Finding;
            const ignored = await session.call('apply_quick_fix', { file: other.file, line: other.line, fix: (await session.call('apply_quick_fix', { file: other.file, line: other.line })).data.fixes.findIndex((title: string) => title.startsWith('Ignore ')) + 1, reason: 'the site owner answers for it', write: true });
            expect(ignored.data.diff).toContain('+// sts-ignore unowned-task: the site owner answers for it');
            expect((await session.call('findings', { rule: 'unowned-task' })).data.findings).toHaveLength(0);
        } finally {
            await session.close();
            rmSync(folder, { recursive: true, force: true });
        }
    }, 120_000);
});

/** A PNG whose chunks are all intact: signature, IHDR first, every chunk's CRC right, IDAT present, IEND last. */
function isValidPng(bytes: Buffer): boolean {
    if (!bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return false;
    const types: string[] = [];
    for (let offset = 8; offset < bytes.length;) {
        const length = bytes.readUInt32BE(offset);
        const type = bytes.subarray(offset + 4, offset + 8);
        const crc = bytes.readUInt32BE(offset + 8 + length);
        if (crc32(bytes.subarray(offset + 4, offset + 8 + length)) !== crc) return false;
        types.push(type.toString('latin1'));
        offset += 12 + length;
    }
    return types[0] === 'IHDR' && types.includes('IDAT') && types[types.length - 1] === 'IEND' && bytes.readUInt32BE(16) > 0 && bytes.readUInt32BE(20) > 0;
}

function crc32(bytes: Uint8Array): number {
    let crc = 0xffffffff;
    for (const byte of bytes) {
        crc ^= byte;
        for (let bit = 0; bit < 8; bit++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
    }
    return (crc ^ 0xffffffff) >>> 0;
}

/** The first Markdown table whose header starts with the given cell: header cells and row cells, trimmed. */
function markdownTable(markdown: string, first: string): { header: string[]; rows: string[][] } {
    const lines = markdown.split('\n');
    const start = lines.findIndex(line => line.startsWith(`| ${first} |`));
    const cells = (line: string) => line.slice(1, -1).split('|').map(cell => cell.trim());
    const rows: string[][] = [];
    for (let index = start + 2; index < lines.length && lines[index]!.startsWith('|'); index++) rows.push(cells(lines[index]!));
    return { header: cells(lines[start]!), rows };
}

/** A cell without the report's marks (❌, ⚠️, ✅). */
function bare(cell: string): string {
    return cell.replace(/[^\p{L}\p{N}/\-_ ]/gu, '').trim();
}

function trainingCell(cell: string): string {
    if (/untrained/.test(cell)) return 'uses-untrained';
    if (/trained/.test(cell)) return 'trained';
    return 'not-needed';
}

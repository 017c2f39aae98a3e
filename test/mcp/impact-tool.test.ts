/**
 * The assistant's `impact` answers are `sts impact`'s: the same report for two
 * folders, for the workspace against a git revision (a file changed on disk
 * since the commit shows in the next answer), and for a model whose elements are
 * marked planned; a wrong argument is one sentence, and the server goes on.
 */
import { execFileSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../cli/run-cli.js';
import { EXAMPLES, startMcp, type McpSession } from './mcp-client.js';

/** A git repository holding the Studio Lina example as it is today, committed, with a planned change in a second folder. */
function studioRepository(): string {
    const folder = mkdtempSync(path.join(tmpdir(), 'sts-mcp-impact-'));
    cpSync(path.join(EXAMPLES, 'change-impact'), folder, { recursive: true });
    cpSync(path.join(folder, 'before'), path.join(folder, 'planned'), { recursive: true });
    appendFileSync(path.join(folder, 'planned', 'studio-lina.sts'), [
        '',
        'tool Booking "Online booking" { kind software  owner Lina  planned }',
        'task ConfirmOnline "Confirm online bookings" {',
        '  owner Marta',
        '  uses Booking',
        '  planned',
        '}',
        ''
    ].join('\n'));
    const git = (...args: string[]) => execFileSync('git', args, { cwd: folder, stdio: 'pipe' });
    git('init', '-q');
    git('-c', 'user.name=Test', '-c', 'user.email=test@example.com', 'add', '.');
    git('-c', 'user.name=Test', '-c', 'user.email=test@example.com', 'commit', '-q', '-m', 'the salon today');
    return folder;
}

describe('sts mcp impact agrees with sts impact', () => {
    let folder: string;
    let session: McpSession;
    beforeAll(async () => {
        folder = studioRepository();
        session = await startMcp(folder);
    }, 60_000);
    afterAll(async () => { await session.close(); });

    it('before and after: the report of sts impact, as data and as its text', async () => {
        const cli = await runCli(['impact', 'before', 'after', '--format', 'json'], folder);
        expect(cli.status).toBe(0);
        const answer = await session.call('impact', { before: 'before', after: 'after' });
        expect(answer.isError).toBe(false);
        expect(answer.data).toEqual(JSON.parse(cli.stdout));
        expect(answer.data['items'].length).toBeGreaterThan(3);
        expect(answer.text.trimEnd()).toBe((await runCli(['impact', 'before', 'after'], folder)).stdout.trimEnd());
    });

    it('since a revision: a change saved after the commit is in the next answer, as sts impact --since shows it', async () => {
        const file = path.join(folder, 'before', 'studio-lina.sts');
        const unchanged = await session.call('impact', { since: 'HEAD', path: 'before' });
        expect(unchanged.isError).toBe(false);
        expect(unchanged.data['items']).toEqual([]);
        // Marta hands the reminders to Lina.
        writeFileSync(file, readFileSync(file, 'utf8').replace(/(task RemindClients[^{]*\{\s*)owner Marta/, '$1owner Lina'));
        const cli = await runCli(['impact', '--since', 'HEAD', 'before', '--format', 'json'], folder);
        const answer = await session.call('impact', { since: 'HEAD', path: 'before' });
        expect(answer.data).toEqual(JSON.parse(cli.stdout));
        expect(answer.text).toContain('RemindClients');
        expect(answer.text).toMatch(/^Lina/m);
    });

    it('planned and retiring marks in one model: now against once the change is done', async () => {
        const cli = await runCli(['impact', 'planned', '--format', 'json'], folder);
        const answer = await session.call('impact', { path: 'planned' });
        expect(answer.isError).toBe(false);
        expect(answer.data).toEqual(JSON.parse(cli.stdout));
        expect(answer.text).toMatch(/Marta[\s\S]*ConfirmOnline/);
    });

    it('a wrong question gets one sentence saying what to ask instead, and the next question is answered', async () => {
        const cases: Array<[Record<string, unknown>, RegExp]> = [
            [{ before: 'before' }, /'before' and 'after' go together/],
            [{ before: 'before', after: 'after', since: 'HEAD' }, /either 'before' and 'after', or 'since'/],
            [{ before: 'yesterday', after: 'after' }, /no file or folder 'yesterday'/],
            [{ since: 'no-such-branch' }, /no such revision/],
            [{ since: '--all' }, /not a git revision/],
            [{ path: 'after' }, /Nothing under 'after' is marked planned or retiring/]
        ];
        for (const [args, message] of cases) {
            const answer = await session.call('impact', args);
            expect(answer.isError, JSON.stringify(args)).toBe(true);
            expect(answer.text).toMatch(message);
            expect(answer.text.split('\n')).toHaveLength(1);
        }
        expect((await session.call('impact', { before: 'before', after: 'after' })).isError).toBe(false);
    });
});

/**
 * `sts mcp` as a client sees it: the tools and their schemas, the resources,
 * clear errors for bad arguments (and a server that keeps answering), and
 * answers that follow the files on disk.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../cli/run-cli.js';
import { copyOfExample, EXAMPLES, startMcp, type McpSession } from './mcp-client.js';

const TOOL_NAMES = ['findings', 'explain_rule', 'who', 'process', 'training_matrix', 'raci', 'impact', 'diagram', 'apply_quick_fix'];

describe('sts mcp: tools, resources and errors', () => {
    let session: McpSession;
    beforeAll(async () => { session = await startMcp(path.join(EXAMPLES, 'restaurant')); }, 60_000);
    afterAll(async () => { await session.close(); });

    it('sts mcp --help names every tool the server lists', async () => {
        const help = await runCli(['mcp', '--help'], EXAMPLES);
        expect(help.status).toBe(0);
        for (const name of TOOL_NAMES) expect(help.stdout).toMatch(new RegExp(`\\b${name}\\b`));
    });

    it('lists every tool with a JSON schema of its arguments', async () => {
        const { tools } = await session.client.listTools();
        expect(tools.map(tool => tool.name)).toEqual(TOOL_NAMES);
        for (const tool of tools) {
            expect(tool.inputSchema.type).toBe('object');
            expect(tool.description!.length).toBeGreaterThan(40);
            for (const property of Object.values(tool.inputSchema.properties ?? {})) expect((property as { description?: string }).description).toBeTruthy();
        }
        const who = tools.find(tool => tool.name === 'who')!;
        expect(who.inputSchema.required).toEqual(['question']);
        expect((who.inputSchema.properties!['question'] as { enum: string[] }).enum).toContain('fallback_for');
        expect(tools.find(tool => tool.name === 'apply_quick_fix')!.annotations?.readOnlyHint).toBe(false);
        expect(tools.find(tool => tool.name === 'findings')!.annotations?.readOnlyHint).toBe(true);
    });

    it('serves the rule pages and the language reference as resources', async () => {
        const { resources } = await session.client.listResources();
        const uris = resources.map(resource => resource.uri);
        expect(uris).toContain('sts://reference/language');
        expect(uris).toContain('sts://rules/untrained-user');
        const page = await session.client.readResource({ uri: 'sts://rules/untrained-user' });
        expect((page.contents[0] as { text: string }).text).toBe(readFileSync(path.join(EXAMPLES, '..', 'docs', 'rules', 'untrained-user.md'), 'utf8'));
        const reference = (await session.client.readResource({ uri: 'sts://reference/language' })).contents[0] as { text: string };
        expect(reference.text).toContain('actor Waiter');
        expect(reference.text).toContain('`escalates`');
        await expect(session.client.readResource({ uri: 'sts://rules/no-such-rule' })).rejects.toThrow(/No resource sts:\/\/rules\/no-such-rule/);
    });

    it.each([
        ['findings', { severity: 'fatal' }, /'severity' is 'fatal'.*one of error, warning, info, hint/],
        ['findings', { rule: 'untrained-usr' }, /No rule named 'untrained-usr'; did you mean 'untrained-user'\?/],
        ['findings', { colour: 'red' }, /Unknown argument 'colour'/],
        ['findings', { path: 'nowhere' }, /No .sts file of the workspace is at or under 'nowhere'/],
        ['findings', { person: 'Rossa', system: 'RosasTrattoria' }, /No actor named 'Rossa'; did you mean 'Rosa'\?/],
        ['findings', { system: 'Nope' }, /No system named 'Nope'.*Systems: /],
        ['explain_rule', { rule: 42 }, /'rule' must be a string, not 42/],
        ['who', {}, /Missing argument 'question'/],
        ['who', { question: 'owns' }, /needs a 'name'/],
        ['who', { question: 'trained_on', name: 'Rosa' }, /trained_on is asked of a tool; Rosa is a actor|trained_on is asked of a tool; Rosa is an actor/],
        ['process', { name: 'Dinein' }, /No process named 'Dinein'; did you mean 'DineIn'\?/],
        ['raci', { process: 'Nope' }, /No process named 'Nope'/],
        ['training_matrix', { tool: 'Abacus' }, /No tool in the training matrix named 'Abacus'/],
        ['diagram', { view: 'map' }, /'view' is 'map'.*system, process, training/],
        ['diagram', {}, /holds 2 systems; say which one with 'system'/],
        ['apply_quick_fix', { file: 'findings/rosas-trattoria.sts', line: 0 }, /'line' must be 1 or more/],
        ['apply_quick_fix', { file: 'findings/rosas-trattoria.sts', line: 2 }, /No finding at findings\/rosas-trattoria.sts:2\. Findings of the file/],
        ['apply_quick_fix', { file: 'nope.sts', line: 3 }, /'nope.sts' is not an .sts file of the workspace/]
    ])('%s with bad arguments %j is a clear tool error', async (tool, args, message) => {
        const result = await session.call(tool, args);
        expect(result.isError).toBe(true);
        expect(result.text).toMatch(message);
    });

    it('answers an unknown tool with an error and keeps serving', async () => {
        const result = await session.client.callTool({ name: 'astrology', arguments: {} });
        expect(result.isError).toBe(true);
        expect((result.content as Array<{ text: string }>)[0]!.text).toMatch(/No tool named 'astrology'/);
        expect((await session.call('explain_rule', { rule: 'unowned-task' })).isError).toBe(false);
        expect(session.stderr()).toBe('');
    });
});

describe('sts mcp: answers follow the files on disk', () => {
    it('shows a file changed, added or deleted on disk in the next answer, like sts check', async () => {
        const folder = copyOfExample('restaurant/findings');
        const session = await startMcp(folder);
        try {
            const before = await session.call('findings', { rule: 'unresolved-reference' });
            expect(before.data.findings).toHaveLength(1);
            const file = path.join(folder, 'rosas-trattoria.sts');
            writeFileSync(file, readFileSync(file, 'utf8').replace('TableTablet', 'POS'));
            const after = await session.call('findings', { rule: 'unresolved-reference' });
            expect(after.data.findings).toHaveLength(0);
            const check = JSON.parse((await runCli(['check', '.', '--format', 'json'], folder)).stdout);
            expect((await session.call('findings')).data.findings).toEqual(check.findings);

            writeFileSync(path.join(folder, 'more.sts'), 'system RosasTrattoria\ntask Polish { uses Cloth }\n');
            const added = await session.call('findings', { path: 'more.sts' });
            expect(added.data.findings.map((finding: { rule: string }) => finding.rule)).toEqual(expect.arrayContaining(['unowned-task', 'unresolved-reference']));
            rmSync(path.join(folder, 'more.sts'));
            expect((await session.call('findings', { path: 'more.sts' })).isError).toBe(true);

            writeFileSync(path.join(folder, 'sts.config.json'), JSON.stringify({ rules: { 'unused-element': 'off' } }));
            const configured = await session.call('findings', { rule: 'unused-element' });
            expect(configured.data.findings).toHaveLength(0);
            expect(session.stderr()).toBe('');
        } finally {
            await session.close();
            rmSync(folder, { recursive: true, force: true });
        }
    }, 120_000);
});

describe('sts mcp: the command', () => {
    it('refuses a folder that does not exist with one line and exit code 2', async () => {
        const result = await runCli(['mcp', 'no-such-folder'], EXAMPLES);
        expect(result.status).toBe(2);
        expect(result.stderr).toBe('sts: no-such-folder: no such folder\n');
        expect(result.stdout).toBe('');
    });

    it('says what it does with --help', async () => {
        const result = await runCli(['mcp', '--help'], EXAMPLES);
        expect(result.status).toBe(0);
        expect(result.stdout).toMatch(/Model Context Protocol/);
    });
});

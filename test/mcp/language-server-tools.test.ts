/**
 * The VS Code language-model tools' path: the bundled language server answers
 * `sts/assistantTool` from the editor's workspace (unsaved edits included) with
 * the same answers as `sts mcp`; a quick fix asked to write becomes a workspace
 * edit sent to the editor. package.json declares exactly the server's tools.
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ApplyWorkspaceEditRequest, type WorkspaceEdit } from 'vscode-languageserver/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TOOLS } from '../../src/mcp/catalogue.js';
import { ASSISTANT_TOOL_REQUEST, type AssistantToolResult } from '../../src/protocol/assistant-tool-protocol.js';
import { runCli } from '../cli/run-cli.js';
import { LanguageServerSession } from '../helpers/language-server.js';
import { EXAMPLES } from './mcp-client.js';

const manifest = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));

describe('VS Code manifest', () => {
    it('declares every assistant tool as a language-model tool with the server\'s schema and description', () => {
        const declared = manifest.contributes.languageModelTools as Array<{ name: string; modelDescription: string; inputSchema: unknown; displayName: string }>;
        expect(declared.map(tool => tool.name)).toEqual(TOOLS.map(tool => `sts_${tool.name}`));
        for (const tool of TOOLS) {
            const entry = declared.find(candidate => candidate.name === `sts_${tool.name}`)!;
            expect(entry.inputSchema).toEqual(tool.inputSchema);
            expect(entry.modelDescription).toBe(tool.description);
            expect(entry.displayName).toMatch(/^sts: /);
        }
        expect(manifest.contributes.mcpServerDefinitionProviders).toEqual([{ id: 'sts.mcp', label: expect.any(String) }]);
        expect(manifest.engines.vscode).toBe('^1.100.0');
    });
});

describe('sts/assistantTool in the language server', () => {
    const folder = path.join(EXAMPLES, 'restaurant', 'findings');
    const uri = pathToFileURL(path.join(folder, 'rosas-trattoria.sts')).href;
    let session: LanguageServerSession;
    const edits: WorkspaceEdit[] = [];
    beforeAll(async () => {
        ({ session } = await LanguageServerSession.start({
            workspaceFolder: folder,
            prepare: connection => connection.onRequest(ApplyWorkspaceEditRequest.type, params => { edits.push(params.edit); return { applied: true }; })
        }));
    }, 60_000);
    afterAll(async () => { await session.shutdown(); session.kill(); });
    const ask = (name: string, args: unknown) => session.connection.sendRequest<AssistantToolResult>(ASSISTANT_TOOL_REQUEST, { name, arguments: args });

    it('answers findings like sts check, and an unsaved edit in the next answer', async () => {
        const check = JSON.parse((await runCli(['check', '.', '--format', 'json'], folder)).stdout);
        const answer = await ask('findings', {});
        expect(answer.ok).toBe(true);
        expect(answer.ok && answer.data['findings']).toEqual(check.findings);
        const text = readFileSync(path.join(folder, 'rosas-trattoria.sts'), 'utf8');
        await session.open(uri, text);
        await session.replace(uri, 2, text.replace('TableTablet', 'POS'));
        const edited = await ask('findings', { rule: 'unresolved-reference' });
        expect(edited.ok && edited.data['findings']).toEqual([]);
    });

    it('compares the editor\'s unsaved text with the last commit in impact', async () => {
        const text = readFileSync(path.join(folder, 'rosas-trattoria.sts'), 'utf8');
        await session.replace(uri, 3, text.replace('task Serve { owner Waiter }', 'task Serve { owner Chef }'));
        const answer = await ask('impact', { since: 'HEAD' });
        expect(answer.ok).toBe(true);
        const items = (answer.ok ? answer.data['items'] : []) as Array<{ kind: string; text: string }>;
        expect(items.some(item => item.text.includes('Serve') && item.text.includes('Chef'))).toBe(true);
        expect(readFileSync(path.join(folder, 'rosas-trattoria.sts'), 'utf8')).toBe(text);
    });

    it('gives a bad argument back as an error message', async () => {
        const answer = await ask('who', { question: 'everything' });
        expect(answer).toEqual({ ok: false, error: expect.stringMatching(/'question' is 'everything'.*one of owns, performs/) });
    });

    it('applies a quick fix asked to write as a workspace edit in the editor, not on disk', async () => {
        const before = readFileSync(path.join(folder, 'rosas-trattoria.sts'), 'utf8');
        const findings = await ask('findings', { rule: 'untrained-user' });
        const finding = (findings.ok ? findings.data['findings'] : []) as Array<{ file: string; line: number }>;
        const answer = await ask('apply_quick_fix', { file: finding[0]!.file, line: finding[0]!.line, rule: 'untrained-user', write: true });
        expect(answer).toMatchObject({ ok: true });
        expect(edits).toHaveLength(1);
        expect(Object.keys(edits[0]!.changes ?? {})).toEqual([uri]);
        expect(readFileSync(path.join(folder, 'rosas-trattoria.sts'), 'utf8')).toBe(before);
    });
});

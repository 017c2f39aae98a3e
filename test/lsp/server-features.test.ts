/**
 * The editing features through the bundled server (`dist/server.cjs --stdio`),
 * as an editor that supports snippet edits sees them: the capabilities are
 * announced, and quick fixes, formatting, hover and semantic tokens answer.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
    CodeActionRequest, DocumentFormattingRequest, HoverRequest, SemanticTokensRequest,
    type CodeAction, type Diagnostic, type InitializeResult, type ProtocolConnection
} from 'vscode-languageserver/node';
import { LanguageServerSession } from '../helpers/language-server.js';
const rosa = readFileSync(new URL('../language/rosa-contract.sts', import.meta.url), 'utf8');
const uri = 'untitled:Rosa';

describe('the editing features in the bundled server', () => {
    let session: LanguageServerSession;
    let connection: ProtocolConnection;
    let initialized: InitializeResult;
    let diagnostics: Diagnostic[];

    beforeAll(async () => {
        ({ session, initialized } = await LanguageServerSession.start({
            capabilities: { workspace: { workspaceEdit: { documentChanges: true, snippetEditSupport: true } } }
        }));
        connection = session.connection;
        diagnostics = await session.open(uri, rosa);
    });

    afterAll(async () => { await session?.shutdown(); });

    it('announces quick fixes, formatting, rename with a prepare step, semantic tokens and completion', () => {
        const capabilities = initialized.capabilities;
        expect(capabilities.codeActionProvider).toBeTruthy();
        expect(capabilities.documentFormattingProvider).toBe(true);
        expect(capabilities.renameProvider).toEqual({ prepareProvider: true });
        expect(capabilities.semanticTokensProvider).toBeDefined();
        expect(capabilities.completionProvider).toBeDefined();
        expect(capabilities.hoverProvider).toBe(true);
    });

    it('offers the quick fixes of a finding, with snippet edits for the skeletons', async () => {
        const unowned = diagnostics.find(d => d.code === 'unowned-task')!;
        const actions = await connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: unowned.range, context: { diagnostics: [unowned] } }) as CodeAction[];
        expect(actions[0]?.title).toBe('Assign owner: Rosa (owns OnlineOrdering)');
        const loop = diagnostics.find(d => d.code === 'missing-feedback-loop')!;
        const skeletons = await connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: loop.range, context: { diagnostics: [loop] } }) as CodeAction[];
        const edit = skeletons[0]!.edit!.documentChanges![0]! as { edits: Array<{ snippet?: { value: string } }> };
        expect(edit.edits[0]!.snippet?.value).toContain('feedback ${1:DeliveryFeedback}');
    });

    it('formats, hovers and colours', async () => {
        const edits = await connection.sendRequest(DocumentFormattingRequest.type, { textDocument: { uri }, options: { tabSize: 2, insertSpaces: true } });
        expect(edits?.length).toBeGreaterThan(0);
        const hover = await connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 11, character: 8 } });
        expect(JSON.stringify(hover?.contents)).toContain('actor Waiter');
        const tokens = await connection.sendRequest(SemanticTokensRequest.type, { textDocument: { uri } });
        expect(tokens?.data.length).toBeGreaterThan(100);
    });
});

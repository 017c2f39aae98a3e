/**
 * The assistant tools inside the language server: the extension's
 * language-model tools ask here (ASSISTANT_TOOL_REQUEST), and the answer comes
 * from the same workspace the editor's findings and diagram come from — after
 * pending edits are built. A quick fix asked to write is applied as a workspace
 * edit in the editor (undoable), not written behind its back.
 */
import type { LangiumDocument } from 'langium';
import { DocumentState, URI } from 'langium';
import type { Connection } from 'vscode-languageserver';
import type { WorkspaceEdit } from 'vscode-languageserver-types';
import { isModel, type Model } from '../language/generated/ast.js';
import type { StsServices } from '../services/sts-services.js';
import { ASSISTANT_TOOL_REQUEST, type AssistantToolParams, type AssistantToolResult } from '../protocol/assistant-tool-protocol.js';
import { callTool } from './catalogue.js';
import type { ModelAccess } from './model-access.js';

export function registerAssistantTools(connection: Connection, services: StsServices): void {
    const shared = services.shared;
    const model: ModelAccess = {
        services,
        get root() {
            const folder = shared.workspace.WorkspaceManager.workspaceFolders?.[0];
            return folder ? URI.parse(folder.uri).fsPath : process.cwd();
        },
        documents: () => shared.workspace.LangiumDocuments.all.filter(document => isModel(document.parseResult.value)).toArray() as Array<LangiumDocument<Model>>,
        applyEdit: async (edit: WorkspaceEdit) => (await connection.workspace.applyEdit({ label: 'sts quick fix', edit })).applied
    };
    connection.onRequest(ASSISTANT_TOOL_REQUEST, async (params: AssistantToolParams): Promise<AssistantToolResult> => {
        await shared.workspace.WorkspaceManager.ready;
        // Langium checks only the files open in the editor at start-up; the answers need every file checked.
        await shared.workspace.WorkspaceLock.write(async token => {
            const unchecked = model.documents().filter(document => document.state < DocumentState.Validated);
            if (unchecked.length > 0) await shared.workspace.DocumentBuilder.build(unchecked, { validation: true }, token);
        });
        const outcome = await shared.workspace.WorkspaceLock.read(() => callTool(params.name, params.arguments, model));
        // Images do not travel to the language-model tools (VS Code 1.100 takes text parts); the SVG is in the text.
        return outcome.ok ? { ok: true, text: outcome.text, data: outcome.data } : outcome;
    });
}

/**
 * The language server's answer to the VS Code extension's language-model tools:
 * one request runs one assistant tool (src/mcp/catalogue.ts) on the workspace the
 * server holds (the editor's files, unsaved changes included).
 */
export const ASSISTANT_TOOL_REQUEST = 'sts/assistantTool';

export interface AssistantToolParams {
    readonly name: string;
    readonly arguments: unknown;
}

export type AssistantToolResult =
    | { readonly ok: true; readonly text: string; readonly data: Record<string, unknown> }
    | { readonly ok: false; readonly error: string };

/**
 * What an assistant tool is, apart from any protocol: a name, a JSON schema for
 * its arguments, and a function from checked arguments to an answer. The MCP
 * server (server.ts) and the VS Code language-model tools serve the same list.
 */
import type { JsonSchemaObject } from './arguments.js';
import type { ModelAccess } from './model-access.js';

/** An image the answer carries besides its text (the diagram as PNG). */
export interface ToolImage {
    readonly data: string;
    readonly mimeType: string;
}

export interface ToolAnswer {
    /** what the assistant reads: names with file:line, one fact a line */
    readonly text: string;
    /** the same answer as data, for clients that read JSON */
    readonly data: Record<string, unknown>;
    readonly images?: readonly ToolImage[];
}

export interface ToolDefinition {
    readonly name: string;
    readonly title: string;
    readonly description: string;
    readonly inputSchema: JsonSchemaObject;
    /** true when the tool never changes anything (every tool but apply_quick_fix with write) */
    readonly readOnly: boolean;
    run(args: Record<string, unknown>, model: ModelAccess): ToolAnswer | Promise<ToolAnswer>;
}

/** A mistake in the arguments or a question the model cannot answer: one clear sentence for the assistant. */
export class ToolError extends Error {}

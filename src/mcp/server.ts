/**
 * The Model Context Protocol server over stdio (the official SDK's low-level
 * server): the tools of catalogue.ts with their JSON schemas, the rule pages and
 * the language reference as resources. Each call runs after the previous one,
 * on the workspace as it is on disk at that moment. A failing call is an error
 * answer; nothing a client sends ends the server.
 */
import { Server } from '@modelcontextprotocol/sdk/server/index.js';
import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import { CallToolRequestSchema, ErrorCode, ListResourcesRequestSchema, ListToolsRequestSchema, McpError, ReadResourceRequestSchema, type CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { STS_VERSION } from '../config/rule-docs.js';
import { callTool, TOOLS } from './catalogue.js';
import type { FolderWorkspace } from './folder-workspace.js';
import { listResources, readResource } from './resources.js';

export const SERVER_INSTRUCTIONS = 'sts describes a business as a socio-technical system in .sts files: actors, tools, tasks, processes with handoffs, feedback and metrics. '
    + 'Use findings for what the checks found, who for questions about people (owns, performs, trained_on, fallback_for, depends_on, single_points_of_failure), process, raci and training_matrix for the structure, impact for what a change does to the people (two states, a git revision, or planned and retiring marks), '
    + 'diagram for a picture, explain_rule for why a check matters, and apply_quick_fix to see (and, with write: true, make) the editor\'s fix. Answers name elements with file:line.';

export function createMcpServer(workspace: FolderWorkspace): Server {
    const server = new Server({ name: 'sts', title: 'sts — socio-technical systems', version: STS_VERSION }, {
        capabilities: { tools: {}, resources: {} },
        instructions: SERVER_INSTRUCTIONS
    });
    server.setRequestHandler(ListToolsRequestSchema, () => ({
        tools: TOOLS.map(tool => ({
            name: tool.name,
            title: tool.title,
            description: tool.description,
            inputSchema: tool.inputSchema as unknown as { type: 'object'; properties: Record<string, object> },
            annotations: { title: tool.title, readOnlyHint: tool.readOnly, destructiveHint: false, idempotentHint: tool.readOnly, openWorldHint: false }
        }))
    }));
    server.setRequestHandler(CallToolRequestSchema, async request => {
        const outcome = await workspace.withCurrentModel(() => callTool(request.params.name, request.params.arguments, workspace));
        if (!outcome.ok) return { content: [{ type: 'text', text: outcome.error }], isError: true } satisfies CallToolResult;
        return {
            content: [{ type: 'text', text: outcome.text }, ...(outcome.images ?? []).map(image => ({ type: 'image' as const, data: image.data, mimeType: image.mimeType }))],
            structuredContent: outcome.data
        } satisfies CallToolResult;
    });
    server.setRequestHandler(ListResourcesRequestSchema, () => ({ resources: listResources() }));
    server.setRequestHandler(ReadResourceRequestSchema, request => {
        const text = readResource(request.params.uri);
        if (text === undefined) throw new McpError(ErrorCode.InvalidParams, `No resource ${request.params.uri}; resources/list gives the addresses.`);
        return { contents: [{ uri: request.params.uri, mimeType: 'text/markdown', text }] };
    });
    return server;
}

/** Serves on standard input and output until the client closes them. */
export async function serveStdio(workspace: FolderWorkspace): Promise<void> {
    const server = createMcpServer(workspace);
    const closed = new Promise<void>(resolve => { server.onclose = () => resolve(); });
    await server.connect(new StdioServerTransport());
    process.stdin.once('end', () => { void server.close(); });
    await closed;
}

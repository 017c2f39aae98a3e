/**
 * Drives the built `sts mcp` (dist/cli.cjs) with the official SDK's client over
 * stdio, as an assistant's host would: one server process per folder.
 */
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { CLI } from '../cli/run-cli.js';

export const EXAMPLES = fileURLToPath(new URL('../../examples', import.meta.url));

export interface ToolResult {
    readonly isError: boolean;
    readonly text: string;
    readonly data: Record<string, any>;
    readonly images: ReadonlyArray<{ data: string; mimeType: string }>;
}

export interface McpSession {
    readonly client: Client;
    readonly stderr: () => string;
    call(name: string, args?: Record<string, unknown>): Promise<ToolResult>;
    close(): Promise<void>;
}

export async function startMcp(folder: string, args: readonly string[] = []): Promise<McpSession> {
    const transport = new StdioClientTransport({ command: process.execPath, args: [CLI, 'mcp', ...args], cwd: folder, stderr: 'pipe' });
    let stderr = '';
    transport.stderr?.on('data', chunk => { stderr += String(chunk); });
    const client = new Client({ name: 'sts-tests', version: '1.0.0' });
    await client.connect(transport);
    return {
        client,
        stderr: () => stderr,
        async call(name, toolArgs = {}) {
            const result = await client.callTool({ name, arguments: toolArgs });
            const content = result.content as Array<{ type: string; text?: string; data?: string; mimeType?: string }>;
            return {
                isError: result.isError === true,
                text: content.filter(part => part.type === 'text').map(part => part.text).join('\n'),
                data: (result.structuredContent ?? {}) as Record<string, any>,
                images: content.filter(part => part.type === 'image').map(part => ({ data: part.data!, mimeType: part.mimeType! }))
            };
        },
        close: () => client.close()
    };
}

/** A copy of one of the shipped examples in a fresh temporary folder (tests that change files use it). */
export function copyOfExample(relative: string): string {
    const folder = mkdtempSync(path.join(tmpdir(), 'sts-mcp-'));
    cpSync(path.join(EXAMPLES, relative), folder, { recursive: true });
    return folder;
}

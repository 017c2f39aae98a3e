/**
 * `sts mcp [folder]`: serves the .sts files under the folder (default: the
 * working folder) to an assistant over the Model Context Protocol on stdio.
 * Standard output carries only the protocol; anything else goes to stderr.
 */
import { statSync } from 'node:fs';
import * as path from 'node:path';
import { UsageError } from '../services/cli-error.js';
import { TOOLS } from './catalogue.js';
import { FolderWorkspace } from './folder-workspace.js';
import { serveStdio } from './server.js';

export const MCP_USAGE = 'sts mcp [folder]   serve the .sts files under the folder (default: the working folder) to an AI assistant (Model Context Protocol, stdio)';

export async function runMcp(args: readonly string[], out: NodeJS.WritableStream): Promise<number> {
    if (args.includes('--help') || args.includes('-h')) {
        out.write(`Usage: ${MCP_USAGE}\nTools: ${TOOLS.map(tool => tool.name).join(', ')}. See docs/mcp.md.\n`);
        return 0;
    }
    const options = args.filter(arg => arg.startsWith('-'));
    if (options.length > 0) throw new UsageError(`unknown option '${options[0]}'. Usage: ${MCP_USAGE}`);
    if (args.length > 1) throw new UsageError(`give one folder, not ${args.length}. Usage: ${MCP_USAGE}`);
    const root = path.resolve(args[0] ?? '.');
    let isFolder = false;
    try { isFolder = statSync(root).isDirectory(); } catch { /* reported below */ }
    if (!isFolder) throw new UsageError(`${args[0] ?? root}: no such folder`);
    const workspace = new FolderWorkspace(root);
    // Read the folder now, so the first question does not wait for it.
    void workspace.withCurrentModel(() => undefined).catch(error => process.stderr.write(`sts mcp: ${error instanceof Error ? error.message : String(error)}\n`));
    workspace.watch();
    await serveStdio(workspace);
    workspace.dispose();
    return 0;
}

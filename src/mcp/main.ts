/**
 * The `sts mcp` bundle (dist/mcp.cjs): loaded by the command line for `sts mcp`,
 * and started directly by the VS Code extension's MCP server definition
 * (`node dist/mcp.cjs <folder>`), which ships without the command line.
 */
import * as path from 'node:path';
import { UsageError } from '../services/cli-error.js';
import { runMcp } from './run-mcp.js';

export { runMcp };

if (path.basename(process.argv[1] ?? '') === 'mcp.cjs') {
    runMcp(process.argv.slice(2), process.stdout).then(code => { process.exitCode = code; }, error => {
        process.stderr.write(`sts mcp: ${error instanceof UsageError ? error.message : `internal error: ${error instanceof Error ? error.message : String(error)}`}\n`);
        process.exitCode = 2;
    });
}

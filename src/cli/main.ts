/**
 * `sts`: the command line. Exit codes: 0 clean, 1 findings at error level (or
 * more warnings than --max-warnings), 2 bad usage, unreadable input or a broken
 * configuration (one line each on stderr, never a stack trace).
 */
import { runCheck } from './check.js';
import { ConfigError } from './load-workspace.js';
import { runReport } from './report.js';
import { DIAGRAM_USAGE } from './diagram-usage.js';
import { UsageError } from './usage-error.js';

const USAGE = `Usage: sts check [options] <files or folders...>
       sts report [options] <files or folders...> [-o report.md]
       ${DIAGRAM_USAGE}
       sts mcp [folder]

Commands:
  check   report the findings of the .sts files (folders are searched recursively)
  report  write a report for the owner: findings by area, RACI and training matrices,
          single points of failure, automation candidates, feedback coverage, exceptions
  diagram draw the system as an SVG picture (system, process or training view)
  mcp     answer an AI assistant's questions about the model (Model Context Protocol over stdio; docs/mcp.md)

Options of check and report:
  --format, -f       check: text (default), json, sarif; report: md (default), html
  --output, -o FILE  write to FILE (whole or not at all) instead of standard output
  --config FILE      use this configuration instead of the nearest sts.config.json
  --rule id=severity set a rule's severity (off, hint, info, warning, error); repeatable
  --max-warnings N   check: exit 1 when there are more than N warnings
  --quiet, -q        check: show errors only; no progress line

Exit codes: 0 clean, 1 errors or too many warnings, 2 usage, input or configuration error.`;

export async function main(argv: readonly string[]): Promise<number> {
    const [command, ...rest] = argv;
    try {
        switch (command) {
            case 'check': return await runCheck(rest, process.stdout);
            case 'report': return await runReport(rest, process.stdout);
            // loaded on demand: the layout engine costs every other command its start-up time
            case 'diagram': return await (await import('./diagram.js')).runDiagram(rest, process.stdout);
            // the MCP server and its SDK are a bundle of their own (dist/mcp.cjs), loaded only for `sts mcp`
            case 'mcp': return await (await import('../mcp/main.js')).runMcp(rest, process.stdout);
            case undefined: case '-h': case '--help': case 'help':
                process.stdout.write(USAGE + '\n');
                return command === undefined ? 2 : 0;
            default:
                throw new UsageError(`unknown command '${command}'. Run 'sts --help' for the commands.`);
        }
    } catch (error) {
        if (error instanceof ConfigError) {
            process.stderr.write(error.lines().join('\n') + '\n');
            return 2;
        }
        if (error instanceof UsageError) {
            process.stderr.write(`sts: ${error.message}\n`);
            return 2;
        }
        process.stderr.write(`sts: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
        return 2;
    }
}

main(process.argv.slice(2)).then(code => { process.exitCode = code; });

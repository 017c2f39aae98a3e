/**
 * `sts`: the command line. Exit codes: 0 clean, 1 findings at error level,
 * 2 bad usage or unreadable input (one line on stderr, never a stack trace).
 */
import { runCheck } from './check.js';
import { DIAGRAM_USAGE, runDiagram } from './diagram.js';
import { UsageError } from './usage-error.js';

const USAGE = `Usage: sts check <files or folders...>
       ${DIAGRAM_USAGE}

Commands:
  check   report the findings of the .sts files (folders are searched recursively)
  diagram draw the system as an SVG picture (system, process or training view)`;

export async function main(argv: readonly string[]): Promise<number> {
    const [command, ...rest] = argv;
    try {
        switch (command) {
            case 'check': return await runCheck(rest, process.stdout);
            case 'diagram': return await runDiagram(rest, process.stdout);
            case undefined: case '-h': case '--help': case 'help':
                process.stdout.write(USAGE + '\n');
                return command === undefined ? 2 : 0;
            default:
                throw new UsageError(`unknown command '${command}'. Run 'sts --help' for the commands.`);
        }
    } catch (error) {
        if (error instanceof UsageError) {
            process.stderr.write(`sts: ${error.message}\n`);
            return 2;
        }
        process.stderr.write(`sts: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
        return 2;
    }
}

main(process.argv.slice(2)).then(code => { process.exitCode = code; });

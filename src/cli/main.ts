/**
 * `sts`: the command line. Exit codes: 0 clean, 1 findings at error level (or
 * more warnings than --max-warnings), 2 bad usage, unreadable input or a broken
 * configuration (one line each on stderr, never a stack trace). The commands
 * are declared in commands.ts.
 */
import { STS_VERSION } from '../config/rule-docs.js';
import { CliError, UsageError } from '../services/cli-error.js';
import type { CommandIo } from './command.js';
import { COMMANDS, findCommand } from './commands.js';
import { commandHelp, generalHelp } from './help.js';
import { openOutput } from './output.js';
import { parseArguments } from './parse-arguments.js';
import { escapeControls } from './terminal-text.js';

const HELP = ['-h', '--help', 'help'];

export async function main(argv: readonly string[], io: CommandIo = processIo()): Promise<number> {
    try {
        const [first] = argv;
        if (first === undefined) throw new UsageError(`no command given; the commands are ${COMMANDS.map(command => command.name).join(', ')}. Run 'sts --help' for more.`);
        if (HELP.includes(first)) return help(argv.slice(1), io);
        if (first === '-v' || first === '--version' || first === 'version') {
            io.stdout.write(`${STS_VERSION}\n`);
            return 0;
        }
        const found = findCommand(argv);
        if (!found) throw unknownCommand(first);
        if (wantsHelp(found.args)) {
            io.stdout.write(commandHelp(found.spec));
            return 0;
        }
        return await found.spec.run(parseArguments(found.spec, found.args), io);
    } catch (error) {
        return report(error, io);
    }
}

/** `sts help`, `sts --help`, `sts help check`. */
function help(args: readonly string[], io: CommandIo): number {
    if (args.length === 0) {
        io.stdout.write(generalHelp(COMMANDS));
        return 0;
    }
    const found = findCommand(args);
    if (!found) throw unknownCommand(args[0]!);
    io.stdout.write(commandHelp(found.spec));
    return 0;
}

/** `-h`/`--help` anywhere before a `--`. */
function wantsHelp(args: readonly string[]): boolean {
    const end = args.indexOf('--');
    return (end === -1 ? args : args.slice(0, end)).some(argument => argument === '-h' || argument === '--help');
}

function unknownCommand(given: string): UsageError {
    const hint = given.startsWith('-') ? `unknown option '${given}'` : `unknown command '${given}'`;
    return new UsageError(`${hint}. Run 'sts --help' for the commands.`);
}

/** Every failure ends here: a known one as its line(s), anything else as one line, never a stack trace; exit 2. */
function report(error: unknown, io: CommandIo): number {
    const lines = error instanceof CliError ? error.lines() : [`sts: internal error: ${error instanceof Error ? error.message : String(error)}`];
    io.stderr.write(lines.map(line => escapeControls(line.replace(/\s*\n\s*/g, ' '))).join('\n') + '\n');
    return 2;
}

function processIo(): CommandIo {
    return {
        stdout: process.stdout,
        stderr: process.stderr,
        output: (file, inputs, options) => openOutput(file, inputs, process.stdout, options)
    };
}

void main(process.argv.slice(2)).then(code => { process.exitCode = code; });

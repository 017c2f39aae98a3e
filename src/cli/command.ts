/**
 * What a subcommand of `sts` declares: its name, one-line summary, usage, the
 * options it takes and the function that runs it. The table of all commands is
 * in commands.ts; parse-arguments.ts reads a command line against a declaration,
 * help.ts prints it.
 */
import type { Output } from './output.js';

export interface OptionSpec {
    readonly type: 'string' | 'boolean';
    /** one letter: `-o` */
    readonly short?: string;
    /** may be given several times (values collected in order) */
    readonly multiple?: boolean;
    /** what the value is, for the help: `FILE`, `N`, `id=severity` */
    readonly value?: string;
    /** the only values allowed (checked before the command runs) */
    readonly choices?: readonly string[];
    /** a whole number of 0 or more (checked before the command runs) */
    readonly count?: boolean;
    readonly description: string;
}

export interface CommandSpec {
    /** one word or two (`import bpmn`) */
    readonly name: string;
    /** one line for `sts --help` */
    readonly summary: string;
    /** after `Usage: `, e.g. `sts check [options] <files or folders...>` */
    readonly usage: string;
    readonly options: Readonly<Record<string, OptionSpec>>;
    /** how many positional arguments it takes and what they are called in messages */
    readonly positionals: { readonly min: number; readonly max?: number; readonly missing: string };
    /** further lines for `sts <command> --help` (examples, exit codes) */
    readonly details?: string;
    /** runs the command; loaded lazily (a dynamic import) when it needs a large module */
    readonly run: (input: CommandInput, io: CommandIo) => Promise<number>;
}

/** A command line read against a CommandSpec: every value already checked against its option's declaration. */
export interface CommandInput {
    readonly positionals: readonly string[];
    /** a string option's value (the last one given), if given */
    string(name: string): string | undefined;
    /** every value of a repeatable option, in order */
    strings(name: string): readonly string[];
    flag(name: string): boolean;
    /** a `count` option's value, if given */
    count(name: string): number | undefined;
}

export interface CommandIo {
    readonly stdout: NodeJS.WritableStream;
    readonly stderr: NodeJS.WritableStream;
    /**
     * Where the command's result goes: `-o FILE` (refused if it is one of the
     * inputs or a .sts file; written whole via a temporary file) or stdout.
     */
    output(file: string | undefined, inputs: readonly string[], options?: { readonly writesSts?: boolean }): Output;
}

/**
 * Reads a subcommand's arguments against its declaration (command.ts) with
 * Node's own tokenizer, and checks every value before the command runs, so
 * any mistake is one line in plain words (exit code 2) and no work is done.
 */
import { parseArgs } from 'node:util';
import { closestName } from '../language/closest-name.js';
import { UsageError } from '../services/cli-error.js';
import type { CommandInput, CommandSpec, OptionSpec } from './command.js';

export function parseArguments(spec: CommandSpec, args: readonly string[]): CommandInput {
    const { tokens } = parseArgs({ args: [...args], options: nodeOptions(spec), allowPositionals: true, strict: false, tokens: true });
    const values = new Map<string, string[]>();
    const flags = new Set<string>();
    const positionals: string[] = [];
    for (const token of tokens) {
        if (token.kind === 'positional') positionals.push(token.value);
        if (token.kind !== 'option') continue;
        const option = spec.options[token.name];
        if (!option) throw unknownOption(spec, token.rawName);
        const flag = `--${token.name}`;
        if (option.type === 'boolean') {
            if (token.value !== undefined) throw new UsageError(`${flag} takes no value (remove '=${token.value}').`);
            flags.add(token.name);
            continue;
        }
        const value = token.value;
        if (value === undefined || (!token.inlineValue && looksLikeOption(value))) {
            const given = value === undefined ? '' : ` before '${value}'`;
            throw new UsageError(`${token.rawName} needs a value${given}: ${token.rawName} ${option.value ?? 'VALUE'}. Run 'sts ${spec.name} --help' for its options.`);
        }
        checkValue(flag, option, value);
        values.set(token.name, [...(values.get(token.name) ?? []), value]);
    }
    checkPositionals(spec, positionals);
    return {
        positionals,
        string: name => values.get(name)?.at(-1),
        strings: name => values.get(name) ?? [],
        flag: name => flags.has(name),
        count: name => {
            const value = values.get(name)?.at(-1);
            return value === undefined ? undefined : Number(value);
        }
    };
}

function nodeOptions(spec: CommandSpec): NonNullable<Parameters<typeof parseArgs>[0]>['options'] {
    return Object.fromEntries(Object.entries(spec.options).map(([name, option]) =>
        [name, { type: option.type, multiple: true, ...(option.short ? { short: option.short } : {}) }]));
}

/** `-o --quiet` is a forgotten value, `--max-warnings -1` a bad one (reported as such by checkValue). */
function looksLikeOption(value: string): boolean {
    return value.startsWith('-') && value !== '-' && !/^-\d/.test(value);
}

function unknownOption(spec: CommandSpec, raw: string): UsageError {
    const names = Object.keys(spec.options).map(name => `--${name}`);
    const near = raw.startsWith('--') ? closestName(raw.split('=')[0]!, names) : undefined;
    const hint = near ? `did you mean ${near}?` : `run 'sts ${spec.name} --help' for its options.`;
    return new UsageError(`unknown option '${raw}' for sts ${spec.name}; ${hint}`);
}

function checkValue(flag: string, option: OptionSpec, value: string): void {
    if (option.choices && !option.choices.includes(value)) {
        const near = closestName(value, option.choices);
        throw new UsageError(`${flag}: '${value}' is not one of ${option.choices.join(', ')}${near ? `; did you mean ${near}?` : '.'}`);
    }
    if (option.count && !/^\d{1,15}$/.test(value)) throw new UsageError(`${flag}: '${value}' is not a whole number of 0 or more.`);
}

function checkPositionals(spec: CommandSpec, positionals: readonly string[]): void {
    const { min, max, missing } = spec.positionals;
    if (positionals.length < min) throw new UsageError(`${missing} Usage: ${spec.usage}`);
    if (max !== undefined && positionals.length > max) {
        const extra = positionals.slice(max).map(value => `'${value}'`).join(' ');
        throw new UsageError(`sts ${spec.name} takes ${max === 0 ? 'no arguments' : `at most ${max} argument${max === 1 ? '' : 's'}`}; unexpected ${extra}. Usage: ${spec.usage}`);
    }
}

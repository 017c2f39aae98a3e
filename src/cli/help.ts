/** `sts --help` (every command) and `sts <command> --help` (one command's options), made from the command table. */
import type { CommandSpec, OptionSpec } from './command.js';

export function generalHelp(commands: readonly CommandSpec[]): string {
    const width = commands.reduce((widest, command) => Math.max(widest, command.name.length), 0) + 2;
    return [
        'sts: describe a business as a socio-technical system in .sts files, and check it.',
        '',
        'Usage:',
        ...commands.map(command => `  ${command.usage}`),
        '',
        'Commands:',
        ...commands.map(command => `  ${command.name.padEnd(width)}${command.summary}`),
        '',
        'Options:',
        '  -h, --help     show this help; `sts <command> --help` shows a command\'s options',
        '  -v, --version  show the version',
        '',
        'Exit codes: 0 clean, 1 errors or too many warnings, 2 usage, input or configuration error.',
        ''
    ].join('\n');
}

export function commandHelp(command: CommandSpec): string {
    const rows = Object.entries(command.options).map(([name, option]) => [optionLabel(name, option), option.description] as const);
    rows.push(['-h, --help', 'show this help']);
    const width = rows.reduce((widest, [label]) => Math.max(widest, label.length), 0) + 2;
    return [
        `Usage: ${command.usage}`,
        '',
        command.summary.charAt(0).toUpperCase() + command.summary.slice(1) + '.',
        '',
        'Options:',
        ...rows.map(([label, description]) => `  ${label.padEnd(width)}${description}`),
        ...(command.details ? ['', command.details] : []),
        ''
    ].join('\n');
}

function optionLabel(name: string, option: OptionSpec): string {
    const flag = `${option.short ? `-${option.short}, ` : '    '}--${name}`;
    return option.type === 'string' ? `${flag} ${option.value ?? 'VALUE'}` : flag;
}

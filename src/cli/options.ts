/**
 * The flags of `sts check` and `sts report`, read with Node's own parser and
 * checked up front, so a mistake is one line and exit code 2 before any work.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { catalogue } from '../config/catalogue.js';
import { SEVERITY_NAMES } from '../config/config-file.js';
import type { SeveritySetting } from '../rules/rule.js';
import { closestName } from '../validation/closest-name.js';
import { UsageError } from './usage-error.js';

export const CHECK_FORMATS = ['text', 'json', 'sarif'] as const;
export const REPORT_FORMATS = ['md', 'markdown', 'html'] as const;

export interface CommonOptions {
    readonly paths: readonly string[];
    readonly config: string | undefined;
    readonly rules: ReadonlyMap<string, SeveritySetting>;
    readonly quiet: boolean;
    readonly output: string | undefined;
}

export interface CheckOptions extends CommonOptions {
    readonly format: (typeof CHECK_FORMATS)[number];
    readonly maxWarnings: number | undefined;
}

export interface ReportOptions extends CommonOptions {
    readonly format: 'md' | 'html';
}

const COMMON = {
    config: { type: 'string' },
    rule: { type: 'string', multiple: true },
    quiet: { type: 'boolean', short: 'q' },
    output: { type: 'string', short: 'o' },
    format: { type: 'string', short: 'f' }
} as const;

export function parseCheckOptions(args: readonly string[]): CheckOptions {
    const { values, positionals } = parse(args, { ...COMMON, 'max-warnings': { type: 'string' } });
    const format = oneOf(values.format ?? 'text', CHECK_FORMATS, '--format');
    const maxWarnings = values['max-warnings'] === undefined ? undefined : count(values['max-warnings'], '--max-warnings');
    return { ...common(values, positionals), format, maxWarnings };
}

export function parseReportOptions(args: readonly string[]): ReportOptions {
    const { values, positionals } = parse(args, COMMON);
    const format = oneOf(values.format ?? 'md', REPORT_FORMATS, '--format');
    return { ...common(values, positionals), format: format === 'html' ? 'html' : 'md' };
}

type Values = { config?: string; rule?: string[]; quiet?: boolean; output?: string; format?: string; 'max-warnings'?: string };

function parse(args: readonly string[], options: ParseArgsConfig['options']): { values: Values; positionals: string[] } {
    try {
        const { values, positionals } = parseArgs({ args: [...args], options, allowPositionals: true, strict: true });
        return { values: values as Values, positionals };
    } catch (error) {
        // Node's messages already name the flag ("Unknown option '--formt'"); keep them, minus the hint about `--`.
        throw new UsageError(String((error as Error).message).replace(/\. To specify a positional argument.*$/s, '').trim());
    }
}

function common(values: Values, positionals: string[]): CommonOptions {
    if (positionals.length === 0) throw new UsageError('no files or folders given; name the .sts files or the folders that hold them.');
    if (values.output === '') throw new UsageError('-o needs a file name.');
    return {
        paths: positionals,
        config: values.config,
        rules: ruleOverrides(values.rule ?? []),
        quiet: values.quiet ?? false,
        output: values.output
    };
}

/** `--rule id=severity`, repeatable; the last one for an id wins. */
function ruleOverrides(flags: readonly string[]): Map<string, SeveritySetting> {
    const overrides = new Map<string, SeveritySetting>();
    for (const flag of flags) {
        const match = /^([^=\s]+)=(\S+)$/.exec(flag.trim());
        if (!match) throw new UsageError(`--rule ${flag}: write --rule <rule-id>=<severity>, e.g. --rule untrained-user=error.`);
        const [, id, severity] = match as unknown as [string, string, string];
        if (!catalogue().has(id)) {
            const suggestion = closestName(id, catalogue().keys());
            throw new UsageError(`--rule ${flag}: no rule named ${id}${suggestion ? `; did you mean ${suggestion}?` : '.'}`);
        }
        overrides.set(id, oneOf(severity, SEVERITY_NAMES, `--rule ${id}`));
    }
    return overrides;
}

function oneOf<T extends string>(value: string, allowed: readonly T[], flag: string): T {
    if ((allowed as readonly string[]).includes(value)) return value as T;
    throw new UsageError(`${flag}: '${value}' is not one of ${allowed.join(', ')}.`);
}

function count(value: string, flag: string): number {
    if (!/^\d+$/.test(value)) throw new UsageError(`${flag}: '${value}' is not a whole number of 0 or more.`);
    return Number(value);
}

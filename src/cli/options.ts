/**
 * What the options of `sts check` and `sts report` mean once read (their
 * declarations are in commands.ts; parse-arguments.ts has already checked each
 * value against them).
 */
import { catalogue } from '../config/catalogue.js';
import { SEVERITY_NAMES } from '../config/config-file.js';
import type { SeveritySetting } from '../rules/rule.js';
import { closestName } from '../language/closest-name.js';
import { UsageError } from '../services/cli-error.js';
import type { CommandInput } from './command.js';
import type { CHECK_FORMATS } from './commands.js';

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

export function checkOptions(input: CommandInput): CheckOptions {
    const format = (input.string('format') ?? 'text') as CheckOptions['format'];
    return { ...commonOptions(input), format, maxWarnings: input.count('max-warnings') };
}

export function reportOptions(input: CommandInput): ReportOptions {
    return { ...commonOptions(input), format: input.string('format') === 'html' ? 'html' : 'md' };
}

function commonOptions(input: CommandInput): CommonOptions {
    return {
        paths: input.positionals,
        config: input.string('config'),
        rules: ruleOverrides(input.strings('rule')),
        quiet: input.flag('quiet'),
        output: input.string('output')
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
        if (!(SEVERITY_NAMES as readonly string[]).includes(severity)) {
            throw new UsageError(`--rule ${id}: '${severity}' is not one of ${SEVERITY_NAMES.join(', ')}.`);
        }
        overrides.set(id, severity as SeveritySetting);
    }
    return overrides;
}

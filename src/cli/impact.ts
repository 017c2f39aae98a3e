/**
 * `sts impact OLD NEW` and `sts impact --since REV [paths]`: what a change to the
 * business does to its people, before it is made. Exit code 1 with
 * `--fail-on new-findings` when the new state has findings the old did not
 * (`new-errors`: only errors), 2 for bad usage or unreadable input.
 */
import { compareModelStates } from '../impact/compare-model-states.js';
import { formatImpact, type ImpactFormat } from '../impact/format-impact.js';
import type { ImpactReport } from '../impact/impact-items.js';
import { plannedStates } from '../impact/planned-states.js';
import { stateAtRevision, stateFromPaths, type ModelState } from '../impact/sides.js';
import { UsageError } from '../services/cli-error.js';
import type { CommandInput, CommandIo } from './command.js';

export interface ImpactOptions {
    readonly before: ModelState;
    readonly after: ModelState;
    readonly format: ImpactFormat;
    readonly output: string | undefined;
    readonly failOn: 'new-findings' | 'new-errors' | undefined;
    readonly config: string | undefined;
}

/**
 * The two states from the command line: `<before> <after>`; `--since REV [paths]` (the paths at
 * the revision, and as they are now); or one file or folder whose `planned` and `retiring`
 * elements carry the change (now, and once it is done).
 */
export function impactOptions(input: CommandInput, cwd = process.cwd()): ImpactOptions {
    const positionals = input.positionals;
    const since = input.string('since');
    const common = {
        format: (input.string('format') ?? 'text') as ImpactFormat,
        failOn: input.string('fail-on') as ImpactOptions['failOn'],
        output: input.string('output'),
        config: input.string('config')
    };
    if (since !== undefined) {
        const paths = positionals.length > 0 ? positionals : ['.'];
        return { ...common, before: stateAtRevision(since, paths, cwd), after: { ...stateFromPaths(paths), label: `${paths.join(', ')} (working copy)` } };
    }
    if (positionals.length === 1) {
        const { now, planned } = plannedStates(stateFromPaths(positionals));
        return { ...common, before: now, after: planned };
    }
    if (positionals.length !== 2) {
        throw new UsageError(`impact compares two states: 'sts impact <before> <after>' (files or folders), 'sts impact --since <revision> [paths]', or one model with planned and retiring elements.`);
    }
    return { ...common, before: stateFromPaths([positionals[0]!]), after: stateFromPaths([positionals[1]!]) };
}

export async function runImpact(input: CommandInput, io: CommandIo): Promise<number> {
    const options = impactOptions(input);
    const inputs = [...options.before.texts, ...options.after.texts].map(text => text.file);
    const output = io.output(options.output, inputs);
    const { report, names, diagram } = await compareModelStates(options.before, options.after, options.config);
    if (options.format === 'html') output.write(await (await import('../impact/impact-html.js')).impactHtml(report, names, diagram), 'text');
    else output.write(formatImpact(report, options.format, names), options.format === 'json' ? 'json' : 'text');
    return exitCode(report, options);
}

function exitCode(report: ImpactReport, options: ImpactOptions): number {
    const introduced = report.items.filter(item => item.kind === 'finding-introduced' || item.kind === 'single-point-created' || item.kind === 'rekeying-added');
    if (options.failOn === 'new-findings') return introduced.length > 0 ? 1 : 0;
    if (options.failOn === 'new-errors') return introduced.some(item => item.severity === 'error') ? 1 : 0;
    return 0;
}

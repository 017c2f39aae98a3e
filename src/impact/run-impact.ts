/**
 * `sts impact OLD NEW` and `sts impact --since REV [paths]`: what a change to the
 * business does to its people, before it is made. Exit code 1 with
 * `--fail-on new-findings` when the new state has findings the old did not
 * (`new-errors`: only errors), 2 for bad usage or unreadable input.
 */
import { loadTexts, type LoadedWorkspace } from '../cli/load-workspace.js';
import type { DiagramModel } from '../diagram/model/diagram-model.js';
import { diagramModelOfDocument } from '../diagram/model/model-of-document.js';
import { markChanges } from './diagram-changes.js';
import { UsageError } from '../cli/cli-error.js';
import type { CommandInput, CommandIo } from '../cli/command.js';
import { compareStates } from './compare.js';
import { factsOf } from './facts.js';
import { formatImpact, type ImpactFormat, type PeopleNames } from './format-impact.js';
import type { ImpactReport } from './impact-items.js';
import { plannedStates } from './planned-states.js';
import { findRenames } from './renames.js';
import { stateAtRevision, stateFromPaths, type ModelState } from './sides.js';

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

export interface ComparedStates {
    readonly report: ImpactReport;
    readonly names: PeopleNames;
    /** The new state's diagram model, each element and relation marked added, changed or removed (put back, to draw faded). */
    readonly diagram: DiagramModel;
}

/** The comparison of two states, each loaded into a workspace of its own and checked with the project's rules. */
export async function compareModelStates(before: ModelState, after: ModelState, config?: string): Promise<ComparedStates> {
    const load = (state: ModelState) => loadTexts(state.texts.map(({ file, text }) => [file, text] as const), { config, quiet: true });
    const old = await load(before);
    const now = await load(after);
    const renames = findRenames(old.documents.flatMap(document => document.parseResult.value.elements), now.documents.flatMap(document => document.parseResult.value.elements));
    const oldFacts = factsOf(old.services, old.documents, renames);
    const newFacts = factsOf(now.services, now.documents);
    const report = compareStates(oldFacts, newFacts, renames, { before: before.label, after: after.label });
    const titles = new Map<string, string | undefined>();
    for (const facts of [oldFacts, newFacts]) for (const actor of facts.actors.values()) titles.set(actor.name, actor.title);
    const diagram = markChanges(diagramModelOf(old), diagramModelOf(now), renames);
    return { report, names: { titles, order: [...newFacts.actors.keys(), ...oldFacts.actors.keys()] }, diagram };
}

export async function runImpact(input: CommandInput, io: CommandIo): Promise<number> {
    const options = impactOptions(input);
    const inputs = [...options.before.texts, ...options.after.texts].map(text => text.file);
    const output = io.output(options.output, inputs);
    const { report, names, diagram } = await compareModelStates(options.before, options.after, options.config);
    if (options.format === 'html') output.write(await (await import('./impact-html.js')).impactHtml(report, names, diagram), 'text');
    else output.write(formatImpact(report, options.format, names), options.format === 'json' ? 'json' : 'text');
    return exitCode(report, options);
}

/** The diagram model of a state (of its first file's system); nothing to draw when the state has no files. */
function diagramModelOf(state: LoadedWorkspace): DiagramModel {
    const first = state.documents[0];
    return first ? diagramModelOfDocument(state.services, first) : { system: '', nodes: [], edges: [], unplacedFindings: [] };
}

function exitCode(report: ImpactReport, options: ImpactOptions): number {
    const introduced = report.items.filter(item => item.kind === 'finding-introduced' || item.kind === 'single-point-created' || item.kind === 'rekeying-added');
    if (options.failOn === 'new-findings') return introduced.length > 0 ? 1 : 0;
    if (options.failOn === 'new-errors') return introduced.some(item => item.severity === 'error') ? 1 : 0;
    return 0;
}

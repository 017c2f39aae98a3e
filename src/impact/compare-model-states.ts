/**
 * Two states of a business compared: each loaded into a workspace of its own,
 * checked with the project's rules, and its facts compared (renames found
 * first, so a renamed element is not a removal and an addition); the new
 * state's diagram marked with what changed.
 */
import type { DiagramModel } from '../diagram/model/diagram-model.js';
import { diagramModelOfDocument } from '../diagram/model/model-of-document.js';
import { loadTexts, type LoadedWorkspace } from '../services/load-workspace.js';
import { compareStates } from './compare.js';
import { markChanges } from './diagram-changes.js';
import { factsOf } from './facts.js';
import type { PeopleNames } from './format-impact.js';
import type { ImpactReport } from './impact-items.js';
import { findRenames } from './renames.js';
import type { ModelState } from './sides.js';

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

/** The diagram model of a state (of its first file's system); nothing to draw when the state has no files. */
function diagramModelOf(state: LoadedWorkspace): DiagramModel {
    const first = state.documents[0];
    return first ? diagramModelOfDocument(state.services, first) : { system: '', nodes: [], edges: [], unplacedFindings: [] };
}

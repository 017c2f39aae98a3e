/**
 * The report's tables read from the same findings `sts check` reports and from the
 * business's people in the model index (docs/people.md) — never recomputed on their
 * own — so the report and the checker cannot disagree: a single point of failure in
 * the report is a single-point-of-failure finding, an automation candidate an
 * automation-candidate finding, an open loop a missing-feedback-loop finding, and an
 * "uses, untrained" cell a person the untrained-user rule asks to be trained.
 */
import type { Actor, Process, Tool } from '../language/generated/ast.js';
import type { SystemIndex } from '../model/system-index.js';
import type { ReportedFinding } from './findings.js';

export interface SinglePoint {
    readonly kind: 'tool' | 'skill' | 'task';
    readonly name: string;
    readonly people: readonly string[];
    readonly message: string;
}

export function singlePointsFrom(findings: readonly ReportedFinding[]): SinglePoint[] {
    return findings.filter(finding => finding.rule === 'single-point-of-failure').map(finding => ({
        kind: kindOf(finding.data?.['kind']),
        name: nameIn(finding.data?.['element']),
        people: stringList(finding.data?.['people']),
        message: finding.message
    }));
}

export interface AutomationCandidate {
    readonly task: string;
    readonly owner: string | undefined;
    readonly marks: readonly string[];
    readonly tools: readonly string[];
}

export function automationFrom(index: SystemIndex, findings: readonly ReportedFinding[]): AutomationCandidate[] {
    return findings.filter(finding => finding.rule === 'automation-candidate').map(finding => {
        const name = nameIn(finding.data?.['task']);
        const task = index.tasks.find(candidate => candidate.name === name);
        return {
            task: name,
            owner: task?.owner?.ref?.name,
            marks: task ? [task.repetitive && 'repetitive', task.ruleBased && 'rule-based', task.errorProne && 'error-prone'].filter((mark): mark is string => typeof mark === 'string') : [],
            tools: stringList(finding.data?.['tools'])
        };
    });
}

/** A process's loop is open exactly when check reports missing-feedback-loop for it. */
export function loopClosed(process: Process, findings: readonly ReportedFinding[]): boolean {
    return !findings.some(finding => finding.rule === 'missing-feedback-loop' && finding.data?.['process'] === process.name);
}

/** Feedback that closes a process's loop: it reaches an owner of the business, at a cadence. */
export function reachesOwner(index: SystemIndex, process: Process, target: Actor | undefined, hasCadence: boolean): boolean {
    return target !== undefined && hasCadence && index.people.reaches(target, index.people.ownersOf(process));
}

export type TrainingCell = 'trained' | 'uses-untrained' | 'not-needed';

/**
 * Everyone who must work a tool or was trained on one × the tools that need training:
 * trained; "uses, untrained" (exactly the people untrained-user asks to be trained); or not needed.
 */
export function trainingMatrixFrom(index: SystemIndex): { readonly tools: readonly string[]; readonly rows: ReadonlyArray<{ readonly actor: string; readonly cells: readonly TrainingCell[] }> } {
    const people = index.people;
    const tools = [...new Set(index.tools)].filter(tool => people.needsTraining(tool)
        && (people.toolPlaces(tool).length > 0 || index.actorsTrainedOn(tool).length > 0));
    const workers = new Map<Tool, Set<Actor>>(tools.map(tool => [tool, new Set(people.toolWorkers(tool))]));
    const actors = index.actors.filter(actor => tools.some(tool => workers.get(tool)!.has(actor) || index.isTrainedOn(actor, tool)));
    return {
        tools: tools.map(tool => tool.name),
        rows: actors.map(actor => ({
            actor: actor.name,
            cells: tools.map((tool): TrainingCell => people.isTrained(actor, tool) ? 'trained' : workers.get(tool)!.has(actor) ? 'uses-untrained' : 'not-needed')
        }))
    };
}

function kindOf(value: unknown): SinglePoint['kind'] {
    return value === 'tool' || value === 'skill' ? value : 'task';
}

function stringList(value: unknown): string[] {
    return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

/** A name the rule put in its facts ('' when there is none). */
function nameIn(value: unknown): string {
    return typeof value === 'string' ? value : '';
}

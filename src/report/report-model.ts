/**
 * What a report says about each system, computed from the shared SystemIndex
 * and the findings of the checked workspace; the renderers (Markdown, HTML)
 * only lay it out. Everything is in the model's own names, in declaration order.
 */
import type { LangiumDocument } from 'langium';
import type { Actor, Cadence, Process, Subject, Task, Tool } from '../language/generated/ast.js';
import { isModel } from '../language/generated/ast.js';
import type { StsServices } from '../language/sts-module.js';
import type { SystemIndex } from '../model/system-index.js';
import { systemKeyOf } from '../workspace/system-partitions.js';
import { AREAS, areaOf, type Area } from './areas.js';
import { displayPath, type CheckedFindings, type ReportedFinding, type SilencedFinding } from './findings.js';

/** The letters an actor has for a task, in the order A, R, C, I, E, joined by `/` (`A/R`, `C`, ''). */
export type RaciCell = string;
export type TrainingCell = 'trained' | 'uses-untrained' | 'not-needed';

export interface SystemReport {
    readonly name: string;
    readonly title: string | undefined;
    readonly files: readonly string[];
    readonly counts: Readonly<Record<'error' | 'warning' | 'info' | 'hint', number>>;
    readonly areas: ReadonlyArray<{ readonly area: Area; readonly findings: readonly ReportedFinding[] }>;
    readonly raci: { readonly actors: readonly string[]; readonly rows: ReadonlyArray<{ readonly task: string; readonly processes: readonly string[]; readonly cells: readonly RaciCell[] }> };
    readonly training: { readonly tools: readonly string[]; readonly rows: ReadonlyArray<{ readonly actor: string; readonly cells: readonly TrainingCell[] }> };
    readonly singlePoints: ReadonlyArray<{ readonly kind: 'tool' | 'skill'; readonly name: string; readonly people: readonly string[]; readonly headcount: number }>;
    readonly minPeople: number;
    readonly automation: ReadonlyArray<{ readonly task: string; readonly owner: string | undefined; readonly marks: readonly string[]; readonly ownerTools: readonly string[] }>;
    readonly feedback: ReadonlyArray<ProcessFeedback>;
    readonly suppressions: readonly SilencedFinding[];
}

export interface ProcessFeedback {
    readonly process: string;
    readonly owner: string | undefined;
    readonly closed: boolean;
    readonly feedback: ReadonlyArray<{ readonly name: string; readonly from: string | undefined; readonly to: string | undefined; readonly cadence: string | undefined; readonly reachesOwner: boolean }>;
    readonly metrics: ReadonlyArray<{ readonly name: string; readonly owner: string | undefined; readonly review: string | undefined; readonly target: string | undefined }>;
}

export function buildReport(services: StsServices, documents: readonly LangiumDocument[], checked: CheckedFindings, cwd = process.cwd()): SystemReport[] {
    const systems = new Map<string, LangiumDocument[]>();
    for (const document of documents) {
        const key = systemKeyOf(document);
        const members = systems.get(key);
        if (members) members.push(document); else systems.set(key, [document]);
    }
    return [...systems.values()].map(members => systemReport(services, members, checked, cwd));
}

function systemReport(services: StsServices, documents: readonly LangiumDocument[], checked: CheckedFindings, cwd: string): SystemReport {
    const first = documents[0]!;
    const index = services.model.SystemIndexProvider.forDocument(first);
    const root = first.parseResult.value;
    const system = isModel(root) ? root.system : undefined;
    const uris = new Set(documents.map(document => document.uri.toString()));
    const findings = checked.findings.filter(finding => uris.has(finding.uri));
    const options = services.config.RuleSettings.forDocument(first).get('single-point-of-failure')?.options;
    const minPeople = typeof options?.['min-people'] === 'number' ? options['min-people'] : 2;
    return {
        name: system?.name ?? checked.files[0] ?? 'model',
        title: system?.title,
        files: documents.map(document => displayPath(document.uri.toString(), cwd)),
        counts: {
            error: findings.filter(finding => finding.severity === 'error').length,
            warning: findings.filter(finding => finding.severity === 'warning').length,
            info: findings.filter(finding => finding.severity === 'info').length,
            hint: findings.filter(finding => finding.severity === 'hint').length
        },
        areas: AREAS.map(area => ({ area, findings: findings.filter(finding => areaOf(finding.rule) === area) })),
        raci: raciMatrix(index),
        training: trainingMatrix(index),
        singlePoints: singlePoints(index, minPeople),
        minPeople,
        automation: automationCandidates(index),
        feedback: index.processes.map(process => processFeedback(index, process)),
        suppressions: checked.suppressed.filter(finding => uris.has(finding.uri))
    };
}

/**
 * Tasks × actors: A accountable owner, R performer, C consulted, I informed (the task's own, or its
 * processes'), E whom the task escalates to. Only actors with a role appear.
 */
function raciMatrix(index: SystemIndex): SystemReport['raci'] {
    const roles = new Map<Task, Map<Actor, Set<string>>>();
    const involved = new Set<Actor>();
    const mark = (task: Task, actor: Actor | undefined, letter: string) => {
        if (!actor) return;
        involved.add(actor);
        const row = roles.get(task) ?? new Map<Actor, Set<string>>();
        roles.set(task, row);
        const letters = row.get(actor) ?? new Set<string>();
        row.set(actor, letters);
        letters.add(letter);
    };
    for (const task of index.tasks) {
        mark(task, task.owner?.ref, 'A');
        for (const performer of task.performers) mark(task, performer.ref, 'R');
        const processes = index.processesOf(task);
        for (const consulted of [...task.consulted, ...processes.flatMap(process => process.consulted)]) mark(task, consulted.ref, 'C');
        for (const informed of [...task.informed, ...processes.flatMap(process => process.informed)]) mark(task, informed.ref, 'I');
        mark(task, task.escalatesTo?.ref, 'E');
    }
    const actors = index.actors.filter(actor => involved.has(actor));
    return {
        actors: actors.map(actor => actor.name),
        rows: index.tasks.map(task => ({
            task: task.name,
            processes: index.processesOf(task).map(process => process.name),
            cells: actors.map(actor => ['A', 'R', 'C', 'I', 'E'].filter(letter => roles.get(task)?.get(actor)?.has(letter)).join('/'))
        }))
    };
}

/** Actors × tools: trained, uses it without training (owns or performs a task using it, or sends work through it), or not needed. */
function trainingMatrix(index: SystemIndex): SystemReport['training'] {
    const uses = new Map<Actor, Set<Tool>>();
    const use = (actor: Actor | undefined, tool: Tool | undefined) => {
        if (!actor || !tool) return;
        const tools = uses.get(actor) ?? new Set<Tool>();
        uses.set(actor, tools);
        tools.add(tool);
    };
    for (const task of index.tasks) {
        const people = [task.owner?.ref, ...task.performers.map(performer => performer.ref)];
        for (const tool of task.uses) for (const person of people) use(person, tool.ref);
    }
    for (const handoff of index.handoffs) use(index.sender(handoff), handoff.via);
    const tools = index.tools.filter(tool => index.actors.some(actor => uses.get(actor)?.has(tool) || index.isTrainedOn(actor, tool)));
    const actors = index.actors.filter(actor => (uses.get(actor)?.size ?? 0) > 0 || tools.some(tool => index.isTrainedOn(actor, tool)));
    return {
        tools: tools.map(tool => tool.name),
        rows: actors.map(actor => ({
            actor: actor.name,
            cells: tools.map(tool => index.isTrainedOn(actor, tool) ? 'trained' : uses.get(actor)?.has(tool) ? 'uses-untrained' : 'not-needed')
        }))
    };
}

/** Tools in use and skills in need that fewer than `minPeople` people can handle (headcounts count). */
function singlePoints(index: SystemIndex, minPeople: number): SystemReport['singlePoints'] {
    // Teams with listed members are counted through their members, not twice.
    const people = index.actors.filter(actor => actor.members.length === 0 && isPerson(actor));
    const headcount = (actors: readonly Actor[]) => actors.reduce((sum, actor) => sum + (actor.count ?? 1), 0);
    const rows: Array<SystemReport['singlePoints'][number]> = [];
    const usedTools = new Set<Tool>();
    for (const task of index.tasks) for (const tool of task.uses) if (tool.ref) usedTools.add(tool.ref);
    for (const handoff of index.handoffs) if (handoff.via) usedTools.add(handoff.via);
    for (const tool of index.tools.filter(candidate => usedTools.has(candidate))) {
        const trained = people.filter(actor => index.isTrainedOn(actor, tool));
        if (headcount(trained) < minPeople) rows.push({ kind: 'tool', name: tool.name, people: trained.map(actor => actor.name), headcount: headcount(trained) });
    }
    const needed = [...new Set(index.tasks.flatMap(task => task.needs))];
    for (const skill of needed) {
        const skilled = people.filter(actor => actor.skills.includes(skill) || index.teams(actor).some(team => team.skills.includes(skill)));
        if (headcount(skilled) < minPeople) rows.push({ kind: 'skill', name: skill, people: skilled.map(actor => actor.name), headcount: headcount(skilled) });
    }
    return rows;
}

function isPerson(actor: Actor): boolean {
    return !['customer', 'external', 'agent'].includes(actor.kind ?? 'person');
}

/** Manual tasks marked repetitive, rule-based or error-prone: the work to hand to a tool first. */
function automationCandidates(index: SystemIndex): SystemReport['automation'] {
    return index.tasks
        .filter(task => !task.automatedBy && (task.repetitive || task.ruleBased || task.errorProne))
        .map(task => {
            const owner = task.owner?.ref;
            const ownerTools = owner ? [...new Set(index.ownedTasks(owner).flatMap(owned => owned.uses.map(tool => tool.ref?.name)).filter(isDefined))] : [];
            return {
                task: task.name,
                owner: owner?.name,
                marks: [task.repetitive && 'repetitive', task.ruleBased && 'rule-based', task.errorProne && 'error-prone'].filter(isString),
                ownerTools
            };
        });
}

function processFeedback(index: SystemIndex, process: Process): ProcessFeedback {
    const responsible = new Set<Actor>();
    if (process.owner?.ref) responsible.add(process.owner.ref);
    for (const task of index.tasksOf(process)) if (task.owner?.ref) responsible.add(task.owner.ref);
    const subjects: Subject[] = [process, ...index.tasksOf(process)];
    const feedbacks = [...new Set(subjects.flatMap(subject => index.feedbackOn(subject)))];
    const metrics = [...new Set(subjects.flatMap(subject => index.metricsOn(subject)))];
    const feedback = feedbacks.map(item => {
        const target = item.target?.ref;
        const source = item.source?.ref;
        return {
            name: item.name, from: source?.name, to: target?.name, cadence: cadenceText(item.cadence),
            reachesOwner: target !== undefined && responsible.has(target)
        };
    });
    const metricRows = metrics.map(metric => ({ name: metric.name, owner: metric.owner?.ref?.name, review: cadenceText(metric.review), target: metric.target }));
    return {
        process: process.name,
        owner: process.owner?.ref?.name,
        closed: feedback.some(item => item.reachesOwner) || metrics.some(metric => metric.owner?.ref !== undefined && metric.review !== undefined),
        feedback,
        metrics: metricRows
    };
}

function cadenceText(cadence: Cadence | undefined): string | undefined {
    if (!cadence) return undefined;
    if (cadence.period) return cadence.period;
    return cadence.count ? `every ${cadence.count} ${cadence.unit}` : `every ${cadence.unit}`;
}

function isDefined<T>(value: T | undefined): value is T {
    return value !== undefined;
}

function isString(value: string | false | undefined): value is string {
    return typeof value === 'string';
}

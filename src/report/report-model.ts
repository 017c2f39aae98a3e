/**
 * What a report says about each system, computed from the shared SystemIndex
 * and the findings of the checked workspace; the renderers (Markdown, HTML)
 * only lay it out. Everything is in the model's own names, in declaration order.
 */
import type { LangiumDocument } from 'langium';
import type { Actor, Cadence, Process, Subject, Task } from '../language/generated/ast.js';
import { isModel } from '../language/generated/ast.js';
import type { StsCoreServices } from '../validation/core-services.js';
import type { SystemIndex } from '../model/system-index.js';
import { systemKeyOf } from '../workspace/system-partitions.js';
import { AREAS, areaOf, type Area } from './areas.js';
import { actionList, type PersonActions } from './action-list.js';
import type { ReportDiagram } from './report-diagrams.js';
import type { CheckedFindings, ReportedFinding, SilencedFinding } from './findings.js';
import { displayPath } from '../workspace/display-path.js';
import { automationFrom, loopClosed, reachesOwner, singlePointsFrom, trainingMatrixFrom, type AutomationCandidate, type SinglePoint, type TrainingCell } from './from-check.js';

export type { TrainingCell };

/** The letters an actor has for a task, in the order A, R, C, I, E, joined by `/` (`A/R`, `C`, ''). */
export type RaciCell = string;

export interface SystemReport {
    readonly name: string;
    readonly title: string | undefined;
    readonly files: readonly string[];
    readonly counts: Readonly<Record<'error' | 'warning' | 'info' | 'hint', number>>;
    readonly areas: ReadonlyArray<{ readonly area: Area; readonly findings: readonly ReportedFinding[] }>;
    /** what to do first, grouped by who does it (every item a finding of `sts check`) */
    readonly actions: readonly PersonActions[];
    readonly raci: { readonly actors: readonly string[]; readonly rows: ReadonlyArray<{ readonly task: string; readonly processes: readonly string[]; readonly cells: readonly RaciCell[] }> };
    /** each process and who answers for it as a whole */
    readonly processOwners: ReadonlyArray<{ readonly process: string; readonly owner: string | undefined; readonly answers: boolean }>;
    readonly training: { readonly tools: readonly string[]; readonly rows: ReadonlyArray<{ readonly actor: string; readonly cells: readonly TrainingCell[] }> };
    readonly singlePoints: readonly SinglePoint[];
    readonly minPeople: number;
    readonly automation: readonly AutomationCandidate[];
    readonly feedback: ReadonlyArray<ProcessFeedback>;
    readonly suppressions: readonly SilencedFinding[];
    /** the HTML report's pictures (system view, each process's lanes); left out of the Markdown report */
    readonly diagrams?: readonly ReportDiagram[];
}

export interface ProcessFeedback {
    readonly process: string;
    readonly owner: string | undefined;
    readonly closed: boolean;
    readonly feedback: ReadonlyArray<{ readonly name: string; readonly from: string | undefined; readonly to: string | undefined; readonly cadence: string | undefined; readonly reachesOwner: boolean }>;
    readonly metrics: ReadonlyArray<{ readonly name: string; readonly owner: string | undefined; readonly review: string | undefined; readonly target: string | undefined }>;
}

export function buildReport(services: StsCoreServices, documents: readonly LangiumDocument[], checked: CheckedFindings, cwd = process.cwd()): SystemReport[] {
    return documentsBySystem(documents).map(members => systemReport(services, members, checked, cwd));
}

/** The documents of each system, in the order the report lists the systems. */
export function documentsBySystem(documents: readonly LangiumDocument[]): LangiumDocument[][] {
    const systems = new Map<string, LangiumDocument[]>();
    for (const document of documents) {
        const key = systemKeyOf(document);
        const members = systems.get(key);
        if (members) members.push(document); else systems.set(key, [document]);
    }
    return [...systems.values()];
}

function systemReport(services: StsCoreServices, documents: readonly LangiumDocument[], checked: CheckedFindings, cwd: string): SystemReport {
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
        actions: actionList(index, findings),
        raci: raciMatrix(index),
        processOwners: index.processes.map(process => ({ process: process.name, owner: process.owner?.ref?.name, answers: index.people.canAnswerFor(process.owner?.ref) })),
        training: trainingMatrixFrom(index),
        singlePoints: singlePointsFrom(findings),
        minPeople,
        automation: automationFrom(index, findings),
        feedback: index.processes.map(process => processFeedback(index, process, findings)),
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

function processFeedback(index: SystemIndex, process: Process, findings: readonly ReportedFinding[]): ProcessFeedback {
    const subjects: Subject[] = [process, ...index.tasksOf(process)];
    const feedbacks = [...new Set(subjects.flatMap(subject => index.feedbackOn(subject)))];
    const metrics = [...new Set(subjects.flatMap(subject => index.metricsOn(subject)))];
    const feedback = feedbacks.map(item => {
        const target = item.target?.ref;
        const source = item.source?.ref;
        return {
            name: item.name, from: source?.name, to: target?.name, cadence: cadenceText(item.cadence),
            reachesOwner: reachesOwner(index, process, target, item.cadence !== undefined)
        };
    });
    const metricRows = metrics.map(metric => ({ name: metric.name, owner: metric.owner?.ref?.name, review: cadenceText(metric.review), target: metric.target }));
    return {
        process: process.name,
        owner: process.owner?.ref?.name,
        closed: loopClosed(process, findings),
        feedback,
        metrics: metricRows
    };
}

function cadenceText(cadence: Cadence | undefined): string | undefined {
    if (!cadence) return undefined;
    if (cadence.period) return cadence.period;
    return cadence.count ? `every ${cadence.count} ${cadence.unit}` : `every ${cadence.unit}`;
}

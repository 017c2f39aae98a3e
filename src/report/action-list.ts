/**
 * The report's opening: what to do first, grouped by who does it. Every action is a
 * finding of `sts check` (same index, same rules); it goes to the person of the business
 * who can act on it (docs/people.md): the owner of the process it happens in, of the
 * tool or metric it is about — and, when nobody of the business owns that, to whoever
 * owns the most processes (the person who runs the business). Within a person, errors
 * come first, then warnings, information and hints.
 */
import type { Actor, Element } from '../language/generated/ast.js';
import { isFeedback, isMetric, isProcess, isTask, isTool } from '../language/generated/ast.js';
import type { SystemIndex } from '../model/system-index.js';
import type { ReportedFinding } from './findings.js';

export interface PersonActions {
    /** the person's name, or undefined when nobody of the business can be named */
    readonly person: string | undefined;
    readonly findings: readonly ReportedFinding[];
}

const SEVERITY_ORDER: Readonly<Record<string, number>> = { error: 0, warning: 1, info: 2, hint: 3 };

export function actionList(index: SystemIndex, findings: readonly ReportedFinding[]): PersonActions[] {
    const lead = businessLead(index);
    const groups = new Map<Actor | undefined, ReportedFinding[]>();
    for (const finding of findings) {
        const person = whoActs(index, finding) ?? lead;
        const group = groups.get(person);
        if (group) group.push(finding); else groups.set(person, [finding]);
    }
    const order = (finding: ReportedFinding) => SEVERITY_ORDER[finding.severity] ?? 4;
    return [...groups]
        .map(([person, items]) => ({ person: person?.name, findings: [...items].sort((a, b) => order(a) - order(b)) }))
        // the person with the most serious work first, then the most work
        .sort((a, b) => order(a.findings[0]!) - order(b.findings[0]!) || b.findings.length - a.findings.length);
}

/** Who of the business can act on the finding: the owner of what it is about, through the data the rule attached. */
function whoActs(index: SystemIndex, finding: ReportedFinding): Actor | undefined {
    const data = finding.data ?? {};
    const people = index.people;
    const answer = (actor: Actor | undefined) => actor && people.canAnswerFor(actor) ? actor : undefined;
    const element = (key: string): Element | undefined => {
        const name = data[key];
        return typeof name === 'string' ? index.declared(name)[0] : undefined;
    };
    const process = element('process');
    if (isProcess(process)) return answer(process.owner?.ref);
    const task = element('task');
    if (isTask(task)) {
        for (const owning of index.processesOf(task)) {
            const owner = answer(owning.owner?.ref);
            if (owner) return owner;
        }
        return answer(task.owner?.ref);
    }
    const tool = element('tool') ?? (data['kind'] === 'tool' ? element('element') : undefined);
    if (isTool(tool)) return answer(tool.owner?.ref);
    const metric = element('metric');
    if (isMetric(metric)) {
        for (const subject of metric.measures) {
            const measured = subject.ref;
            if (isProcess(measured) && answer(measured.owner?.ref)) return measured.owner!.ref;
        }
        return answer(metric.owner?.ref);
    }
    const feedback = element('feedback');
    if (isFeedback(feedback)) {
        for (const subject of feedback.about) {
            const owner = subject.ref && [...people.ownersOf(subject.ref)][0];
            if (owner) return owner;
        }
    }
    return undefined;
}

/** Whoever owns the most processes (then tasks): the person who runs the business. */
function businessLead(index: SystemIndex): Actor | undefined {
    let best: Actor | undefined;
    let bestScore = 0;
    for (const actor of index.people.answerable()) {
        const score = index.processes.filter(process => process.owner?.ref === actor).length * 1000 + index.ownedTasks(actor).length;
        if (score > bestScore) { best = actor; bestScore = score; }
    }
    return best;
}

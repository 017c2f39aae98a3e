import type { Actor, Feedback, Metric, Process, Subject } from '../language/generated/ast.js';
import { label } from '../model/labels.js';
import type { SystemIndex } from '../model/system-index.js';
import { defineRule } from './rule.js';
import { listWords } from './shared/people.js';

/**
 * STPA's control loop: a process must tell someone who can change it whether it works.
 * Closed by feedback about the process (or one of its tasks) that reaches the process owner
 * or an owner of one of its tasks — one of the business's people (docs/people.md) — and
 * recurs (a cadence); or by a metric of the process with an owner of the business and a
 * review cadence. The message names the loops that nearly close.
 */
export const missingFeedbackLoop = defineRule({
    id: 'missing-feedback-loop',
    title: 'no feedback reaches an owner of the process or its tasks, and no owned, reviewed metric measures it',
    area: 'feedback & measurement',
    defaultSeverity: 'warning',
    fixes: ['add-feedback-loop'],
    scope: 'model',
    description: 'A process from which nothing flows back: no feedback reaches an owner, and no owned, reviewed metric measures it.',
    anchor: 'STPA control loop (feedback to the controller); evaluate-and-iterate',
    defaultOptions: {},
    check({ model, index, report }) {
        for (const process of model.elements) {
            if (process.$type !== 'Process' || hasFeedbackLoop(index, process)) continue;
            const near = nearMisses(index, process);
            const owners = [...responsiblePeople(index, process)].map(actor => actor.name);
            const to = owners.length === 0 ? 'its owner (it has none: name one first)' : owners.length === 1 ? owners[0]! : `its owner or a task owner (${listWords(owners)})`;
            report({
                node: process, property: 'name',
                message: `Nothing flows back from ${label(process)} to anyone who can change it${near.length > 0 ? `: ${near.join('; ')}` : ''}. Have feedback about it reach ${to} at a set cadence, or have someone of the business own and review a metric of it.`,
                data: { process: process.name }
            });
        }
    }
});

/** The process owner and the owners of its tasks who are the business's people: those who can change it. */
export function responsiblePeople(index: SystemIndex, process: Process): ReadonlySet<Actor> {
    return index.people.ownersOf(process);
}

function subjectsOf(index: SystemIndex, process: Process): Subject[] {
    return [process, ...index.tasksOf(process)];
}

export function hasFeedbackLoop(index: SystemIndex, process: Process): boolean {
    const responsible = responsiblePeople(index, process);
    return subjectsOf(index, process).some(subject =>
        index.feedbackOn(subject).some(feedback => closes(index, feedback, responsible))
        || index.metricsOn(subject).some(metric => closesByMetric(index, metric)));
}

function closes(index: SystemIndex, feedback: Feedback, responsible: ReadonlySet<Actor>): boolean {
    const target = feedback.target?.ref;
    return target !== undefined && feedback.cadence !== undefined && index.people.reaches(target, responsible);
}

function closesByMetric(index: SystemIndex, metric: Metric): boolean {
    const owner = metric.owner?.ref;
    return owner !== undefined && metric.review !== undefined && index.people.canAnswerFor(owner);
}

/** Why each feedback and metric of the process does not close the loop, in words. */
function nearMisses(index: SystemIndex, process: Process): string[] {
    const responsible = responsiblePeople(index, process);
    const people = index.people;
    const words: string[] = [];
    const seen = new Set<Feedback | Metric>();
    for (const subject of subjectsOf(index, process)) {
        for (const feedback of index.feedbackOn(subject)) {
            if (seen.has(feedback)) continue;
            seen.add(feedback);
            const target = feedback.target?.ref;
            if (!target) words.push(`${feedback.name} goes to no one`);
            else if (!people.reaches(target, responsible)) words.push(`${feedback.name} goes to ${target.name}, ${people.canAnswerFor(target) ? 'who owns none of it' : `${standingWords(index, target)}`}`);
            else if (!feedback.cadence) words.push(`${feedback.name} reaches ${target.name} but has no cadence, so nobody knows when it comes`);
        }
        for (const metric of index.metricsOn(subject)) {
            if (seen.has(metric)) continue;
            seen.add(metric);
            const owner = metric.owner?.ref;
            if (!owner) words.push(`metric ${metric.name} has no owner`);
            else if (!people.canAnswerFor(owner)) words.push(`metric ${metric.name} is owned by ${owner.name}, ${standingWords(index, owner)}`);
            else if (!metric.review) words.push(`metric ${metric.name} is never reviewed`);
        }
    }
    return words;
}

function standingWords(index: SystemIndex, actor: Actor): string {
    switch (index.people.standing(actor)) {
        case 'customer': return 'a customer';
        case 'supplier': return 'a supplier';
        case 'agent': return 'an agent';
        case 'external': return 'an outside party';
        default: return 'a role nobody fills';
    }
}

import type { Actor, Process, Subject } from '../language/generated/ast.js';
import { label } from '../model/labels.js';
import type { SystemIndex } from '../model/system-index.js';
import { defineRule } from './rule.js';

/**
 * STPA's control loop: a process must tell someone who can change it whether it works.
 * Closed by feedback about the process (or one of its tasks) reaching the process owner
 * or an owner of one of its tasks, or by a metric with an owner and a review cadence.
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
            report({
                node: process, property: 'name',
                message: `Nothing flows back from process ${label(process)}: no feedback about it reaches ${responsibleWords(index, process)}, and no metric with an owner and a review cadence measures it. Add a feedback or a metric.`,
                data: { process: process.name }
            });
        }
    }
});

/** The process owner and the owners of its tasks: the people who can change it. */
export function responsiblePeople(index: SystemIndex, process: Process): Set<Actor> {
    const people = new Set<Actor>();
    if (process.owner?.ref) people.add(process.owner.ref);
    for (const task of index.tasksOf(process)) if (task.owner?.ref) people.add(task.owner.ref);
    return people;
}

export function hasFeedbackLoop(index: SystemIndex, process: Process): boolean {
    const responsible = responsiblePeople(index, process);
    const subjects: Subject[] = [process, ...index.tasksOf(process)];
    return subjects.some(subject =>
        index.feedbackOn(subject).some(feedback => feedback.target?.ref !== undefined && responsible.has(feedback.target.ref))
        || index.metricsOn(subject).some(metric => metric.owner?.ref !== undefined && metric.review !== undefined));
}

function responsibleWords(index: SystemIndex, process: Process): string {
    const names = [...responsiblePeople(index, process)].map(actor => actor.name);
    if (names.length === 0) return 'anyone (it has no owner)';
    if (names.length === 1) return `its owner ${names[0]}`;
    return `its owner or its task owners (${names.join(', ')})`;
}

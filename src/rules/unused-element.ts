import type { Actor } from '../language/generated/ast.js';
import { label } from '../model/labels.js';
import type { SystemIndex } from '../model/system-index.js';
import { defineRule } from './rule.js';

/**
 * Archi's unused elements, bpmnlint's "element is unused": an actor or tool
 * nothing refers to, or a skill someone has that no task needs. Usually left
 * over from an earlier version of the model, or a step not written down yet.
 * Someone nothing names who has a skill a task needs, or was trained on a tool
 * somebody works, is not unused: they are the cover the other rules count
 * (single-point-of-failure, tool-without-trained-user), and removing them
 * would make those findings appear.
 */
export const unusedElement = defineRule({
    id: 'unused-element',
    title: 'an actor, tool or skill nothing refers to',
    area: 'structure',
    defaultSeverity: 'info',
    fixes: ['remove-element'],
    scope: 'model',
    description: 'An actor, tool or skill nothing refers to.',
    anchor: 'Archi unused elements; bpmnlint "element is unused"',
    defaultOptions: {},
    check({ model, index, report }) {
        for (const element of model.elements) {
            if (element.$type === 'Actor') {
                if (!index.isReferenced(element) && !standsBy(index, element)) {
                    report({
                        node: element, property: 'name',
                        message: `Actor ${label(element)} takes part in nothing: no task, tool, process, feedback or metric names them. Give them their work, or remove them.`,
                        data: { element: element.name, kind: 'actor' }
                    });
                }
                element.skills.forEach((skill, position) => {
                    if (index.tasksNeeding(skill).length > 0 || element.skills.indexOf(skill) !== position) return;
                    report({
                        node: element, property: 'skills', index: position,
                        message: `No task needs the skill ${skill} that ${element.name} has. Add 'needs ${skill}' to the tasks that call for it, or remove it.`,
                        data: { element: skill, kind: 'skill', actor: element.name }
                    });
                });
            } else if (element.$type === 'Tool' && !index.isReferenced(element)) {
                report({
                    node: element, property: 'name',
                    message: `Tool ${label(element)} is not used: no task uses it, no handoff goes through it, nobody is trained on it and no tool feeds it. Connect it to the work, or remove it.`,
                    data: { element: element.name, kind: 'tool' }
                });
            }
        }
    }
});

/** Whether the actor could stand in: has a skill a task needs, or was trained on a tool someone must work. */
export function standsBy(index: SystemIndex, actor: Actor): boolean {
    return actor.skills.some(skill => index.tasksNeeding(skill).length > 0)
        || actor.trainedOn.some(reference => reference.ref !== undefined && index.people.toolPlaces(reference.ref).length > 0);
}

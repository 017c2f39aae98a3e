import type { Actor, Task, Tool } from '../language/generated/ast.js';
import { isTask } from '../language/generated/ast.js';
import { label } from '../model/labels.js';
import { handoffRange, type SystemIndex } from '../model/system-index.js';
import { defineRule, type RelatedElement } from './rule.js';

/**
 * An actor owns or performs a task that uses a tool — directly, or by sending
 * a handoff through it — without having been trained on it.
 */
export const untrainedUser = defineRule({
    id: 'untrained-user',
    title: 'an actor owns or performs a task that uses a tool they have no training on',
    area: 'people & training',
    defaultSeverity: 'warning',
    fixes: ['add-training'],
    scope: 'local',
    description: 'Someone owns or performs a task that uses a tool they were never trained on.',
    anchor: 'Work System Framework: participants and technologies',
    defaultOptions: {},
    check({ model, index, report }) {
        for (const element of model.elements) {
            if (element.$type === 'Task') {
                element.uses.forEach((reference, position) => {
                    const tool = reference.ref;
                    if (!tool) return;
                    for (const actor of untrainedPeople(index, element, tool)) {
                        report({
                            node: element, property: 'uses', index: position,
                            message: `${label(actor)} ${role(element, actor)} task ${element.name}, which uses ${label(tool)}, but ${actor.name} was never trained on ${tool.name}. Add 'trained on ${tool.name}' to ${actor.name}.`,
                            related: relatedOf(actor, tool, element),
                            data: { actor: actor.name, tool: tool.name, task: element.name }
                        });
                    }
                });
            } else if (element.$type === 'Process') {
                for (const handoff of index.handoffsIn(element)) {
                    const tool = handoff.via;
                    const sender = index.sender(handoff);
                    // A customer sending an order through a shop's website is not staff to be trained.
                    if (!tool || !sender || sender.kind === 'customer' || index.isTrainedOn(sender, tool)) continue;
                    report({
                        node: handoff.flow,
                        range: handoffRange(handoff),
                        message: `${label(sender)}${handoff.from === sender ? '' : `, who owns ${handoff.from.name},`} passes work to ${handoff.to.name} through ${label(tool)} but was never trained on ${tool.name}. Add 'trained on ${tool.name}' to ${sender.name}.`,
                        related: relatedOf(sender, tool, isTask(handoff.from) ? handoff.from : undefined),
                        data: { actor: sender.name, tool: tool.name, task: handoff.from.name }
                    });
                }
            }
        }
    }
});

function untrainedPeople(index: SystemIndex, task: Task, tool: Tool): Actor[] {
    const people: Actor[] = [];
    const owner = task.owner?.ref;
    if (owner && !index.isTrainedOn(owner, tool)) people.push(owner);
    for (const performer of task.performers) {
        const actor = performer.ref;
        if (actor && actor !== owner && !people.includes(actor) && !index.isTrainedOn(actor, tool)) people.push(actor);
    }
    return people;
}

function role(task: Task, actor: Actor): string {
    return task.owner?.ref === actor ? 'owns' : 'performs';
}

/** The related places a reader jumps to: the task, the tool and the actor the finding names. */
function relatedOf(actor: Actor, tool: Tool, task: Task | undefined): RelatedElement[] {
    return [
        ...(task ? [{ node: task, property: 'name', message: `the task ${task.name}` }] : []),
        { node: tool, property: 'name', message: `the tool ${tool.name}` },
        { node: actor, property: 'name', message: `${actor.name}: not trained on ${tool.name}` }
    ];
}

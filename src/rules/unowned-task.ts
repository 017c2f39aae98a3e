import type { Actor, Task } from '../language/generated/ast.js';
import { label } from '../model/labels.js';
import type { BusinessPeople } from '../model/people.js';
import { defineRule, type Finding } from './rule.js';

export const unownedTask = defineRule({
    id: 'unowned-task',
    title: 'task with no accountable owner (automated tasks too)',
    area: 'people & training',
    defaultSeverity: 'error',
    fixes: ['assign-owner'],
    scope: 'local',
    description: 'A task with no accountable owner (an automated task too).',
    anchor: 'RACI: every task has exactly one Accountable; BPMN performer',
    defaultOptions: {},
    check({ model, index, report }) {
        for (const task of model.elements) {
            if (task.$type !== 'Task') continue;
            const finding = ownershipProblem(task, index.people);
            if (finding) report(finding);
        }
    }
});

/**
 * Only the business's people can answer for a task (docs/people.md): a task with no owner,
 * or whose owner is a customer, a supplier, an agent (unless the task is automated: then
 * automation-without-oversight asks for a person to escalate to) or a role nobody fills,
 * has nobody accountable. An outside party contracted for the task (a courier, a locum)
 * answers for it under the contract; a supplier sells to the business and answers to it
 * for what it delivers, not for the business's own work. A team as owner is a hint: when everybody answers for it, nobody does.
 */
function ownershipProblem(task: Task, people: BusinessPeople): Finding | undefined {
    const data = { task: task.name };
    if (!task.owner) {
        const tool = task.automatedBy?.ref;
        return {
            node: task, property: 'name', data,
            message: tool
                ? `Nobody answers for task ${label(task)}: ${label(tool)} does it automatically, but a person of the business must still answer for what it does. Name an owner.`
                : `Nobody answers for task ${label(task)}. Name its owner: the one person of the business accountable for it.`
        };
    }
    const owner = task.owner.ref;
    if (!owner) return undefined; // a name that is not declared is unresolved-reference's finding
    const standing = people.standing(owner);
    // An outside party contracted for the work (a courier, a locum, a subcontractor) answers
    // for it under the contract: the contract example's courier owns its deliveries.
    if (standing === 'external') return undefined;
    if (standing !== 'staff') {
        if (task.automatedBy) return undefined;
        const what = standing === 'agent'
            ? `${owner.name} is an agent: it can do the work, but it cannot answer for it. If ${owner.name} does the task, write 'performed by ${owner.name}' (or 'automated by' its tool)`
            : `${owner.name} is a ${standing}, who answers for nothing inside the business. Make ${owner.name} a performer ('performed by ${owner.name}')`;
        return {
            node: task, property: 'owner', data: { ...data, owner: owner.name, standing },
            message: `Nobody in the business answers for task ${label(task)}: ${what} and name as owner the person of the business who answers for it.`
        };
    }
    if (people.isVacant(owner)) {
        return {
            node: task, property: 'owner', data: { ...data, owner: owner.name, standing: 'vacant' },
            message: `Nobody answers for task ${label(task)}: its owner ${owner.name} is a role nobody fills. Name the person who answers for it now, or say who fills ${owner.name}.`
        };
    }
    if (people.isTeam(owner)) {
        return {
            node: task, property: 'owner', severity: 'info', data: { ...data, owner: owner.name, standing: 'team' },
            message: `Task ${label(task)} is owned by the team ${owner.name}: when everybody answers for it, nobody does. Name the one person${memberWords(owner)} who answers for it, and keep the team as 'performed by ${owner.name}'.`
        };
    }
    return undefined;
}

function memberWords(team: Actor): string {
    const members = team.members.map(member => member.ref?.name).filter((name): name is string => name !== undefined);
    return members.length > 0 ? ` (${members.slice(0, 3).join(', ')}${members.length > 3 ? ', …' : ''})` : '';
}

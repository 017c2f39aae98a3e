import { label } from '../model/labels.js';
import { defineRule } from './rule.js';
import { isPeople } from './shared/people.js';

/**
 * Parasuraman's levels of automation; GDPR Art. 22 for decisions about people:
 * an automated task answered for by an AI agent or an outside party, with nobody
 * of the business it `escalates to`. A task with no owner at all is unowned-task.
 */
export const automationWithoutOversight = defineRule({
    id: 'automation-without-oversight',
    title: 'an automated task owned by an agent or outside party that escalates to no one',
    area: 'automation',
    defaultSeverity: 'error',
    fixes: ['add-escalation'],
    scope: 'local',
    description: 'An automated task owned by an agent or outside party that escalates to no one.',
    anchor: 'Parasuraman levels of automation; GDPR Art. 22',
    defaultOptions: {},
    check({ model, report }) {
        for (const task of model.elements) {
            if (task.$type !== 'Task' || !task.automatedBy || task.escalatesTo) continue;
            const owner = task.owner?.ref;
            if (!owner || isPeople(owner)) continue;
            report({
                node: task, property: 'owner',
                message: `Task ${label(task)} is automated and answered for by ${label(owner)} (${owner.kind}), and it escalates to no one: no person of the business oversees what it decides. Add 'escalates to' someone who can step in.`,
                data: { task: task.name, owner: owner.name, tool: task.automatedBy.ref?.name }
            });
        }
    }
});

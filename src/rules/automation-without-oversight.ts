import { label } from '../model/labels.js';
import { defineRule } from './rule.js';

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
    check({ model, index, report }) {
        for (const task of model.elements) {
            if (task.$type !== 'Task' || !task.automatedBy?.ref) continue;
            const owner = task.owner?.ref;
            // only the business's people oversee (docs/people.md); a role nobody fills is unowned-task's finding
            if (!owner || index.people.isStaff(owner) || index.people.canAnswerFor(task.escalatesTo?.ref)) continue;
            report({
                node: task, property: 'owner',
                message: `Nobody of the business oversees ${label(task)}: ${label(owner)} (${owner.kind}) answers for what ${task.automatedBy.ref.name} decides, and it escalates to ${task.escalatesTo?.ref ? `${task.escalatesTo.ref.name}, who is not one of the business's people` : 'no one'}. Name the person who steps in: 'escalates to' someone of the business.`,
                data: { task: task.name, owner: owner.name, tool: task.automatedBy.ref?.name }
            });
        }
    }
});

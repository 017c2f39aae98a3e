import { label } from '../model/labels.js';
import { defineRule } from './rule.js';

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
    check({ model, report }) {
        for (const task of model.elements) {
            if (task.$type !== 'Task' || task.owner) continue;
            const tool = task.automatedBy?.ref ?? undefined;
            const message = tool
                ? `Task ${label(task)} has no owner. It is automated by ${label(tool)}, but a person must still answer for what the tool does: add an owner.`
                : `Task ${label(task)} has no owner: nobody is accountable for it. Add an owner.`;
            report({ node: task, property: 'name', message, data: { task: task.name } });
        }
    }
});

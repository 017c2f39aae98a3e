import { label } from '../model/labels.js';
import { defineRule } from './rule.js';

/**
 * STS-ml redundancy; STPA "control action not provided": when the tool that does
 * an automated task is down, someone must do it by hand. The fallback is asked of
 * the task's owner, so a task with no owner is left to unowned-task first.
 */
export const automationWithoutFallback = defineRule({
    id: 'automation-without-fallback',
    title: 'an automated task with no manual fallback',
    area: 'automation',
    defaultSeverity: 'warning',
    fixes: ['add-fallback'],
    scope: 'local',
    description: 'An automated task with no manual fallback.',
    anchor: 'STS-ml redundancy; STPA "control action not provided"',
    defaultOptions: {},
    check({ model, report }) {
        for (const task of model.elements) {
            if (task.$type !== 'Task' || !task.automatedBy || task.fallback || !task.owner) continue;
            const tool = task.automatedBy.ref;
            report({
                node: task, property: 'automatedBy',
                message: `Task ${label(task)} is done by ${tool ? label(tool) : task.automatedBy.$refText}, with no fallback: when it is down, nobody is named to do the work by hand. Add 'fallback' with the task or person that takes over.`,
                data: { task: task.name, tool: task.automatedBy.$refText, owner: task.owner.ref?.name }
            });
        }
    }
});

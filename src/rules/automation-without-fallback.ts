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
            if (task.$type !== 'Task' || !task.automatedBy?.ref || task.fallback || !task.owner) continue;
            const tool = task.automatedBy.ref;
            report({
                node: task, property: 'automatedBy',
                message: `When ${label(tool)} is down, nobody is named to do ${label(task)} by hand. Name a fallback: the person of the business, or the manual task, that takes over (${task.owner.ref?.name ?? task.owner.$refText} answers for it).`,
                data: { task: task.name, tool: tool.name, owner: task.owner.ref?.name }
            });
        }
    }
});

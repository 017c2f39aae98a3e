import { label } from '../model/labels.js';
import { defineRule } from './rule.js';

/** Capability-based task allocation: a skill some task needs that nobody in the whole model has. */
export const unstaffedSkill = defineRule({
    id: 'unstaffed-skill',
    title: 'a needed skill no actor in the model has',
    area: 'people & training',
    defaultSeverity: 'error',
    fixes: ['staff-skill'],
    scope: 'model',
    description: 'A needed skill that no actor in the model has.',
    anchor: 'capability-based task allocation (Bryl et al.)',
    defaultOptions: {},
    check({ model, index, report }) {
        for (const task of model.elements) {
            if (task.$type !== 'Task') continue;
            task.needs.forEach((skill, position) => {
                if (index.actorsWithSkill(skill).length > 0) return;
                report({
                    node: task, property: 'needs', index: position,
                    message: `Task ${label(task)} needs the skill ${skill}, but nobody in the business has it. Add '${skill}' to the skills of someone who can do it, or hire or train for it.`,
                    data: { task: task.name, skill, owner: task.owner?.ref?.name }
                });
            });
        }
    }
});

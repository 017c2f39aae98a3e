import { label } from '../model/labels.js';
import { listWords } from './shared/people.js';
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
                const doers = index.people.doersOf(task).filter(actor => index.people.mustBeTrained(actor)).map(actor => actor.name);
                const train = doers.length > 0 ? `train ${listWords(doers)}, who ${doers.length === 1 ? 'does' : 'do'} it, in ${skill}` : `train someone of the business in ${skill}`;
                report({
                    node: task, property: 'needs', index: position,
                    message: `Task ${label(task)} needs the skill ${skill}, but nobody in the business has it: ${train}, or hire someone who has it (then add '${skill}' to their skills).`,
                    data: { task: task.name, skill, owner: task.owner?.ref?.name }
                });
            });
        }
    }
});

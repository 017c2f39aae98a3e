import type { Actor, Task } from '../language/generated/ast.js';
import { label } from '../model/labels.js';
import { defineRule } from './rule.js';
import { listWords } from './shared/people.js';

/**
 * Capability-based task allocation (Bryl et al.): whoever does a task should have
 * the skills it needs. Covered when the owner or one of the performers has the
 * skill (a team has the skills of its members). A skill nobody in the model has
 * is left to unstaffed-skill, so the same gap is not reported twice.
 */
export const skillGap = defineRule({
    id: 'skill-gap',
    title: 'a task needs a skill its owner (and performers) do not have',
    area: 'people & training',
    defaultSeverity: 'warning',
    fixes: ['add-skill'],
    scope: 'local',
    description: 'A task needs a skill its owner (and its performers) do not have.',
    anchor: 'capability-based task allocation (Bryl et al.)',
    defaultOptions: {},
    check({ model, index, report }) {
        for (const task of model.elements) {
            if (task.$type !== 'Task') continue;
            const doers = doersOf(task);
            const owner = task.owner?.ref;
            // an unowned task is still checked when somebody performs it
            if (doers.length === 0) continue;
            task.needs.forEach((skill, position) => {
                if (task.needs.indexOf(skill) !== position || doers.some(actor => index.hasSkill(actor, skill))) return;
                const holders = index.actorsWithSkill(skill);
                if (holders.length === 0) return;
                const names = doers.map(actor => actor.name);
                const holderNames = listWords(holders.map(actor => actor.name));
                const who = doers.length === 1 ? `${names[0]}, who ${owner === doers[0] ? 'does it' : 'performs it'}, does not have it` : `none of ${listWords(names)} has it`;
                report({
                    node: task, property: 'needs', index: position,
                    message: `${label(task)} needs ${skill}, but ${who}; ${holderNames} ${holders.length === 1 ? 'does' : 'do'}. Hand the task to ${holders.length === 1 ? holderNames : 'one of them'}, or train ${doers.length === 1 ? names[0] : 'those who do it'} in ${skill}.`,
                    data: { task: task.name, skill, actor: (owner ?? doers[0]!).name, holders: holders.map(actor => actor.name) }
                });
            });
        }
    }
});

/** The owner and the performers of a task: the people whose skills count for it. */
export function doersOf(task: Task): Actor[] {
    const doers = new Set<Actor>();
    if (task.owner?.ref) doers.add(task.owner.ref);
    for (const performer of task.performers) if (performer.ref) doers.add(performer.ref);
    return [...doers];
}

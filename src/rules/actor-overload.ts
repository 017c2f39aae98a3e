import { label } from '../model/labels.js';
import { defineRule } from './rule.js';

/** Social criteria of task allocation: someone accountable for too many tasks cannot answer for all of them. */
export const actorOverload = defineRule({
    id: 'actor-overload',
    title: 'an actor who owns more than `max-tasks` tasks',
    area: 'people & training',
    defaultSeverity: 'info',
    scope: 'model',
    description: 'An actor who owns more than max-tasks tasks.',
    anchor: 'social criteria of task allocation',
    defaultOptions: { 'max-tasks': 12 },
    check({ model, index, options, report }) {
        const limit = Number(options['max-tasks']);
        for (const actor of model.elements) {
            if (actor.$type !== 'Actor') continue;
            const owned = index.ownedTasks(actor);
            if (owned.length <= limit) continue;
            report({
                node: actor, property: 'name',
                message: `${label(actor)} owns ${owned.length} tasks, more than ${limit}. One person accountable for that much work becomes a bottleneck: hand some of it to others.`,
                data: { actor: actor.name, tasks: owned.length, limit }
            });
        }
    }
});

import type { Actor } from '../language/generated/ast.js';
import { label } from '../model/labels.js';
import { defineRule } from './rule.js';
import { doersOf } from './skill-gap.js';

/**
 * STS-ml separation of duties: two tasks declared `exclusive with` each other
 * (raise and approve a payment) must not land with the same actor, as owner or
 * performer. Reported on each `exclusive with` that is broken.
 */
export const separationOfDuties = defineRule({
    id: 'separation-of-duties',
    title: 'one actor owns two tasks declared exclusive',
    area: 'data & control',
    defaultSeverity: 'error',
    scope: 'local',
    description: 'One actor owns (or performs) two tasks declared exclusive.',
    anchor: 'STS-ml separation of duties',
    defaultOptions: {},
    check({ model, report }) {
        for (const task of model.elements) {
            if (task.$type !== 'Task') continue;
            const mine = new Set<Actor>(doersOf(task));
            task.exclusiveWith.forEach((reference, position) => {
                const other = reference.ref;
                if (!other || other === task) return;
                const shared = doersOf(other).filter(actor => mine.has(actor));
                const actor = shared[0];
                if (!actor) return;
                report({
                    node: task, property: 'exclusiveWith', index: position,
                    message: `${label(actor)} does both ${task.name} and ${other.name}, which must be done by different people (declared exclusive). Give one of them to someone else.`,
                    data: { actor: actor.name, task: task.name, other: other.name }
                });
            });
        }
    }
});

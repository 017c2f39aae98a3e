import type { Actor, FlowNode } from '../language/generated/ast.js';
import { isActor } from '../language/generated/ast.js';
import { handoffRange, type SystemIndex } from '../model/system-index.js';
import { defineRule } from './rule.js';
import { perSystem } from './shared/per-system.js';
import { listWords } from './shared/people.js';

/**
 * STS-ml need-to-know: data marked on a handoff (`with personal-data`) should only
 * go to someone with a task that needs it (`handles personal-data`). The receiver
 * is the actor the handoff goes to, or the owner and performers of the task it goes to;
 * a task of a team counts for its members.
 */
export const needToKnow = defineRule({
    id: 'need-to-know',
    title: 'personal data handed to an actor none of whose tasks needs it',
    area: 'data & control',
    defaultSeverity: 'warning',
    scope: 'model',
    description: 'Personal data handed to an actor none of whose tasks needs it.',
    anchor: 'STS-ml need-to-know',
    defaultOptions: {},
    check({ model, index, report }) {
        const handled = handledData(index);
        for (const process of model.elements) {
            if (process.$type !== 'Process') continue;
            for (const handoff of index.handoffsIn(process)) {
                if (handoff.data.length === 0) continue;
                // customers (clients, guests, patients: docs/people.md) receive their own data (a receipt, a payslip): not a need-to-know question
                const receivers = receiversOf(handoff.to).filter(actor => index.people.standing(actor) !== 'customer');
                if (receivers.length === 0) continue;
                for (const data of new Set(handoff.data)) {
                    if (receivers.some(actor => needs(index, handled, actor, data))) continue;
                    const who = listWords(receivers.map(actor => actor.name));
                    report({
                        node: handoff.flow, range: handoffRange(handoff),
                        message: `${handoff.from.name} hands ${data} to ${who}, but no task of ${who} needs it (none 'handles ${data}'). Share only what the work needs: leave the data out, or say which task needs it.`,
                        data: { data, receivers: receivers.map(actor => actor.name), from: handoff.from.name, to: handoff.to.name, process: process.name }
                    });
                }
            }
        }
    }
});

function receiversOf(node: FlowNode): Actor[] {
    if (isActor(node)) return [node];
    const receivers = new Set<Actor>();
    if (node.owner?.ref) receivers.add(node.owner.ref);
    for (const performer of node.performers) if (performer.ref) receivers.add(performer.ref);
    return [...receivers];
}

/** For each actor, the data kinds their own tasks (owned or performed) handle: computed once per system. */
const handledData = perSystem((index: SystemIndex) => {
    const handled = new Map<Actor, Set<string>>();
    for (const task of index.tasks) {
        if (task.handles.length === 0) continue;
        const actors = [task.owner?.ref, ...task.performers.map(performer => performer.ref)];
        for (const actor of actors) {
            if (!actor) continue;
            let kinds = handled.get(actor);
            if (!kinds) handled.set(actor, kinds = new Set());
            for (const kind of task.handles) kinds.add(kind);
        }
    }
    return handled;
});

/** The actor, or a team they belong to (transitively), has a task that handles the data. */
function needs(index: SystemIndex, handled: ReadonlyMap<Actor, ReadonlySet<string>>, actor: Actor, data: string): boolean {
    const seen = new Set<Actor>();
    const pending = [actor];
    for (let current = pending.pop(); current; current = pending.pop()) {
        if (seen.has(current)) continue;
        seen.add(current);
        if (handled.get(current)?.has(data)) return true;
        for (const item of index.teams(current)) pending.push(item);
    }
    return false;
}

import type { Actor } from '../language/generated/ast.js';
import type { SystemIndex } from '../model/system-index.js';
import { defineRule } from './rule.js';
import { perSystem } from './shared/per-system.js';
import { listWords } from './shared/people.js';

/**
 * iStar integrity: a team cannot contain itself, directly or through other teams.
 * Cycles are found once per system (strongly connected parts of the `members`
 * graph, Tarjan's algorithm) and reported on each team's member that closes it.
 */
export const membershipCycle = defineRule({
    id: 'membership-cycle',
    title: 'a team that contains itself through members',
    area: 'structure',
    defaultSeverity: 'error',
    scope: 'model',
    description: 'A team that contains itself through its members.',
    anchor: 'iStar integrity rules',
    defaultOptions: {},
    check({ model, index, report }) {
        const cycles = membershipCycles(index);
        for (const actor of model.elements) {
            if (actor.$type !== 'Actor') continue;
            const cycle = cycles.get(actor);
            if (!cycle) continue;
            const position = actor.members.findIndex(member => member.ref !== undefined && cycles.get(member.ref) === cycle);
            if (position < 0) continue;
            const names = cycle.map(each => each.name);
            report({
                node: actor, property: 'members', index: position,
                message: names.length === 1
                    ? `Team ${actor.name} lists itself among its members. Remove ${actor.name} from its own members.`
                    : `Team ${actor.name} contains itself: ${listWords(names)} are members of each other in a circle. Remove one of these memberships.`,
                data: { actor: actor.name, member: actor.members[position]?.ref?.name, cycle: names }
            });
        }
    }
});

/** Each actor that lies on a membership cycle, mapped to the actors of its cycle. */
const membershipCycles = perSystem((index: SystemIndex) => {
    const cycles = new Map<Actor, Actor[]>();
    for (const component of stronglyConnected(index.actors, membersOf)) {
        const only = component[0];
        const isCycle = component.length > 1 || (only !== undefined && membersOf(only).includes(only));
        if (isCycle) for (const actor of component) cycles.set(actor, component);
    }
    return cycles;
});

function membersOf(actor: Actor): Actor[] {
    return actor.members.map(member => member.ref).filter((member): member is Actor => member !== undefined);
}

/** Tarjan's strongly connected components, iterative so deep member chains cannot overflow the stack. */
function stronglyConnected<N>(nodes: readonly N[], edges: (node: N) => N[]): N[][] {
    const order = new Map<N, number>();
    const low = new Map<N, number>();
    const onStack = new Set<N>();
    const stack: N[] = [];
    const components: N[][] = [];
    let counter = 0;
    for (const root of nodes) {
        if (order.has(root)) continue;
        const work: Array<{ node: N; next: N[]; position: number }> = [];
        const enter = (node: N) => {
            order.set(node, counter);
            low.set(node, counter++);
            stack.push(node);
            onStack.add(node);
            work.push({ node, next: edges(node), position: 0 });
        };
        enter(root);
        while (work.length > 0) {
            const frame = work[work.length - 1]!;
            const neighbour = frame.next[frame.position++];
            if (neighbour !== undefined) {
                if (!order.has(neighbour)) enter(neighbour);
                else if (onStack.has(neighbour)) low.set(frame.node, Math.min(low.get(frame.node)!, order.get(neighbour)!));
                continue;
            }
            work.pop();
            const parent = work[work.length - 1];
            if (parent) low.set(parent.node, Math.min(low.get(parent.node)!, low.get(frame.node)!));
            if (low.get(frame.node) === order.get(frame.node)) {
                const component: N[] = [];
                let member: N | undefined;
                do {
                    member = stack.pop()!;
                    onStack.delete(member);
                    component.push(member);
                } while (member !== frame.node);
                components.push(component.reverse());
            }
        }
    }
    return components;
}

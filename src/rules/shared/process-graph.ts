/**
 * The handoff graph of each process, with where it starts and ends and which
 * tasks can be reached from a start or can reach an end. Computed once per
 * process and SystemIndex, and shared by unreachable-task and dead-end-task.
 *
 * A process starts at every task or actor with no incoming handoff inside the
 * process, and ends at every one with no outgoing handoff inside it. Customers,
 * outside parties and suppliers are where work comes in and goes out (docs/people.md):
 * `Customer -> Sell -> Customer "goods"` is a customer journey, not a cycle, so each
 * of them is both a start and an end.
 */
import type { FlowNode, Process, Task } from '../../language/generated/ast.js';
import { isActor, isTask } from '../../language/generated/ast.js';
import type { SystemIndex } from '../../model/system-index.js';
import { perSystem } from './per-system.js';

/** Where a task is first named inside a process: the diagnostic goes there. */
export interface Mention {
    readonly node: Process | Process['flows'][number];
    readonly property: 'tasks' | 'steps';
    readonly index: number;
}

export interface ProcessReach {
    readonly starts: readonly FlowNode[];
    readonly ends: readonly FlowNode[];
    /** tasks no start leads to */
    readonly unreachable: readonly Task[];
    /** tasks from which no end can be reached */
    readonly deadEnds: readonly Task[];
    readonly mentions: ReadonlyMap<Task, Mention>;
}

/**
 * Computed on first use per process: after an edit only the changed file is checked before its
 * findings are shown, and it asks only about its own processes.
 */
const processReach = perSystem(() => new Map<Process, ProcessReach>());

export function reachOf(index: SystemIndex, process: Process): ProcessReach {
    const known = processReach(index);
    let reach = known.get(process);
    if (!reach) known.set(process, reach = computeReach(index, process));
    return reach;
}

function computeReach(index: SystemIndex, process: Process): ProcessReach {
    const next = new Map<FlowNode, FlowNode[]>();
    const previous = new Map<FlowNode, FlowNode[]>();
    const nodes = new Set<FlowNode>(index.tasksOf(process));
    for (const handoff of index.handoffsIn(process)) {
        nodes.add(handoff.from);
        nodes.add(handoff.to);
        append(next, handoff.from, handoff.to);
        append(previous, handoff.to, handoff.from);
    }
    const outside = (node: FlowNode) => isActor(node) && !index.people.isStaff(node);
    const starts = [...nodes].filter(node => !previous.has(node) || outside(node));
    const ends = [...nodes].filter(node => !next.has(node) || outside(node));
    const fromStart = search(starts, next);
    const toEnd = search(ends, previous);
    const tasks = [...index.tasksOf(process)];
    return {
        starts, ends,
        unreachable: tasks.filter(task => !fromStart.has(task)),
        deadEnds: tasks.filter(task => !toEnd.has(task)),
        mentions: mentionsIn(process)
    };
}

function search(from: readonly FlowNode[], edges: ReadonlyMap<FlowNode, FlowNode[]>): Set<FlowNode> {
    const seen = new Set<FlowNode>(from);
    const pending = [...from];
    for (let node = pending.pop(); node; node = pending.pop()) {
        for (const neighbour of edges.get(node) ?? []) {
            if (!seen.has(neighbour)) {
                seen.add(neighbour);
                pending.push(neighbour);
            }
        }
    }
    return seen;
}

function mentionsIn(process: Process): Map<Task, Mention> {
    const mentions = new Map<Task, Mention>();
    process.tasks.forEach((reference, position) => {
        const task = reference.ref;
        if (task && !mentions.has(task)) mentions.set(task, { node: process, property: 'tasks', index: position });
    });
    for (const flow of process.flows) {
        flow.steps.forEach((reference, position) => {
            const task = reference.ref;
            if (isTask(task) && !mentions.has(task)) mentions.set(task, { node: flow, property: 'steps', index: position });
        });
    }
    return mentions;
}

function append(map: Map<FlowNode, FlowNode[]>, key: FlowNode, value: FlowNode): void {
    const values = map.get(key);
    if (values) values.push(value); else map.set(key, [value]);
}

/**
 * The order of a process's work without ELK, in linear time: arrows that close
 * a cycle (found by a depth-first walk in written order) are set aside, every
 * step goes one column right of the furthest step handing work to it (longest
 * path), and two barycentre sweeps order each column by the rows of the steps
 * it is connected to, ties kept in written order. Given the previous columns,
 * steps keep them unless an arrow pushes them right, so an edit that re-routes
 * one handoff does not slide the rest of the process. Used where ELK's cost
 * per call would make the live picture slow (see order-work.ts).
 */
import type { WorkOrder } from './order-work.js';

/** `earliest`: the columns steps had in the previous picture; a step stays there unless the flow pushes it further right. */
export function orderWorkFast(ids: readonly string[], arrows: ReadonlyArray<readonly [string, string]>, earliest?: ReadonlyMap<string, number>): WorkOrder {
    const position = new Map(ids.map((id, index) => [id, index]));
    const next = new Map<string, string[]>(ids.map(id => [id, []]));
    for (const [from, to] of arrows) if (position.has(from) && position.has(to) && from !== to) next.get(from)!.push(to);

    // Depth-first in written order; an arrow to a step still on the path closes a cycle.
    const forward = new Map<string, string[]>(ids.map(id => [id, []]));
    const state = new Map<string, 'open' | 'done'>();
    const finished: string[] = [];
    for (const root of ids) {
        if (state.has(root)) continue;
        const stack: Array<{ id: string; child: number }> = [{ id: root, child: 0 }];
        state.set(root, 'open');
        while (stack.length > 0) {
            const frame = stack[stack.length - 1]!;
            const children = next.get(frame.id)!;
            if (frame.child < children.length) {
                const child = children[frame.child++]!;
                const seen = state.get(child);
                if (seen === 'open') continue; // closes a cycle: not used for columns
                forward.get(frame.id)!.push(child);
                if (!seen) {
                    state.set(child, 'open');
                    stack.push({ id: child, child: 0 });
                }
            } else {
                state.set(frame.id, 'done');
                finished.push(frame.id);
                stack.pop();
            }
        }
    }
    // Reverse finishing order is a topological order of the forward arrows.
    const column = new Map<string, number>(ids.map(id => [id, Math.max(0, earliest?.get(id) ?? 0)]));
    for (const id of finished.reverse()) {
        for (const child of forward.get(id)!) column.set(child, Math.max(column.get(child)!, column.get(id)! + 1));
    }
    const previous = new Map<string, string[]>(ids.map(id => [id, []]));
    for (const [from, targets] of forward) for (const to of targets) previous.get(to)!.push(from);

    const columns: string[][] = [];
    for (const id of ids) (columns[column.get(id)!] ??= []).push(id);
    const row = new Map<string, number>();
    const number = (list: readonly string[]) => list.forEach((id, index) => row.set(id, index));
    columns.forEach(list => number(list ?? []));
    const sweep = (neighbours: Map<string, string[]>, order: number[]) => {
        for (const index of order) {
            const list = columns[index];
            if (!list) continue;
            const weight = (id: string) => {
                const linked = neighbours.get(id)!;
                return linked.length === 0 ? row.get(id)! : linked.reduce((sum, other) => sum + row.get(other)!, 0) / linked.length;
            };
            const weights = new Map(list.map(id => [id, weight(id)]));
            list.sort((a, b) => weights.get(a)! - weights.get(b)! || position.get(a)! - position.get(b)!);
            number(list);
        }
    };
    const indices = columns.map((_, index) => index);
    sweep(previous, indices.slice(1));
    sweep(forward, indices.slice(0, -1).reverse());
    const result = new Map<string, { column: number; order: number }>();
    for (const id of ids) result.set(id, { column: column.get(id)!, order: row.get(id)! });
    return result;
}

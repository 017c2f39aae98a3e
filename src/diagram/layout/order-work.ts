/**
 * The order of a process's work: the column of every step and its place within
 * the column. Only the shape of the flow goes in — ids and arrows, every node
 * the same size — so the answer is cached by that shape and renaming or
 * retitling a step costs nothing.
 *
 * ELK (layered, left to right) answers for small views. Measured on these
 * machines, one ELK call costs tens to hundreds of milliseconds even for a
 * dozen nodes, so a view of many processes laid out one by one would take
 * longer than one flat ELK layout, and a structural edit in a 50-step process
 * would miss the 300 ms budget; past `ELK_BUDGET` flow nodes in a view the
 * linear-time ordering of order-work-fast.ts answers instead.
 */
import type { ELK, ElkNode } from 'elkjs/lib/elk-api.js';
import { contentHash } from './content-hash.js';
import type { LayoutCache } from './layout-cache.js';
import { orderWorkFast } from './order-work-fast.js';

export type ElkLike = Pick<ELK, 'layout'>;
export type WorkOrder = ReadonlyMap<string, { readonly column: number; readonly order: number }>;
/** Which engine orders the work: ELK, the linear-time ordering, or ELK while the view is small (the default). */
export type WorkOrderEngine = 'elk' | 'fast' | 'auto';
/** Flow nodes in a whole view up to which `auto` asks ELK. */
export const ELK_BUDGET = 40;

const OPTIONS = {
    'elk.algorithm': 'layered',
    'elk.direction': 'RIGHT',
    // Keep the written order where ELK has a free choice: the picture follows the text and stays put between edits.
    'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
    'elk.layered.cycleBreaking.strategy': 'MODEL_ORDER',
    'elk.spacing.nodeNode': '10',
    'elk.layered.spacing.nodeNodeBetweenLayers': '20'
};

/** `first` is the process: it starts the flow, pointing at every step nothing hands work to. */
export async function orderWork(
    first: string, ids: readonly string[], arrows: ReadonlyArray<readonly [string, string]>,
    elk: () => ElkLike, cache: LayoutCache | undefined, engine: 'elk' | 'fast', previousColumns?: ReadonlyMap<string, number>
): Promise<WorkOrder> {
    const known = new Set(ids);
    const edges = arrows.filter(([from, to]) => known.has(from) && known.has(to));
    const targets = new Set(edges.map(([, to]) => to));
    const starts = ids.filter(id => id !== first && !targets.has(id));
    const entry = starts.length > 0 ? starts : ids.filter(id => id !== first).slice(0, 1);
    const allEdges = [...entry.map(id => [first, id] as const), ...edges];
    const hints = engine === 'fast' && previousColumns ? ids.map(id => previousColumns.get(id) ?? -1) : [];
    const key = `order|${engine}|${contentHash({ ids, allEdges, hints })}`;
    const cached = cache?.get<WorkOrder>(key);
    if (cached) return cached;
    if (engine === 'fast') {
        const order = orderWorkFast(ids, allEdges, previousColumns);
        cache?.set(key, order);
        return order;
    }

    const graph: ElkNode = {
        id: 'root',
        layoutOptions: OPTIONS,
        children: ids.map(id => ({ id, width: 40, height: 20 })),
        edges: allEdges.map(([from, to], position) => ({ id: `e${position}`, sources: [from], targets: [to] }))
    };
    const result = await elk().layout(graph);
    const columns = [...new Set((result.children ?? []).map(child => Math.round(child.x ?? 0)))].sort((a, b) => a - b);
    const order = new Map<string, { column: number; order: number }>();
    for (const child of result.children ?? []) {
        order.set(child.id, { column: columns.indexOf(Math.round(child.x ?? 0)), order: child.y ?? 0 });
    }
    cache?.set(key, order);
    return order;
}

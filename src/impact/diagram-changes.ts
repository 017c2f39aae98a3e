/**
 * The diagram of a change: the new state's diagram model with every element and
 * relation marked `added` or `changed` against the old state, and what the old
 * state had and the new one lacks put back, marked `removed` (the renderer draws
 * it ghosted). Renamed elements are the same element (marked `changed`). Removed
 * things go back where they stood in the old model's order, so a removed task
 * sits in its owner's lane and in its process's flow.
 */
import type { ChangeMark, DiagramEdge, DiagramModel, DiagramNode, ElementId } from '../diagram/model/diagram-model.js';

/** `renames`: old name → new name, as the impact comparison found them. */
export function markChanges(before: DiagramModel, after: DiagramModel, renames: ReadonlyMap<string, string>): DiagramModel {
    const rename = (id: ElementId): ElementId => {
        const colon = id.indexOf(':');
        const renamed = renames.get(id.slice(colon + 1));
        return renamed === undefined ? id : `${id.slice(0, colon)}:${renamed}`;
    };
    const oldNodes = new Map(before.nodes.map(node => [rename(node.id), node]));
    const newIds = new Set(after.nodes.map(node => node.id));

    const nodes: DiagramNode[] = after.nodes.map(node => {
        const old = oldNodes.get(node.id);
        const change: ChangeMark | undefined = !old ? 'added' : old.id !== node.id || signature(old, rename) !== signature(node, id => id) ? 'changed' : undefined;
        const tasks = old?.tasks && node.tasks ? mergeInOrder(node.tasks, old.tasks.map(rename)) : node.tasks;
        return { ...node, ...(tasks ? { tasks } : {}), ...(change ? { change } : {}) };
    });
    const removedNodes = before.nodes.filter(node => !newIds.has(rename(node.id))).map((node): DiagramNode => ghost({ ...node, id: rename(node.id) }));
    const allNodes = insertInOldOrder(nodes, removedNodes, before.nodes.map(node => rename(node.id)));
    const shown = new Set(allNodes.map(node => node.id));

    const oldEdges = new Map<string, DiagramEdge[]>();
    for (const edge of before.edges) {
        const key = edgeKey(edge, rename);
        const list = oldEdges.get(key);
        if (list) list.push(edge); else oldEdges.set(key, [edge]);
    }
    const edges: DiagramEdge[] = after.edges.map(edge => {
        const old = oldEdges.get(edgeKey(edge, id => id))?.shift();
        const change: ChangeMark | undefined = !old ? 'added' : edgeDetail(old, rename) !== edgeDetail(edge, id => id) ? 'changed' : undefined;
        return change ? { ...edge, change } : edge;
    });
    const usedIds = new Set(edges.map(edge => edge.id));
    for (const list of oldEdges.values()) {
        for (const old of list) {
            const from = rename(old.from);
            const to = rename(old.to);
            if (!shown.has(from) || !shown.has(to)) continue;
            let id = old.id;
            while (usedIds.has(id)) id = `${id}#removed`;
            usedIds.add(id);
            const process = old.process && rename(old.process);
            const via = old.via && rename(old.via);
            edges.push(ghost({ ...old, id, from, to, ...(process ? { process } : {}), ...(via ? { via } : {}) }));
        }
    }
    return { ...after, nodes: allNodes, edges };
}

/** What the old state had: no findings (they were the old state's), no place in the new text. */
function ghost<T extends DiagramNode | DiagramEdge>(item: T): T {
    const { source: _source, ...rest } = item;
    return { ...rest, findings: [], change: 'removed' } as unknown as T;
}

/** What an element says besides its name: a difference marks it changed. */
function signature(node: DiagramNode, rename: (id: ElementId) => ElementId): string {
    const ids = (list: readonly ElementId[] | undefined) => list?.map(rename);
    return JSON.stringify([
        node.title, node.detail, node.owner && rename(node.owner), node.from && rename(node.from), node.to && rename(node.to),
        node.via && rename(node.via), ids(node.about), ids(node.measures), ids(node.performers), ids(node.members), ids(node.tasks)
    ]);
}

function edgeKey(edge: DiagramEdge, rename: (id: ElementId) => ElementId): string {
    return [edge.kind, rename(edge.from), rename(edge.to), edge.process ? rename(edge.process) : ''].join('\n');
}

function edgeDetail(edge: DiagramEdge, rename: (id: ElementId) => ElementId): string {
    return JSON.stringify([edge.item, edge.via && rename(edge.via), edge.implicit ?? false]);
}

/** The new list, with the old list's entries it lacks put back after the entry they followed. */
function mergeInOrder(now: readonly ElementId[], old: readonly ElementId[]): ElementId[] {
    const result = [...now];
    old.forEach((id, position) => {
        if (result.includes(id)) return;
        const before = old.slice(0, position).reverse().find(candidate => result.includes(candidate));
        result.splice(before === undefined ? 0 : result.indexOf(before) + 1, 0, id);
    });
    return result;
}

function insertInOldOrder(nodes: readonly DiagramNode[], removed: readonly DiagramNode[], oldOrder: readonly ElementId[]): DiagramNode[] {
    const result = [...nodes];
    const present = new Set(nodes.map(node => node.id));
    for (const node of removed) {
        const position = oldOrder.indexOf(node.id);
        const anchor = oldOrder.slice(0, position).reverse().find(id => present.has(id));
        present.add(node.id);
        const at = anchor === undefined ? 0 : result.findIndex(candidate => candidate.id === anchor) + 1;
        result.splice(at, 0, node);
    }
    return result;
}

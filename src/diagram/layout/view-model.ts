/**
 * Lookups over a diagram model that the views share: nodes by id, edges by
 * kind, who owns a task. Built once per layout call; O(1) queries.
 */
import type { Box, DiagramEdge, DiagramFinding, DiagramModel, DiagramNode, EdgeKind, ElementId, PlacedEdge, PlacedNode, Point } from '../model/diagram-model.js';
import { simplify } from './geometry.js';
import type { NodeText } from './node-text.js';

export class ViewModel {
    private readonly nodesById = new Map<ElementId, DiagramNode>();
    private readonly edgesOfKind = new Map<EdgeKind, DiagramEdge[]>();
    private readonly ownerOfTask = new Map<ElementId, ElementId>();
    private readonly edgesFrom = new Map<ElementId, DiagramEdge[]>();

    constructor(readonly model: DiagramModel) {
        for (const node of model.nodes) this.nodesById.set(node.id, node);
        for (const edge of model.edges) {
            push(this.edgesOfKind, edge.kind, edge);
            push(this.edgesFrom, edge.from, edge);
            if (edge.kind === 'owns' && !this.ownerOfTask.has(edge.to)) this.ownerOfTask.set(edge.to, edge.from);
        }
    }

    node(id: ElementId): DiagramNode | undefined { return this.nodesById.get(id); }
    nodesOfKind(kind: DiagramNode['kind']): DiagramNode[] { return this.model.nodes.filter(node => node.kind === kind); }
    edges(kind: EdgeKind): readonly DiagramEdge[] { return this.edgesOfKind.get(kind) ?? []; }
    edgesFromNode(id: ElementId): readonly DiagramEdge[] { return this.edgesFrom.get(id) ?? []; }
    owner(task: ElementId): ElementId | undefined { return this.ownerOfTask.get(task); }
}

/** A placed node for a model node at a box. */
export function placeNode(node: DiagramNode, box: Box, key: string = node.id): PlacedNode {
    return {
        key, id: node.id, kind: node.kind, name: node.name,
        x: box.x, y: box.y, width: box.width, height: box.height,
        findings: node.findings,
        ...(node.title ? { title: node.title } : {}),
        ...(node.detail ? { detail: node.detail } : {}),
        ...(node.performers && node.performers.length > 0 ? { performers: node.performers.map(nameOf) } : {}),
        ...(node.source ? { source: node.source } : {}),
        ...(node.change ? { change: node.change } : {})
    };
}

/** The text a placed node of this model node shows (for sizing it). */
export function textOf(node: DiagramNode): NodeText {
    return {
        kind: node.kind, name: node.name,
        ...(node.title ? { title: node.title } : {}),
        ...(node.detail ? { detail: node.detail } : {}),
        ...(node.performers && node.performers.length > 0 ? { performers: node.performers.map(nameOf) } : {})
    };
}

export function nameOf(id: ElementId): string {
    return id.slice(id.indexOf(':') + 1);
}

/** A placed edge for a model edge along a polyline. */
export function placedEdge(edge: DiagramEdge, points: readonly Point[], findings = edge.findings, key = edge.id): PlacedEdge {
    return {
        key, id: edge.id, kind: edge.kind, from: edge.from, to: edge.to,
        points: simplify(points), findings,
        ...(edge.implicit ? { implicit: true } : {}),
        ...(edge.source ? { source: edge.source } : {}),
        ...(edge.change ? { change: edge.change } : {})
    };
}

export function uniqueFindings(findings: readonly DiagramFinding[]): DiagramFinding[] {
    const seen = new Set<string>();
    return findings.filter(finding => {
        const key = `${finding.uri}|${finding.range.start.line}:${finding.range.start.character}|${finding.rule}|${finding.message}`;
        if (seen.has(key)) return false;
        seen.add(key);
        return true;
    });
}

export function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
    const values = map.get(key);
    if (values) values.push(value); else map.set(key, [value]);
}

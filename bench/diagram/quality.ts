/**
 * Layout quality of a laid-out diagram, measured on its geometry: edge
 * crossings, overlaps (node–node, label–node, label–label, badge–line,
 * badge–node/label), lines through nodes they do not connect, the scale at
 * which the picture (legend included) fits a panel of a given width, the
 * smallest text at that scale, and the total length of the lines.
 */
import type { Box, LaidOutDiagram, PlacedEdge, Point } from '../../src/diagram/model/diagram-model.js';
import { badgeBox, SegmentGrid, segmentHitsBox } from '../../src/diagram/layout/badge-placer.js';
import { MIN_FONT } from '../../src/diagram/layout/geometry.js';
import { pictureWidth } from '../../src/diagram/render/render-svg.js';

export interface Quality {
    crossings: number;
    nodeNode: number;
    labelNode: number;
    labelLabel: number;
    badgeEdge: number;
    badgeOther: number;
    edgeThroughNode: number;
    /** the scale at which the picture fits the panel's width (capped at 1) */
    fitScale: number;
    /** the smallest text in CSS px at that scale */
    smallestText: number;
    edgeLength: number;
}

export function quality(diagram: LaidOutDiagram, panelWidth = 700): Quality {
    const labels = diagram.edges.flatMap(edge => (edge.labelBox ? [{ key: edge.key, box: edge.labelBox }] : []));
    const nodes = diagram.nodes;
    const badges: Array<{ owner: string; box: Box; edge?: PlacedEdge }> = [
        ...nodes.filter(node => node.findings.length > 0).map(node => ({ owner: node.key, box: badgeBox({ x: node.x + node.width - 6, y: node.y + 4 }) })),
        ...diagram.edges.filter(edge => edge.findings.length > 0 && edge.badge).map(edge => ({ owner: edge.key, box: badgeBox(edge.badge!), edge }))
    ];
    const grid = new SegmentGrid(diagram.edges);
    let badgeEdge = 0;
    let badgeOther = 0;
    for (const badge of badges) {
        // A node's badge may touch the lines that end at that node's side; an edge's badge its own line.
        const own = badge.edge ? badge.edge.key : undefined;
        const shrunk = inset(badge.box, 2);
        badgeEdge += own ? grid.hits(shrunk, own) : linesThrough(diagram.edges, shrunk, badge.owner);
        badgeOther += nodes.filter(node => node.key !== badge.owner && overlapping(shrunk, node)).length;
        badgeOther += labels.filter(label => label.key !== badge.owner && overlapping(shrunk, label.box) && !(badge.edge && badge.edge.labelBox === label.box)).length;
    }
    const fitScale = Math.min(1, (panelWidth - 16) / pictureWidth(diagram));
    return {
        crossings: countCrossings(diagram.edges),
        nodeNode: pairs(nodes, (a, b) => overlapping(a, b)),
        labelNode: labels.reduce((sum, label) => sum + nodes.filter(node => overlapping(label.box, node)).length, 0),
        labelLabel: pairs(labels, (a, b) => overlapping(a.box, b.box)),
        badgeEdge,
        badgeOther,
        edgeThroughNode: edgesThroughNodes(diagram),
        fitScale,
        smallestText: MIN_FONT * fitScale,
        edgeLength: Math.round(diagram.edges.reduce((sum, edge) => sum + polylineLength(edge.points), 0))
    };
}

function linesThrough(edges: readonly PlacedEdge[], box: Box, nodeKey: string): number {
    let count = 0;
    for (const edge of edges) {
        if (edge.from === nodeKey || edge.to === nodeKey || edge.key.endsWith(`/${nodeKey}`)) continue;
        for (let position = 1; position < edge.points.length; position++) {
            if (segmentHitsBox(edge.points[position - 1]!, edge.points[position]!, box)) { count++; break; }
        }
    }
    return count;
}

function inset(box: Box, by: number): Box {
    return { x: box.x + by, y: box.y + by, width: box.width - 2 * by, height: box.height - 2 * by };
}

function overlapping(a: Box, b: Box): boolean {
    return a.x < b.x + b.width - 0.5 && b.x < a.x + a.width - 0.5 && a.y < b.y + b.height - 0.5 && b.y < a.y + a.height - 0.5;
}

function pairs<T extends object>(items: readonly T[], test: (a: T, b: T) => boolean): number {
    // Sweep by x so large pictures stay fast.
    const boxOf = (item: T): Box => ('box' in item ? (item as { box: Box }).box : (item as unknown as Box));
    const sorted = [...items].sort((a, b) => boxOf(a).x - boxOf(b).x);
    let count = 0;
    for (let i = 0; i < sorted.length; i++) {
        const a = boxOf(sorted[i]!);
        for (let j = i + 1; j < sorted.length && boxOf(sorted[j]!).x < a.x + a.width; j++) if (test(sorted[i]!, sorted[j]!)) count++;
    }
    return count;
}

/** Proper crossings between segments of different edges (touching ends and lines running along each other do not count). */
export function countCrossings(edges: readonly PlacedEdge[]): number {
    const cells = new Map<string, Array<{ edge: number; a: Point; b: Point }>>();
    const size = 100;
    edges.forEach((edge, index) => {
        for (let position = 1; position < edge.points.length; position++) {
            const a = edge.points[position - 1]!;
            const b = edge.points[position]!;
            for (let x = Math.floor(Math.min(a.x, b.x) / size); x <= Math.floor(Math.max(a.x, b.x) / size); x++) {
                for (let y = Math.floor(Math.min(a.y, b.y) / size); y <= Math.floor(Math.max(a.y, b.y) / size); y++) {
                    const key = `${x},${y}`;
                    const list = cells.get(key);
                    const segment = { edge: index, a, b };
                    if (list) list.push(segment); else cells.set(key, [segment]);
                }
            }
        }
    });
    const seen = new Set<string>();
    let crossings = 0;
    for (const list of cells.values()) {
        for (let i = 0; i < list.length; i++) {
            for (let j = i + 1; j < list.length; j++) {
                const s = list[i]!;
                const t = list[j]!;
                if (s.edge === t.edge) continue;
                if (!properlyCross(s.a, s.b, t.a, t.b)) continue;
                const key = `${s.a.x},${s.a.y},${s.b.x},${s.b.y}|${t.a.x},${t.a.y},${t.b.x},${t.b.y}`;
                if (seen.has(key)) continue;
                seen.add(key);
                crossings++;
            }
        }
    }
    return crossings;
}

function properlyCross(a: Point, b: Point, c: Point, d: Point): boolean {
    const orient = (p: Point, q: Point, r: Point) => Math.sign((q.x - p.x) * (r.y - p.y) - (q.y - p.y) * (r.x - p.x));
    const o1 = orient(a, b, c);
    const o2 = orient(a, b, d);
    const o3 = orient(c, d, a);
    const o4 = orient(c, d, b);
    return o1 * o2 < 0 && o3 * o4 < 0;
}

function edgesThroughNodes(diagram: LaidOutDiagram): number {
    let count = 0;
    for (const edge of diagram.edges) {
        const frame = edge.key.includes('/') ? edge.key.slice(0, edge.key.indexOf('/')) : '';
        for (const node of diagram.nodes) {
            if (node.id === edge.from || node.id === edge.to || (frame && !node.key.startsWith(`${frame}/`))) continue;
            const inner = inset(node, 1);
            for (let position = 1; position < edge.points.length; position++) {
                if (segmentHitsBox(edge.points[position - 1]!, edge.points[position]!, inner)) { count++; break; }
            }
        }
    }
    return count;
}

function polylineLength(points: readonly Point[]): number {
    let total = 0;
    for (let position = 1; position < points.length; position++) total += Math.hypot(points[position]!.x - points[position - 1]!.x, points[position]!.y - points[position - 1]!.y);
    return total;
}

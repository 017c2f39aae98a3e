/**
 * Puts each edge's findings badge on a point of its own line where the badge
 * touches no other line, no node, no label and no other badge: it tries points
 * along the line from its middle outwards and keeps the first free one (or,
 * if none is free, the one with the fewest conflicts). Edges whose layout
 * already chose a place (inside their label) keep it.
 */
import type { Box, LaidOutDiagram, PlacedEdge, Point } from '../model/diagram-model.js';
import { overlaps } from './geometry.js';

export const BADGE_RADIUS = 9;

export function placeBadges(diagram: LaidOutDiagram): LaidOutDiagram {
    const pending = diagram.edges.some(edge => edge.findings.length > 0 && !edge.badge);
    if (!pending) return diagram;
    const obstacles: Box[] = [...diagram.nodes, ...diagram.edges.flatMap(edge => (edge.labelBox ? [edge.labelBox] : []))];
    for (const node of diagram.nodes) if (node.findings.length > 0) obstacles.push(badgeBox({ x: node.x + node.width - 6, y: node.y + 4 }));
    for (const edge of diagram.edges) if (edge.badge) obstacles.push(badgeBox(edge.badge));
    const grid = new SegmentGrid(diagram.edges);
    const edges = diagram.edges.map(edge => {
        if (edge.findings.length === 0 || edge.badge) return edge;
        const badge = bestPoint(edge, obstacles, grid);
        obstacles.push(badgeBox(badge));
        return { ...edge, badge };
    });
    return { ...diagram, edges };
}

export function badgeBox(point: Point): Box {
    return { x: point.x - BADGE_RADIUS - 1, y: point.y - BADGE_RADIUS - 1, width: 2 * BADGE_RADIUS + 2, height: 2 * BADGE_RADIUS + 2 };
}

function bestPoint(edge: PlacedEdge, obstacles: readonly Box[], grid: SegmentGrid): Point {
    const total = length(edge.points);
    let best: { point: Point; conflicts: number } | undefined;
    const samples = Math.max(2, Math.min(60, Math.floor(total / 6)));
    for (let step = 0; step <= samples; step++) {
        // middle first, then alternately towards either end
        const offset = Math.ceil(step / 2) * (step % 2 === 1 ? 1 : -1);
        const fraction = 0.5 + offset / samples;
        if (fraction < 0.08 || fraction > 0.92) continue;
        const point = pointAt(edge.points, total * fraction);
        const box = badgeBox(point);
        const conflicts = obstacles.filter(obstacle => overlaps(box, obstacle)).length + grid.hits(box, edge.key);
        if (conflicts === 0) return point;
        if (!best || conflicts < best.conflicts) best = { point, conflicts };
    }
    // No free point on the line: beside it, close enough to read as its mark.
    for (let step = 0; step <= samples; step += 2) {
        const fraction = 0.1 + (0.8 * step) / samples;
        const point = pointAt(edge.points, total * fraction);
        for (const [dx, dy] of [[0, -14], [0, 14], [14, 0], [-14, 0], [0, -22], [0, 22]] as const) {
            const beside = { x: point.x + dx, y: point.y + dy };
            const box = badgeBox(beside);
            if (obstacles.every(obstacle => !overlaps(box, obstacle)) && grid.hits(box, '') === 0) return beside;
        }
    }
    return best?.point ?? pointAt(edge.points, total / 2);
}

/** The segments of all edges, bucketed by area, to ask which lines pass through a box. */
export class SegmentGrid {
    private readonly cells = new Map<string, Array<{ key: string; a: Point; b: Point }>>();
    private static readonly SIZE = 80;

    constructor(edges: readonly PlacedEdge[]) {
        for (const edge of edges) {
            for (let position = 1; position < edge.points.length; position++) {
                const segment = { key: edge.key, a: edge.points[position - 1]!, b: edge.points[position]! };
                for (const cell of this.cellsOf(boundsOf(segment.a, segment.b))) {
                    const list = this.cells.get(cell);
                    if (list) list.push(segment); else this.cells.set(cell, [segment]);
                }
            }
        }
    }

    /** How many segments of other edges pass through the box. */
    hits(box: Box, except: string): number {
        const seen = new Set<object>();
        let count = 0;
        for (const cell of this.cellsOf(box)) {
            for (const segment of this.cells.get(cell) ?? []) {
                if (segment.key === except || seen.has(segment)) continue;
                seen.add(segment);
                if (segmentHitsBox(segment.a, segment.b, box)) count++;
            }
        }
        return count;
    }

    private *cellsOf(box: Box): Generator<string> {
        const size = SegmentGrid.SIZE;
        for (let x = Math.floor(box.x / size); x <= Math.floor((box.x + box.width) / size); x++) {
            for (let y = Math.floor(box.y / size); y <= Math.floor((box.y + box.height) / size); y++) yield `${x},${y}`;
        }
    }
}

function boundsOf(a: Point, b: Point): Box {
    return { x: Math.min(a.x, b.x), y: Math.min(a.y, b.y), width: Math.abs(a.x - b.x), height: Math.abs(a.y - b.y) };
}

/** Does the segment a→b pass through the box (Liang–Barsky clipping)? */
export function segmentHitsBox(a: Point, b: Point, box: Box): boolean {
    let t0 = 0;
    let t1 = 1;
    const dx = b.x - a.x;
    const dy = b.y - a.y;
    const checks: Array<[number, number]> = [[-dx, a.x - box.x], [dx, box.x + box.width - a.x], [-dy, a.y - box.y], [dy, box.y + box.height - a.y]];
    for (const [p, q] of checks) {
        if (p === 0) { if (q < 0) return false; continue; }
        const r = q / p;
        if (p < 0) { if (r > t1) return false; if (r > t0) t0 = r; } else { if (r < t0) return false; if (r < t1) t1 = r; }
    }
    return t0 <= t1;
}

export function length(points: readonly Point[]): number {
    let total = 0;
    for (let position = 1; position < points.length; position++) total += Math.hypot(points[position]!.x - points[position - 1]!.x, points[position]!.y - points[position - 1]!.y);
    return total;
}

export function pointAt(points: readonly Point[], distance: number): Point {
    let left = distance;
    for (let position = 1; position < points.length; position++) {
        const a = points[position - 1]!;
        const b = points[position]!;
        const segment = Math.hypot(b.x - a.x, b.y - a.y);
        if (left <= segment && segment > 0) return { x: Math.round((a.x + ((b.x - a.x) * left) / segment) * 10) / 10, y: Math.round((a.y + ((b.y - a.y) * left) / segment) * 10) / 10 };
        left -= segment;
    }
    return points[points.length - 1] ?? { x: 0, y: 0 };
}

/**
 * Sizes, fonts and the small geometry helpers every view's layout shares.
 * Node sizes are fixed per kind (labels wrap inside them), so renaming or
 * retitling an element never moves its neighbours.
 */
import type { Box, LaidOutDiagram, PlacedEdge, PlacedFrame, PlacedLane, PlacedNode, Point } from '../model/diagram-model.js';
import type { FontSpec } from './text-metrics.js';

export const NODE_WIDTH = 176;
export const NODE_HEIGHT = 76;
/**
 * The smallest font is 12 px, so a picture up to `LAYOUT_WIDTH` wide shown at
 * the width of a 700 px panel (scale ≥ 0.92) keeps every text at 11 px or more.
 */
export const NAME_FONT: FontSpec = { size: 13, bold: true };
export const SMALL_FONT: FontSpec = { size: 12 };
export const LABEL_FONT: FontSpec = { size: 12 };
export const LANE_FONT: FontSpec = { size: 13, bold: true };
/** The smallest text the renderer writes (labels, details, legend, badges). */
export const MIN_FONT = 12;
export const LABEL_WIDTH = 132;
/** The width the views are laid out for when nobody says (a 700 px panel, with margins, at ≥ 92 %). */
export const LAYOUT_WIDTH = 720;

/** A laid-out part (a process, a cluster) in its own coordinates, placed later by translation. */
export interface Part {
    readonly width: number;
    readonly height: number;
    readonly nodes: PlacedNode[];
    readonly edges: PlacedEdge[];
    readonly lanes: PlacedLane[];
    readonly frames: PlacedFrame[];
}

export function translatePart(part: Part, dx: number, dy: number): Part {
    const box = <T extends Box>(item: T): T => ({ ...item, x: item.x + dx, y: item.y + dy });
    return {
        width: part.width, height: part.height,
        nodes: part.nodes.map(box),
        lanes: part.lanes.map(box),
        frames: part.frames.map(box),
        edges: part.edges.map(edge => ({
            ...edge,
            points: edge.points.map(point => ({ x: point.x + dx, y: point.y + dy })),
            ...(edge.labelBox ? { labelBox: box(edge.labelBox) } : {}),
            ...(edge.badge ? { badge: { x: edge.badge.x + dx, y: edge.badge.y + dy } } : {})
        }))
    };
}

export function overlaps(a: Box, b: Box, margin = 0): boolean {
    return a.x < b.x + b.width + margin && b.x < a.x + a.width + margin && a.y < b.y + b.height + margin && b.y < a.y + a.height + margin;
}

/** Drops repeated points and points in the middle of a straight run. */
export function simplify(points: readonly Point[]): Point[] {
    const result: Point[] = [];
    for (const point of points) {
        const last = result[result.length - 1];
        if (last && Math.abs(last.x - point.x) < 0.01 && Math.abs(last.y - point.y) < 0.01) continue;
        const before = result[result.length - 2];
        if (before && last && ((before.x === last.x && last.x === point.x) || (before.y === last.y && last.y === point.y))) result.pop();
        result.push({ x: round(point.x), y: round(point.y) });
    }
    return result;
}

export function round(value: number): number {
    return Math.round(value * 10) / 10;
}

export function emptyDiagram(view: LaidOutDiagram['view'], title: string, message: string): LaidOutDiagram {
    return { view, title, width: 480, height: 120, nodes: [], edges: [], lanes: [], frames: [], message };
}

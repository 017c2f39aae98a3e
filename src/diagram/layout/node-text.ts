/**
 * The text inside a node — its name, title, detail and performers — wrapped
 * to the node's width, and the height that text needs. One function for the
 * layout (which sizes the node) and the renderer (which draws the lines), so
 * both agree on every line.
 */
import type { NodeKind } from '../model/diagram-model.js';
import { NAME_FONT, SMALL_FONT } from './geometry.js';
import { wrapWords, type FontSpec } from './text-metrics.js';

export interface NodeText {
    readonly kind: NodeKind;
    readonly name: string;
    readonly title?: string;
    readonly detail?: string;
    readonly performers?: readonly string[];
}

export interface TextLine {
    readonly text: string;
    /** `name`, `sub` (title), `detail`, `performers` */
    readonly role: 'name' | 'sub' | 'detail' | 'performers';
    readonly font: FontSpec;
    readonly height: number;
}

/** Space above the first line (the kind's glyph sits in the top-left corner) and below the last. */
export const TEXT_TOP = 8;
export const TEXT_BOTTOM = 6;
/** Every node is NODE_HEIGHT high: the name (up to two lines) and up to four lines in all fit, so a retitled element never pushes its neighbours. */
const MAX_LINES = 4;

/** Below this width a node's text starts under its glyph and badge instead of between them. */
export const NARROW_NODE = 150;
/** Where the glyph and the badge leave room for the first line in a narrow node. */
export const GLYPH_ROW = 20;

/** Room for text beside the glyph (left) and the findings badge (right); a narrow node's text runs under them. */
export function textInset(kind: NodeKind, width = NARROW_NODE): number {
    if (width < NARROW_NODE) return kind === 'process' || kind === 'metric' ? 14 : 6;
    return kind === 'process' || kind === 'metric' ? 22 : 21;
}

export function nodeLines(node: NodeText, width: number): { lines: TextLine[]; cut: boolean } {
    const room = width - 2 * textInset(node.kind, width);
    const name = wrapWords(node.name, room, NAME_FONT, width < NARROW_NODE ? 3 : 2);
    let left = (width < NARROW_NODE ? MAX_LINES - 1 : MAX_LINES) - name.lines.length;
    const take = (text: string | undefined, most: number) => {
        if (!text || left <= 0) return { lines: [] as string[], cut: !!text };
        const wrapped = wrapWords(text, room, SMALL_FONT, Math.min(most, left));
        left -= wrapped.lines.length;
        return wrapped;
    };
    const hasTitle = !!node.title && node.title !== node.name;
    const title = take(hasTitle ? node.title : undefined, 2);
    const performers = take(node.performers && node.performers.length > 0 ? `with ${node.performers.join(', ')}` : undefined, 1);
    const detail = take(node.detail, 2);
    const lines: TextLine[] = [
        ...name.lines.map(text => ({ text, role: 'name' as const, font: NAME_FONT, height: 16 })),
        ...title.lines.map(text => ({ text, role: 'sub' as const, font: SMALL_FONT, height: 15 })),
        ...performers.lines.map(text => ({ text, role: 'performers' as const, font: SMALL_FONT, height: 15 })),
        ...detail.lines.map(text => ({ text, role: 'detail' as const, font: SMALL_FONT, height: 15 }))
    ];
    return { lines, cut: name.cut || title.cut || detail.cut || performers.cut };
}

/** The tooltip of a node: everything its lines may have cut. */
export function nodeTooltip(node: NodeText): string {
    const label = node.title && node.title !== node.name ? `${node.kind} ${node.name} “${node.title}”` : `${node.kind} ${node.name}`;
    return [label, ...(node.performers && node.performers.length > 0 ? [`performed with ${node.performers.join(', ')}`] : []), ...(node.detail ? [node.detail] : [])].join('\n');
}

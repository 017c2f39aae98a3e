/**
 * The outline and the small glyph of each kind of node, in the node's own
 * coordinates: a rounded box with a person for actors, a square box with a
 * screen for tools, a rounded box with a tick for tasks, a chevron for
 * processes, a hexagon with a gauge for metrics, a speech bubble for feedback.
 */
import type { ChangeMark, NodeKind } from '../model/diagram-model.js';

export function shapeOf(kind: NodeKind, width: number, height: number): string {
    const w = width;
    const h = height;
    switch (kind) {
        case 'actor': return `<rect class="sts-shape" width="${w}" height="${h}" rx="20"/>`;
        case 'tool': return `<rect class="sts-shape" width="${w}" height="${h}" rx="2"/><line class="sts-shape" x1="0" y1="${h - 6}" x2="${w}" y2="${h - 6}"/>`;
        case 'task': return `<rect class="sts-shape" width="${w}" height="${h}" rx="8"/>`;
        case 'process': return `<polygon class="sts-shape" points="0,0 ${w - 14},0 ${w},${h / 2} ${w - 14},${h} 0,${h} 10,${h / 2}"/>`;
        case 'metric': return `<polygon class="sts-shape" points="12,0 ${w - 12},0 ${w},${h / 2} ${w - 12},${h} 12,${h} 0,${h / 2}"/>`;
        case 'feedback': return `<path class="sts-shape" d="M8,0 H${w - 8} Q${w},0 ${w},8 V${h - 14} Q${w},${h - 6} ${w - 8},${h - 6} H34 L22,${h} L24,${h - 6} H8 Q0,${h - 6} 0,${h - 14} V8 Q0,0 8,0 Z"/>`;
    }
}

/** A 14×14 glyph drawn at the node's top-left corner, so kinds differ in more than colour. */
export function glyphOf(kind: NodeKind): string {
    switch (kind) {
        case 'actor': return '<circle class="sts-glyph" cx="7" cy="4" r="3"/><path class="sts-glyph" d="M1,14 Q1,8 7,8 Q13,8 13,14"/>';
        case 'tool': return '<rect class="sts-glyph" x="0.5" y="1" width="13" height="9" rx="1"/><path class="sts-glyph" d="M4,13.5 H10 M7,10 V13.5"/>';
        case 'task': return '<rect class="sts-glyph" x="0.5" y="0.5" width="13" height="13" rx="3"/><path class="sts-glyph" d="M3.5,7 L6,9.5 L10.5,4.5"/>';
        case 'process': return '<path class="sts-glyph" d="M1,3 H9 L13,7 L9,11 H1 L4,7 Z"/>';
        case 'metric': return '<path class="sts-glyph" d="M1.5,12 A6,6 0 0 1 12.5,12 M7,12 L10,6"/>';
        case 'feedback': return '<path class="sts-glyph" d="M11,3 A5,5 0 1 0 12,9 M12,1 V4 H9"/>';
    }
}

const CHANGE_SYMBOL: Record<ChangeMark, string> = { added: '+', removed: '\u2212', changed: '~' };
export const CHANGE_TITLE: Record<ChangeMark, string> = { added: 'added by the change', removed: 'removed by the change', changed: 'changed by the change' };

/** A round mark at the node's top-left corner (the badge takes the right one): the change in a symbol, not only in colour. */
export function changeMark(change: ChangeMark, x = 2, y = 2): string {
    return `<g class="sts-change-mark" data-change="${change}" transform="translate(${x},${y})"><title>${CHANGE_TITLE[change]}</title>`
        + `<circle r="8"/><text x="0" y="4" text-anchor="middle">${CHANGE_SYMBOL[change]}</text></g>`;
}

/**
 * The legend under the picture: the shapes of the kinds of node shown, the
 * kinds of arrow shown, and the badge colours of the findings shown.
 */
import type { ChangeMark, EdgeKind, LaidOutDiagram, NodeKind, Severity } from '../model/diagram-model.js';
import { CHANGE_MARKS, NODE_KINDS, SEVERITIES } from '../model/diagram-model.js';
import { textWidth } from '../layout/text-metrics.js';
import { changeMark, shapeOf } from './shapes.js';

const NODE_WORDS: Record<NodeKind, string> = {
    actor: 'person or role', tool: 'tool', task: 'task', process: 'process', metric: 'metric', feedback: 'feedback'
};
const EDGE_WORDS: Record<EdgeKind, string> = {
    owns: 'owns (accountable)', performs: 'performs', member: 'member of team', uses: 'uses', automates: 'automates', handoff: 'handoff (item, via tool)', feeds: 'feeds data to',
    feedback: 'feedback going back', measures: 'measures', trained: 'trained on', untrained: 'uses without training'
};
const SEVERITY_WORDS: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'info', hint: 'hint' };
const CHANGE_WORDS: Record<ChangeMark, string> = { added: 'added', removed: 'removed (drawn faded)', changed: 'changed' };
const ROW = 28;
const FONT = { size: 12 };

interface Item { readonly width: number; readonly svg: (x: number, y: number) => string }

function items(diagram: LaidOutDiagram, prefix = 'sts'): Item[] {
    const nodeKinds = new Set(diagram.nodes.map(node => node.kind));
    const edgeKinds = new Set(diagram.edges.map(edge => edge.kind));
    const implicit = diagram.edges.some(edge => edge.kind === 'uses' && edge.implicit);
    const severities = new Set([...diagram.nodes, ...diagram.edges].flatMap(holder => holder.findings.map(finding => finding.severity)));
    const list: Item[] = [];
    const text = (x: number, y: number, words: string) => `<text x="${x}" y="${y + 4}">${words}</text>`;
    for (const kind of NODE_KINDS.filter(kind => nodeKinds.has(kind))) {
        list.push({
            width: 38 + textWidth(NODE_WORDS[kind], FONT) + 18,
            svg: (x, y) => `<g class="sts-legend-item sts-${kind}" transform="translate(${x},${y - 9})"><g transform="scale(0.18,0.28)">${shapeOf(kind, 176, 64)}</g></g>${text(x + 38, y, NODE_WORDS[kind])}`
        });
    }
    const edge = (kind: EdgeKind, words: string, extra = '') => ({
        width: 44 + textWidth(words, FONT) + 18,
        svg: (x: number, y: number) => `<g class="sts-legend-item sts-${kind}${extra}"><path class="sts-line" d="M${x},${y} H${x + 34}" marker-end="url(#${prefix}-arrow-${kind})"/></g>${text(x + 44, y, words)}`
    });
    for (const kind of Object.keys(EDGE_WORDS) as EdgeKind[]) {
        if (!edgeKinds.has(kind)) continue;
        if (kind === 'uses' && diagram.edges.some(candidate => candidate.kind === 'uses' && !candidate.implicit)) list.push(edge('uses', EDGE_WORDS.uses));
        else if (kind !== 'uses') list.push(edge(kind, EDGE_WORDS[kind]));
    }
    if (implicit) list.push(edge('uses', 'sends work through', ' sts-implicit'));
    if (diagram.nodes.some(node => node.performers && node.performers.length > 0)) {
        const words = 'with …: also performed by';
        list.push({ width: 24 + textWidth(words, FONT) + 18, svg: (x, y) => `<text class="sts-legend-performers" x="${x}" y="${y + 4}">${words}</text>` });
    }
    if (diagram.view === 'process') {
        const words = 'a process starts in its owner\u2019s lane';
        list.push({ width: textWidth(words, FONT) + 18, svg: (x, y) => text(x, y, words) });
    }
    const changes = new Set([...diagram.nodes, ...diagram.edges].flatMap(holder => (holder.change ? [holder.change] : [])));
    for (const change of CHANGE_MARKS.filter(mark => changes.has(mark))) {
        list.push({
            width: 34 + textWidth(CHANGE_WORDS[change], FONT) + 18,
            svg: (x, y) => `<g class="sts-legend-change sts-change-${change}"><rect x="${x}" y="${y - 8}" width="26" height="16" rx="3"/></g>${changeMark(change, x, y - 8)}${text(x + 34, y, CHANGE_WORDS[change])}`
        });
    }
    for (const severity of SEVERITIES.filter(severity => severities.has(severity))) {
        list.push({
            width: 24 + textWidth(`${SEVERITY_WORDS[severity]} (hover for details)`, FONT) + 18,
            svg: (x, y) => `<g class="sts-legend-badge" data-severity="${severity}" transform="translate(${x + 8},${y})"><circle r="8"/><text x="0" y="4" text-anchor="middle">!</text></g>${text(x + 22, y, `${SEVERITY_WORDS[severity]} (hover for details)`)}`
        });
    }
    return list;
}

function rows(list: readonly Item[], width: number): Item[][] {
    const result: Item[][] = [[]];
    let used = 0;
    for (const item of list) {
        if (used + item.width > width && result[result.length - 1]!.length > 0) {
            result.push([]);
            used = 0;
        }
        result[result.length - 1]!.push(item);
        used += item.width;
    }
    return result;
}

export function legendHeight(diagram: LaidOutDiagram, width: number): number {
    return 26 + rows(items(diagram), width - 24).length * ROW + 6;
}

/** `prefix`: of the arrow markers' ids, as the picture names them. */
export function renderLegend(diagram: LaidOutDiagram, x: number, y: number, width: number, prefix = 'sts'): string {
    const laidOut = rows(items(diagram, prefix), width - 24);
    const height = 26 + laidOut.length * ROW + 6;
    const body = laidOut.map((row, position) => {
        let left = x + 12;
        return row.map(item => {
            const svg = item.svg(left, y + 26 + position * ROW + ROW / 2);
            left += item.width;
            return svg;
        }).join('');
    }).join('');
    return `<g class="sts-legend"><rect x="${x}" y="${y}" width="${width}" height="${height}" rx="4"/>`
        + `<text class="sts-legend-title" x="${x + 12}" y="${y + 18}">${escapeText(diagram.title)} · ${diagram.view} view · legend</text>${body}</g>`;
}

function escapeText(text: string): string {
    return text.replace(/[&<>]/g, character => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[character]!);
}

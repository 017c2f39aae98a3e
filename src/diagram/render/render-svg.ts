/**
 * Stage 3: a laid-out diagram → an SVG string (no DOM needed), themed by CSS
 * variables. The markup is a contract with the preview and its tests: every
 * node is `<g class="sts-node sts-<kind>" data-id="<id>">` with a `<text>`
 * holding the element's name, every edge `<g class="sts-edge sts-<kind>"
 * data-id="<id>">`, a finding badge `<g class="sts-badge"
 * data-severity="…">` inside its node or edge, and the root carries
 * `data-view`.
 */
import type { Box, DiagramFinding, LaidOutDiagram, PlacedEdge, PlacedFrame, PlacedLane, PlacedNode, Point, Severity } from '../model/diagram-model.js';
import { SEVERITIES } from '../model/diagram-model.js';
import { NAME_FONT, SMALL_FONT } from '../layout/geometry.js';
import { ellipsis, textWidth as measure, wrapText } from '../layout/text-metrics.js';
import { renderLegend, legendHeight } from './legend.js';
import { glyphOf, shapeOf, textInset } from './shapes.js';
import { STYLES, themeVariables, type ThemeName } from './theme.js';

export type { ThemeName } from './theme.js';

export interface RenderOptions {
    /** `vscode` maps the colours to VS Code's `--vscode-*` variables; `light`/`dark` are fixed palettes for files. Default `light`. */
    readonly theme?: ThemeName;
    /** Draw the legend of shapes and colours (default true). */
    readonly legend?: boolean;
}

export function renderSvg(diagram: LaidOutDiagram, options: RenderOptions = {}): string {
    const theme = options.theme ?? 'light';
    const withLegend = options.legend ?? true;
    const legendTop = diagram.height + 4;
    const legend = withLegend ? renderLegend(diagram, 12, legendTop, Math.max(diagram.width - 24, 560)) : '';
    const width = Math.ceil(Math.max(diagram.width, withLegend ? 584 : 0));
    const height = Math.ceil(diagram.height + (withLegend ? legendHeight(diagram, Math.max(diagram.width - 24, 560)) + 16 : 0));
    const parts = [
        `<svg xmlns="http://www.w3.org/2000/svg" class="sts-diagram sts-theme-${theme}" data-view="${diagram.view}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" style="${themeVariables(theme)}">`,
        `<title>${escape(diagram.title)}</title>`,
        `<style>${STYLES}</style>`,
        markers(),
        `<rect class="sts-background" width="${width}" height="${height}"/>`,
        `<g class="sts-lanes">${diagram.lanes.map(renderLane).join('')}</g>`,
        `<g class="sts-frames">${diagram.frames.map(renderFrame).join('')}</g>`,
        `<g class="sts-edges">${diagram.edges.map(renderEdge).join('')}</g>`,
        `<g class="sts-nodes">${diagram.nodes.map(renderNode).join('')}</g>`,
        diagram.message ? `<text class="sts-message" x="${width / 2}" y="${diagram.height / 2}" text-anchor="middle">${escape(diagram.message)}</text>` : '',
        legend,
        '</svg>'
    ];
    return parts.join('\n') + '\n';
}

function renderLane(lane: PlacedLane): string {
    const label = wrapText(lane.label, 104, { size: 13, bold: true }, 2);
    const detail = lane.detail ? wrapText(lane.detail, 104, { size: 11 }, 2) : [];
    const text = [
        ...label.map((line, position) => `<text class="sts-lane-label" x="${lane.x + 12}" y="${lane.y + 22 + position * 16}">${escape(line)}</text>`),
        ...detail.map((line, position) => `<text class="sts-lane-detail" x="${lane.x + 12}" y="${lane.y + 22 + label.length * 16 + position * 14}">${escape(line)}</text>`)
    ];
    return `<g class="sts-lane" data-key="${attribute(lane.key)}"${lane.actor ? ` data-actor="${attribute(lane.actor)}"` : ''}><rect x="${lane.x}" y="${lane.y}" width="${lane.width}" height="${lane.height}"/>${text.join('')}</g>`;
}

function renderFrame(frame: PlacedFrame): string {
    const unowned = frame.key === 'frame:unowned';
    const label = unowned
        ? `<text class="sts-frame-label" x="${frame.x + 10}" y="${frame.y + 17}">${escape(frame.label)}</text>`
        : `<text class="sts-frame-label" x="${frame.x + 12}" y="${frame.y + 23}">${escape(frame.label)}</text>`;
    return `<g class="sts-frame${unowned ? ' sts-unowned' : ''}"${frame.id ? ` data-id="${attribute(frame.id)}"` : ''}><rect x="${frame.x}" y="${frame.y}" width="${frame.width}" height="${frame.height}" rx="6"/>${label}</g>`;
}

function renderNode(node: PlacedNode): string {
    const inset = textInset(node.kind);
    const textWidth = node.width - inset * 2;
    const hasTitle = !!node.title && node.title !== node.name;
    const detail = node.detail ? wrapText(node.detail, textWidth, SMALL_FONT, hasTitle ? 1 : 2) : [];
    const title = hasTitle ? wrapText(node.title!, textWidth, SMALL_FONT, detail.length > 0 ? 1 : 2) : [];
    const lines = [
        { text: node.name, cls: 'sts-name', height: 16 },
        ...title.map(text => ({ text, cls: 'sts-sub', height: 14 })),
        ...detail.map(text => ({ text, cls: 'sts-sub sts-detail', height: 14 }))
    ];
    const total = lines.reduce((sum, line) => sum + line.height, 0);
    let y = (node.height - 6 - total) / 2 + 3;
    const text = lines.map(line => {
        y += line.height;
        return line.cls === 'sts-name' ? nameText(line.text, node.width / 2, y - 3.5, node.width - 16)
            : `<text class="${line.cls}" x="${node.width / 2}" y="${y - 3.5}" text-anchor="middle">${escape(line.text)}</text>`;
    }).join('');
    const severity = worst(node.findings);
    const classes = `sts-node sts-${node.kind}${severity ? ` sts-has-${severity}` : ''}`;
    const tooltip = [labelOf(node), ...(node.detail ? [node.detail] : [])].join('\n');
    return `<g class="${classes}" data-id="${attribute(node.id)}" data-key="${attribute(node.key)}" transform="translate(${node.x},${node.y})">`
        + `<title>${escape(tooltip)}</title>${shapeOf(node.kind, node.width, node.height)}`
        + `<g transform="translate(${node.kind === 'process' ? 14 : 8},6)">${glyphOf(node.kind)}</g>${text}`
        + (severity ? badge(node.width - 6, 4, severity, node.findings) : '')
        + '</g>';
}

/**
 * The element's name, whole where it can be: a name a little too wide is
 * squeezed to fit (still legible), only a much longer one is cut with `…`.
 */
function nameText(name: string, x: number, y: number, room: number): string {
    const width = measure(name, NAME_FONT);
    if (width <= room) return `<text class="sts-name" x="${x}" y="${y}" text-anchor="middle">${escape(name)}</text>`;
    const text = width <= room * 1.25 ? name : ellipsis(name, room * 1.25, NAME_FONT);
    return `<text class="sts-name" x="${x}" y="${y}" text-anchor="middle" textLength="${room}" lengthAdjust="spacingAndGlyphs">${escape(text)}</text>`;
}

function renderEdge(edge: PlacedEdge): string {
    const severity = worst(edge.findings);
    const classes = `sts-edge sts-${edge.kind}${edge.implicit ? ' sts-implicit' : ''}${severity ? ` sts-has-${severity}` : ''}`;
    const arrow = severity === 'error' || severity === 'warning' ? severity : edge.kind;
    const path = `<path class="sts-line" d="${pathData(edge.points)}" marker-end="url(#sts-arrow-${arrow})"/>`;
    let label = '';
    if (edge.label && edge.labelBox) {
        const box = edge.labelBox;
        label = `<rect class="sts-label-box" x="${box.x}" y="${box.y}" width="${box.width}" height="${box.height}" rx="3"/>`
            + edge.label.map((line, position) => `<text class="sts-label${line.startsWith('via ') ? ' sts-label-via' : ''}" x="${box.x + box.width / 2}" y="${box.y + 14 + position * 13}" text-anchor="middle">${escape(line)}</text>`).join('');
    }
    // Without a label, a task's tool arrows carry their badge close to the task (their far ends merge into one bus).
    const at = edge.labelBox ? { x: edge.labelBox.x + edge.labelBox.width, y: edge.labelBox.y }
        : edge.kind === 'uses' || edge.kind === 'automates' ? alongFromTask(edge) : middleOf(edge.points);
    return `<g class="${classes}" data-id="${attribute(edge.id)}" data-key="${attribute(edge.key)}"><title>${escape(edgeTitle(edge))}</title>${path}${label}`
        + (severity ? badge(at.x, at.y, severity, edge.findings) : '')
        + '</g>';
}

function badge(x: number, y: number, severity: Severity, findings: readonly DiagramFinding[]): string {
    const mark = findings.length > 1 ? String(findings.length) : severity === 'info' ? 'i' : severity === 'hint' ? '?' : '!';
    const messages = findings.map(finding => `${finding.severity} ${finding.rule}: ${finding.message}`).join('\n');
    return `<g class="sts-badge" data-severity="${severity}" transform="translate(${x},${y})"><title>${escape(messages)}</title>`
        + `<circle r="9"/><text x="0" y="4" text-anchor="middle">${mark}</text></g>`;
}

function markers(): string {
    const kinds = ['owns', 'uses', 'automates', 'feeds', 'handoff', 'feedback', 'measures', 'trained', 'untrained', 'warning', 'error'];
    return `<defs>${kinds.map(kind => `<marker id="sts-arrow-${kind}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path class="sts-arrow-${kind}" d="M0,0 L10,5 L0,10 z"/></marker>`).join('')}</defs>`;
}

/** A polyline with its corners slightly rounded, which reads better where arrows turn. */
function pathData(points: readonly Point[]): string {
    if (points.length === 0) return '';
    const [first, ...rest] = points;
    let d = `M${first!.x},${first!.y}`;
    for (let position = 0; position < rest.length; position++) {
        const corner = rest[position]!;
        const next = rest[position + 1];
        const before = points[position]!;
        if (!next) { d += ` L${corner.x},${corner.y}`; continue; }
        const radius = Math.min(6, distance(before, corner) / 2, distance(corner, next) / 2);
        const inPoint = towards(corner, before, radius);
        const outPoint = towards(corner, next, radius);
        d += ` L${inPoint.x},${inPoint.y} Q${corner.x},${corner.y} ${outPoint.x},${outPoint.y}`;
    }
    return d;
}

function distance(a: Point, b: Point): number {
    return Math.hypot(a.x - b.x, a.y - b.y);
}

function towards(from: Point, to: Point, length: number): Point {
    const total = distance(from, to) || 1;
    return { x: round(from.x + ((to.x - from.x) * length) / total), y: round(from.y + ((to.y - from.y) * length) / total) };
}

function round(value: number): number {
    return Math.round(value * 10) / 10;
}

function alongFromTask(edge: PlacedEdge): Point {
    const points = edge.kind === 'automates' ? [...edge.points].reverse() : edge.points;
    return pointAt(points, 34);
}

function pointAt(points: readonly Point[], length: number): Point {
    let left = length;
    for (let position = 1; position < points.length; position++) {
        const a = points[position - 1]!;
        const b = points[position]!;
        const segment = distance(a, b);
        if (left <= segment) return towards(a, b, left);
        left -= segment;
    }
    return points[points.length - 1] ?? { x: 0, y: 0 };
}

function middleOf(points: readonly Point[]): Point {
    let total = 0;
    for (let position = 1; position < points.length; position++) total += distance(points[position - 1]!, points[position]!);
    let left = total / 2;
    for (let position = 1; position < points.length; position++) {
        const a = points[position - 1]!;
        const b = points[position]!;
        const length = distance(a, b);
        if (left <= length) return towards(a, b, left);
        left -= length;
    }
    return points[0] ?? { x: 0, y: 0 };
}

export function worst(findings: readonly DiagramFinding[]): Severity | undefined {
    let best: number | undefined;
    for (const finding of findings) {
        const rank = SEVERITIES.indexOf(finding.severity);
        if (best === undefined || rank < best) best = rank;
    }
    return best === undefined ? undefined : SEVERITIES[best];
}

function labelOf(node: PlacedNode): string {
    return node.title && node.title !== node.name ? `${node.kind} ${node.name} “${node.title}”` : `${node.kind} ${node.name}`;
}

function edgeTitle(edge: PlacedEdge): string {
    const name = (id: string) => id.slice(id.indexOf(':') + 1);
    const words: Record<PlacedEdge['kind'], string> = {
        owns: 'owns', uses: edge.implicit ? 'sends work through' : 'uses', automates: 'automates', handoff: 'hands off to',
        trained: 'trained on', untrained: 'uses without training', feeds: 'feeds', measures: 'measures', feedback: 'feedback back to'
    };
    const base = `${name(edge.from)} ${words[edge.kind]} ${name(edge.to)}`;
    return edge.label ? `${base}: ${edge.label.join(', ')}` : base;
}

/** Attribute values keep `->` readable: only what would end or break the value is escaped. */
function attribute(text: string): string {
    return text.replace(/[&<"]/g, character => ({ '&': '&amp;', '<': '&lt;', '"': '&quot;' })[character]!);
}

export function escape(text: string): string {
    return text.replace(/[&<>"']/g, character => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[character]!);
}

export type { Box };

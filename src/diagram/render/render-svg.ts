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
import { CHANGE_MARKS, SEVERITIES } from '../model/diagram-model.js';
import { LANE_FONT, SMALL_FONT } from '../layout/geometry.js';
import { GLYPH_ROW, NARROW_NODE, nodeLines, nodeTooltip, TEXT_TOP } from '../layout/node-text.js';
import { widestPiece, wrapWords } from '../layout/text-metrics.js';
import { renderLegend, legendHeight } from './legend.js';
import { CHANGE_TITLE, changeMark, glyphOf, shapeOf } from './shapes.js';
import { stylesFor, themeVariables, type ThemeName } from './theme.js';

export type { ThemeName } from './theme.js';

export interface RenderOptions {
    /** `vscode` maps the colours to VS Code's `--vscode-*` variables; `light`/`dark` are fixed palettes for files. Default `light`. */
    readonly theme?: ThemeName;
    /** Draw the legend of shapes and colours (default true). */
    readonly legend?: boolean;
    /** The font family list written into the SVG (default: Liberation Sans, Arial and alikes). */
    readonly fontFamily?: string;
    /**
     * Where a finding badge links to (e.g. the report's entry for that finding); no link when it
     * answers undefined. The findings are the node's or edge's, worst first.
     */
    readonly badgeLink?: (findings: readonly DiagramFinding[]) => string | undefined;
    /** Prefix of the ids in the SVG (arrow markers), so several pictures can share one HTML page. */
    readonly idPrefix?: string;
}

/** The width of the SVG of a diagram (the legend needs a little room of its own). */
export function pictureWidth(diagram: LaidOutDiagram, withLegend = true): number {
    return Math.ceil(Math.max(diagram.width, withLegend ? LEGEND_MIN : 0));
}

const LEGEND_MIN = 584;

export function renderSvg(diagram: LaidOutDiagram, options: RenderOptions = {}): string {
    const theme = options.theme ?? 'light';
    const withLegend = options.legend ?? true;
    const legendTop = diagram.height + 4;
    const prefix = options.idPrefix ?? 'sts';
    const legend = withLegend ? renderLegend(diagram, 12, legendTop, Math.max(diagram.width - 24, 560), prefix) : '';
    const width = pictureWidth(diagram, withLegend);
    const height = Math.ceil(diagram.height + (withLegend ? legendHeight(diagram, Math.max(diagram.width - 24, 560)) + 16 : 0));
    // Only the editor's theme keeps CSS variables (VS Code sets them); files get every colour written out.
    const style = theme === 'vscode' ? ` style="${themeVariables(theme)}"` : '';
    const draw: Drawing = { link: options.badgeLink ?? (() => undefined), prefix };
    const parts = [
        `<svg xmlns="http://www.w3.org/2000/svg" class="sts-diagram sts-theme-${theme}" data-view="${diagram.view}"${diagram.direction ? ` data-direction="${diagram.direction}"` : ''} width="${width}" height="${height}" viewBox="0 0 ${width} ${height}"${style}>`,
        `<title>${escape(diagram.title)}</title>`,
        `<style>${stylesFor(theme, options.fontFamily)}</style>`,
        markers(draw.prefix, diagram.edges.some(edge => edge.change !== undefined)),
        `<rect class="sts-background" width="${width}" height="${height}"/>`,
        `<g class="sts-lanes">${diagram.lanes.map((lane, position) => renderLane(lane, position)).join('')}</g>`,
        `<g class="sts-frames">${diagram.frames.map(renderFrame).join('')}</g>`,
        `<g class="sts-edges">${diagram.edges.map(edge => renderEdge(edge, draw)).join('')}</g>`,
        `<g class="sts-nodes">${diagram.nodes.map(node => renderNode(node, draw)).join('')}</g>`,
        diagram.message ? `<text class="sts-message" x="${width / 2}" y="${diagram.height / 2}" text-anchor="middle">${escape(diagram.message)}</text>` : '',
        legend,
        '</svg>'
    ];
    return parts.join('\n') + '\n';
}

interface Drawing {
    readonly link: (findings: readonly DiagramFinding[]) => string | undefined;
    readonly prefix: string;
}

function renderLane(lane: PlacedLane, position: number): string {
    // Lane titles wrap at word boundaries only: the room is at least the widest word.
    const room = Math.max(lane.header === 'top' ? lane.width - 16 : 104, widestPiece(lane.label, LANE_FONT));
    const label = lane.label ? wrapWords(lane.label, room, LANE_FONT, 3).lines : [];
    const detail = lane.detail ? wrapWords(lane.detail, room, SMALL_FONT, 2).lines : [];
    const text = [
        ...label.map((line, position) => `<text class="sts-lane-label" x="${lane.x + 12}" y="${lane.y + 22 + position * 17}">${escape(line)}</text>`),
        ...detail.map((line, position) => `<text class="sts-lane-detail" x="${lane.x + 12}" y="${lane.y + 22 + label.length * 17 + position * 15}">${escape(line)}</text>`)
    ];
    return `<g class="sts-lane${position % 2 === 1 ? ' sts-alt' : ''}" data-key="${attribute(lane.key)}"${lane.actor ? ` data-actor="${attribute(lane.actor)}"` : ''}><rect x="${lane.x}" y="${lane.y}" width="${lane.width}" height="${lane.height}"/>${text.join('')}</g>`;
}

function renderFrame(frame: PlacedFrame): string {
    const unowned = frame.key === 'frame:unowned';
    const label = unowned
        ? `<text class="sts-frame-label" x="${frame.x + 10}" y="${frame.y + 17}">${escape(frame.label)}</text>`
        : frame.label.split('\n').map((line, position) => `<text class="sts-frame-label" x="${frame.x + 12}" y="${frame.y + 23 + position * 19}">${escape(line)}</text>`).join('');
    return `<g class="sts-frame${unowned ? ' sts-unowned' : ''}"${frame.id ? ` data-id="${attribute(frame.id)}"` : ''}><rect x="${frame.x}" y="${frame.y}" width="${frame.width}" height="${frame.height}" rx="6"/>${label}</g>`;
}

function renderNode(node: PlacedNode, draw: Drawing): string {
    const { lines } = nodeLines(node, node.width);
    const top = node.width < NARROW_NODE ? GLYPH_ROW : TEXT_TOP;
    let y = top + Math.max(0, (node.height - top - 6 - lines.reduce((sum, line) => sum + line.height, 0)) / 2);
    const text = lines.map(line => {
        y += line.height;
        const cls = line.role === 'name' ? 'sts-name' : line.role === 'performers' ? 'sts-sub sts-performers' : line.role === 'detail' ? 'sts-sub sts-detail' : 'sts-sub';
        return `<text class="${cls}" x="${node.width / 2}" y="${y - 4}" text-anchor="middle">${escape(line.text)}</text>`;
    }).join('');
    const severity = worst(node.findings);
    const classes = `sts-node sts-${node.kind}${severity ? ` sts-has-${severity}` : ''}${node.change ? ` sts-change-${node.change}` : ''}`;
    return `<g class="${classes}" data-id="${attribute(node.id)}" data-key="${attribute(node.key)}" transform="translate(${node.x},${node.y})">`
        + `<title>${escape(nodeTooltip(node))}</title>${shapeOf(node.kind, node.width, node.height)}`
        + `<g transform="translate(${node.kind === 'process' ? 14 : 8},6)">${glyphOf(node.kind)}</g>${text}`
        + (severity ? badge(node.width - 6, 4, severity, node.findings, draw) : '')
        + (node.change ? changeMark(node.change) : '')
        + '</g>';
}

function renderEdge(edge: PlacedEdge, draw: Drawing): string {
    const severity = worst(edge.findings);
    const classes = `sts-edge sts-${edge.kind}${edge.implicit ? ' sts-implicit' : ''}${severity ? ` sts-has-${severity}` : ''}${edge.change ? ` sts-change-${edge.change}` : ''}`;
    const arrow = edge.change ?? (severity === 'error' || severity === 'warning' ? severity : edge.kind);
    const path = `<path class="sts-line" d="${pathData(edge.points)}" marker-end="url(#${draw.prefix}-arrow-${arrow})"/>`;
    let label = '';
    if (edge.label && edge.labelBox) {
        const box = edge.labelBox;
        label = `<rect class="sts-label-box" x="${box.x}" y="${box.y}" width="${box.width}" height="${box.height}" rx="3"/>`
            + edge.label.map((line, position) => `<text class="sts-label${line.startsWith('via ') ? ' sts-label-via' : ''}" x="${box.x + box.width / 2}" y="${box.y + 14 + position * 13}" text-anchor="middle">${escape(line)}</text>`).join('');
    }
    // The layout chose a free place for the badge; an older picture without one gets the middle of the line.
    const at = edge.badge ?? middleOf(edge.points);
    const title = edgeTitle(edge) + (edge.change ? ` (${CHANGE_TITLE[edge.change]})` : '');
    return `<g class="${classes}" data-id="${attribute(edge.id)}" data-key="${attribute(edge.key)}"><title>${escape(title)}</title>${path}${label}`
        + (severity ? badge(at.x, at.y, severity, edge.findings, draw) : '')
        + '</g>';
}

function badge(x: number, y: number, severity: Severity, findings: readonly DiagramFinding[], draw: Drawing): string {
    const mark = findings.length > 1 ? String(findings.length) : severity === 'info' ? 'i' : severity === 'hint' ? '?' : '!';
    const messages = findings.map(finding => `${finding.severity} ${finding.rule}: ${finding.message}`).join('\n');
    const drawn = `<g class="sts-badge" data-severity="${severity}" transform="translate(${x},${y})"><title>${escape(messages)}</title>`
        + `<circle r="9"/><text x="0" y="4" text-anchor="middle">${mark}</text></g>`;
    const href = draw.link(worstFirst(findings));
    return href === undefined ? drawn : `<a class="sts-badge-link" href="${attribute(href)}">${drawn}</a>`;
}

function worstFirst(findings: readonly DiagramFinding[]): DiagramFinding[] {
    return [...findings].sort((a, b) => SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity));
}

/** Arrow heads, sized by the line's width; a changed line is drawn thicker, so its head is made smaller to match. */
function markers(prefix: string, changes: boolean): string {
    const kinds = ['owns', 'performs', 'member', 'uses', 'automates', 'feeds', 'handoff', 'feedback', 'measures', 'trained', 'untrained', 'warning', 'error'];
    const marker = (kind: string, size: number) => `<marker id="${prefix}-arrow-${kind}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="${size}" markerHeight="${size}" orient="auto-start-reverse"><path class="sts-arrow-${kind}" d="M0,0 L10,5 L0,10 z"/></marker>`;
    return `<defs>${kinds.map(kind => marker(kind, 7)).join('')}${changes ? CHANGE_MARKS.map(kind => marker(kind, 3.5)).join('') : ''}</defs>`;
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

function edgeTitle(edge: PlacedEdge): string {
    const name = (id: string) => id.slice(id.indexOf(':') + 1);
    const words: Record<PlacedEdge['kind'], string> = {
        owns: 'owns', performs: 'performs', member: 'is a member of', uses: edge.implicit ? 'sends work through' : 'uses', automates: 'automates', handoff: 'hands off to',
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

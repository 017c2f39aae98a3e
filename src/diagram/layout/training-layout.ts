/**
 * The training view: people in a column on the left, tools in a column on the
 * right, a solid line for every `trained on` and a dashed warning line for
 * every tool someone uses (in a task they own or perform, or by sending a
 * handoff through it) without having been trained on it. It grows downwards.
 * Both columns are ordered to keep lines from crossing (a few barycentre
 * sweeps, ties in model order); each line has its own port at both ends,
 * ordered by the node at the other end. With the previous picture, everyone
 * keeps their place and newcomers slot in where the ordering puts them.
 */
import type { DiagramEdge, DiagramFinding, DiagramNode, ElementId, LaidOutDiagram, PlacedEdge, PlacedNode } from '../model/diagram-model.js';
import { NODE_HEIGHT } from './geometry.js';
import { placeInSequence } from './stable-placement.js';
import { placedEdge, placeNode, push, uniqueFindings, ViewModel } from './view-model.js';

const MARGIN = 12;
const NODE_W = 176;
const BETWEEN = 300;
const GAP = 14;
const SWEEPS = 6;

export function layoutTrainingView(model: ViewModel, previous: LaidOutDiagram | undefined): LaidOutDiagram {
    const before = previous?.view === 'training' ? previous : undefined;
    const actors = model.nodesOfKind('actor');
    const tools = model.nodesOfKind('tool');
    const edges = [...model.edges('trained'), ...model.edges('untrained')].filter(edge => model.node(edge.from) && model.node(edge.to));
    const { left, right } = orderColumns(actors, tools, edges);
    const previousY = before ? new Map(before.nodes.map(node => [node.key, node.y])) : undefined;
    const actorX = MARGIN + 8;
    const toolX = actorX + NODE_W + BETWEEN;
    const nodes: PlacedNode[] = [];
    const boxes = new Map<ElementId, PlacedNode>();
    for (const [column, x] of [[stableOrder(left, previousY), actorX], [stableOrder(right, previousY), toolX]] as const) {
        const y = placeInSequence(column.map(node => ({ key: node.id, size: NODE_HEIGHT })), GAP, MARGIN + 8, previousY, GAP);
        for (const node of column) {
            const placed = placeNode(node, { x, y: y.get(node.id)!, width: NODE_W, height: NODE_HEIGHT });
            nodes.push(placed);
            boxes.set(node.id, placed);
        }
    }

    // Ports: the lines at one side of a node, ordered by where the other end is, so they do not cross there.
    const centre = (id: ElementId) => boxes.get(id)!.y + NODE_HEIGHT / 2;
    const ports = (groupBy: (edge: DiagramEdge) => ElementId, other: (edge: DiagramEdge) => ElementId) => {
        const groups = new Map<ElementId, DiagramEdge[]>();
        for (const edge of edges) push(groups, groupBy(edge), edge);
        const result = new Map<string, number>();
        for (const [id, group] of groups) {
            group.sort((a, b) => centre(other(a)) - centre(other(b)) || (other(a) < other(b) ? -1 : 1));
            // Ports stay clear of the badge in the top-right corner.
            const step = Math.min(9, (NODE_HEIGHT - 32) / Math.max(1, group.length - 1));
            group.forEach((edge, position) => result.set(edge.id, centre(id) + 6 + (position - (group.length - 1) / 2) * step));
        }
        return result;
    };
    const fromPort = ports(edge => edge.from, edge => edge.to);
    const toPort = ports(edge => edge.to, edge => edge.from);
    const findings = untrainedFindings(model);
    const placedEdges: PlacedEdge[] = edges.map(edge => {
        const a = { x: actorX + NODE_W, y: fromPort.get(edge.id)! };
        const b = { x: toolX, y: toPort.get(edge.id)! };
        const points = [a, { x: a.x + 18, y: a.y }, { x: b.x - 18, y: b.y }, b];
        return placedEdge(edge, points, edge.kind === 'untrained' ? uniqueFindings([...edge.findings, ...(findings.get(edge.id) ?? [])]) : edge.findings);
    });
    const bottom = nodes.reduce((most, node) => Math.max(most, node.y + node.height), MARGIN + 8) + 8;
    const width = toolX + NODE_W + 8 + MARGIN;
    return {
        view: 'training', title: model.model.title ?? (model.model.system || 'System'),
        width, height: bottom + MARGIN, nodes, edges: placedEdges, frames: [],
        lanes: [
            { key: 'band:people', label: '', x: MARGIN, y: MARGIN, width: NODE_W + 16, height: bottom - MARGIN },
            { key: 'band:technology', label: '', x: toolX - 8, y: MARGIN, width: NODE_W + 16, height: bottom - MARGIN }
        ]
    };
}

/**
 * Orders both columns to reduce crossings: starting from model order, each
 * sweep sorts one column by the mean position of its partners in the other
 * (nodes without partners keep their place among the others); the order with
 * the fewest crossings seen is kept.
 */
function orderColumns(actors: readonly DiagramNode[], tools: readonly DiagramNode[], edges: readonly DiagramEdge[]): { left: DiagramNode[]; right: DiagramNode[] } {
    const partners = new Map<ElementId, ElementId[]>();
    for (const edge of edges) {
        push(partners, edge.from, edge.to);
        push(partners, edge.to, edge.from);
    }
    let left = [...actors];
    let right = [...tools];
    let best = { left, right, crossings: countCrossings(left, right, edges) };
    for (let sweep = 0; sweep < SWEEPS && best.crossings > 0; sweep++) {
        if (sweep % 2 === 0) right = sortByPartners(right, left, partners); else left = sortByPartners(left, right, partners);
        const crossings = countCrossings(left, right, edges);
        if (crossings < best.crossings) best = { left, right, crossings };
    }
    return { left: best.left, right: best.right };
}

function sortByPartners(column: readonly DiagramNode[], other: readonly DiagramNode[], partners: ReadonlyMap<ElementId, ElementId[]>): DiagramNode[] {
    const position = new Map(other.map((node, index) => [node.id, index]));
    const weight = new Map<ElementId, number>();
    column.forEach((node, index) => {
        const linked = (partners.get(node.id) ?? []).map(id => position.get(id)).filter((value): value is number => value !== undefined);
        // Scale to the other column's length so unlinked nodes keep roughly their place.
        weight.set(node.id, linked.length > 0 ? linked.reduce((sum, value) => sum + value, 0) / linked.length : (index / Math.max(1, column.length - 1)) * Math.max(0, other.length - 1));
    });
    const original = new Map(column.map((node, index) => [node.id, index]));
    return [...column].sort((a, b) => weight.get(a.id)! - weight.get(b.id)! || original.get(a.id)! - original.get(b.id)!);
}

/** Crossings of straight lines between two ordered columns (pairs of edges whose ends are in opposite order). */
export function countCrossings(left: readonly DiagramNode[], right: readonly DiagramNode[], edges: readonly DiagramEdge[]): number {
    const l = new Map(left.map((node, index) => [node.id, index]));
    const r = new Map(right.map((node, index) => [node.id, index]));
    const pairs = edges.map(edge => [l.get(edge.from), r.get(edge.to)] as const).filter((pair): pair is readonly [number, number] => pair[0] !== undefined && pair[1] !== undefined);
    if (pairs.length > 3000) return 0; // too many to count quadratically: take the sorted order as it is
    let crossings = 0;
    for (let i = 0; i < pairs.length; i++) {
        for (let j = i + 1; j < pairs.length; j++) {
            const [a1, b1] = pairs[i]!;
            const [a2, b2] = pairs[j]!;
            if ((a1 - a2) * (b1 - b2) < 0) crossings++;
        }
    }
    return crossings;
}

/** With a previous picture: those placed before in their old order, newcomers after the node the ordering puts before them. */
function stableOrder(column: readonly DiagramNode[], previousY: ReadonlyMap<string, number> | undefined): DiagramNode[] {
    if (!previousY) return [...column];
    const known = column.filter(node => previousY.has(node.id)).sort((a, b) => previousY.get(a.id)! - previousY.get(b.id)!);
    const result = [...known];
    column.forEach((node, index) => {
        if (previousY.has(node.id)) return;
        const before = column.slice(0, index).reverse().find(candidate => result.includes(candidate));
        result.splice(before ? result.indexOf(before) + 1 : 0, 0, node);
    });
    return result;
}

/**
 * The untrained-user findings behind each warning line: on the handoffs the
 * actor sends through the tool, and on the `uses` of the actor's tasks.
 */
function untrainedFindings(model: ViewModel): Map<string, DiagramFinding[]> {
    const result = new Map<string, DiagramFinding[]>();
    const senderOf = (from: ElementId) => (from.startsWith('actor:') ? from : model.owner(from));
    for (const handoff of model.edges('handoff')) {
        const sender = senderOf(handoff.from);
        if (!sender || !handoff.via) continue;
        for (const finding of handoff.findings) if (finding.rule === 'untrained-user') push(result, `untrained:${name(sender)}->${name(handoff.via)}`, finding);
    }
    for (const uses of model.edges('uses')) {
        const owner = model.owner(uses.from);
        const task = model.node(uses.from);
        if (!owner || !task || !uses.source) continue;
        for (const finding of task.findings) {
            if (finding.rule === 'untrained-user' && sameRange(finding.range, uses.source.range)) push(result, `untrained:${name(owner)}->${name(uses.to)}`, finding);
        }
    }
    return result;
}

function name(id: ElementId): string {
    return id.slice(id.indexOf(':') + 1);
}

function sameRange(a: DiagramFinding['range'], b: DiagramFinding['range']): boolean {
    return a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;
}

/**
 * The training view: people in a row at the top, tools in a row below, a solid
 * arrow for every `trained on`, and a warning arrow for every tool someone uses
 * (in a task they own or perform, or by sending a handoff through it) without
 * having been trained on it. Tools sit under the people connected to them;
 * with the previous picture, everyone keeps their place.
 */
import type { DiagramEdge, DiagramFinding, ElementId, LaidOutDiagram, PlacedEdge, PlacedNode } from '../model/diagram-model.js';
import { NODE_HEIGHT, NODE_WIDTH } from './geometry.js';
import { placeInSequence, placeNear } from './stable-placement.js';
import { placedEdge, placeNode, push, uniqueFindings, ViewModel } from './view-model.js';

const LEFT = 120;
const TOP = 20;
const BAND_PADDING = 26;
const GAP = 28;
const BETWEEN = 150;

export function layoutTrainingView(model: ViewModel, previous: LaidOutDiagram | undefined): LaidOutDiagram {
    const actors = model.nodesOfKind('actor');
    const tools = model.nodesOfKind('tool');
    const edges = [...model.edges('trained'), ...model.edges('untrained')];
    const previousX = previous?.view === 'training' ? new Map(previous.nodes.map(node => [node.key, node.x])) : undefined;

    const actorX = placeInSequence(actors.map(actor => ({ key: actor.id, size: NODE_WIDTH })), GAP, LEFT, previousX);
    const actorsTop = TOP + BAND_PADDING;
    const nodes: PlacedNode[] = [];
    const boxes = new Map<ElementId, PlacedNode>();
    for (const actor of actors) {
        const placed = placeNode(actor, { x: actorX.get(actor.id)!, y: actorsTop, width: NODE_WIDTH, height: NODE_HEIGHT });
        nodes.push(placed);
        boxes.set(actor.id, placed);
    }
    const linked = new Map<ElementId, number[]>();
    for (const edge of edges) {
        const actor = boxes.get(edge.from);
        if (actor) push(linked, edge.to, actor.x + actor.width / 2);
    }
    const actorsEnd = Math.max(LEFT, ...[...boxes.values()].map(box => box.x + box.width));
    let spare = actorsEnd + GAP;
    const toolX = placeNear(tools.map(tool => {
        const users = linked.get(tool.id);
        const wanted = previousX?.get(tool.id)
            ?? (users ? users.reduce((sum, x) => sum + x, 0) / users.length - NODE_WIDTH / 2 : (spare += NODE_WIDTH + GAP) - NODE_WIDTH - GAP);
        return { key: tool.id, size: NODE_WIDTH, wanted: Math.max(LEFT, wanted) };
    }), GAP, LEFT);
    const toolsTop = actorsTop + NODE_HEIGHT + BETWEEN;
    for (const tool of tools) {
        const placed = placeNode(tool, { x: toolX.get(tool.id)!, y: toolsTop, width: NODE_WIDTH, height: NODE_HEIGHT });
        nodes.push(placed);
        boxes.set(tool.id, placed);
    }

    // Spread the ends of the arrows along each node's side, in the order of the nodes at the other end, so arrows do not overlap.
    const placedEdges: PlacedEdge[] = [];
    const outOf = new Map<ElementId, DiagramEdge[]>();
    const into = new Map<ElementId, DiagramEdge[]>();
    for (const edge of edges) {
        if (!boxes.has(edge.from) || !boxes.has(edge.to)) continue;
        push(outOf, edge.from, edge);
        push(into, edge.to, edge);
    }
    const spread = (groups: Map<ElementId, DiagramEdge[]>, other: (edge: DiagramEdge) => ElementId) => {
        const offsets = new Map<string, number>();
        for (const [id, group] of groups) {
            const box = boxes.get(id)!;
            const sorted = [...group].sort((a, b) => boxes.get(other(a))!.x - boxes.get(other(b))!.x);
            const step = Math.min(24, (box.width - 40) / Math.max(1, sorted.length - 1));
            sorted.forEach((edge, position) => offsets.set(edge.id, box.x + box.width / 2 + (position - (sorted.length - 1) / 2) * step));
        }
        return offsets;
    };
    const startX = spread(outOf, edge => edge.to);
    const endX = spread(into, edge => edge.from);
    const findings = untrainedFindings(model);
    for (const edge of edges) {
        const from = boxes.get(edge.from);
        const to = boxes.get(edge.to);
        if (!from || !to) continue;
        const x1 = startX.get(edge.id)!;
        const x2 = endX.get(edge.id)!;
        const points = [{ x: x1, y: from.y + from.height }, { x: x1, y: from.y + from.height + 16 }, { x: x2, y: to.y - 16 }, { x: x2, y: to.y }];
        placedEdges.push(placedEdge(edge, points, edge.kind === 'untrained' ? uniqueFindings([...edge.findings, ...(findings.get(edge.id) ?? [])]) : edge.findings));
    }
    const right = Math.max(actorsEnd, ...tools.map(tool => toolX.get(tool.id)! + NODE_WIDTH)) + 24;
    const bottom = toolsTop + NODE_HEIGHT + 20;
    const middle = actorsTop + NODE_HEIGHT + BETWEEN / 2;
    return {
        view: 'training', title: model.model.title ?? (model.model.system || 'System'),
        width: right + 8, height: bottom + 8, nodes, edges: placedEdges, frames: [],
        lanes: [
            { key: 'band:people', label: 'People', x: 8, y: TOP, width: right - 8, height: middle - 8 - TOP },
            { key: 'band:technology', label: 'Technology', x: 8, y: middle + 8, width: right - 8, height: bottom - middle - 8 }
        ]
    };
}

/**
 * The untrained-user findings behind each warning arrow: on the handoffs the
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

/**
 * The system view, laid out to grow downwards like a document: one lane per
 * person (actor) stacked top to bottom, the person on the left, the tasks they
 * own in a column beside them, and the tools in a column on the right, each
 * tool level with the tasks that use it. Every relation is its own line with
 * its own ports: owner → task along the person's trunk, task → tool (uses,
 * dashed when only a handoff goes through the tool), tool → task (automates),
 * member → team in the gutter left of the people, tool → tool (feeds) in the
 * gutter right of the tools. Performers are named inside the task.
 *
 * Lanes, tasks and tools keep their places from the previous picture; a lane
 * with tasks keeps one free row so the next task fits without pushing the
 * lanes below.
 */
import type { DiagramEdge, DiagramNode, ElementId, LaidOutDiagram, PlacedEdge, PlacedFrame, PlacedLane, PlacedNode, Point } from '../model/diagram-model.js';
import { NODE_HEIGHT } from './geometry.js';
import { placeInSequence, placeNear } from './stable-placement.js';
import { placedEdge, placeNode, push, uniqueFindings, ViewModel } from './view-model.js';

const MARGIN = 12;
const ACTOR_W = 160;
const OWN_GAP = 40;
const TASK_W = 184;
const USE_GAP = 96;
const TOOL_W = 160;
const ROW_GAP = 12;
const LANE_PAD = 10;
const TRACK = 6;
const PORT = 8;
const UNOWNED = 'unowned';

export function layoutSystemView(model: ViewModel, previous: LaidOutDiagram | undefined): LaidOutDiagram {
    const before = previous?.view === 'system' ? previous : undefined;
    const memberEdges = model.edges('member');
    const feedEdgesList = model.edges('feeds');
    const memberGutter = memberEdges.length > 0 ? 8 + TRACK * memberEdges.length : 0;
    const actorX = MARGIN + 8 + memberGutter;
    const taskX = actorX + ACTOR_W + OWN_GAP;
    const toolX = taskX + TASK_W + USE_GAP;
    const feedGutter = feedEdgesList.length > 0 ? 8 + 5 * feedEdgesList.length : 0;
    const width = toolX + TOOL_W + feedGutter + MARGIN;

    // Lanes: one per actor in model order, then the unowned tasks.
    const owned = new Map<ElementId, DiagramNode[]>();
    const unowned: DiagramNode[] = [];
    for (const task of model.nodesOfKind('task')) {
        const owner = model.owner(task.id);
        if (owner && model.node(owner)) push(owned, owner, task); else unowned.push(task);
    }
    const lanes: Array<{ key: string; actor?: DiagramNode; tasks: DiagramNode[] }> = model.nodesOfKind('actor').map(actor => ({ key: `lane:${actor.id}`, actor, tasks: owned.get(actor.id) ?? [] }));
    if (unowned.length > 0) lanes.push({ key: `lane:${UNOWNED}`, tasks: unowned });

    const previousLaneY = before ? new Map(before.lanes.map(lane => [lane.key, lane.y])) : undefined;
    // A task keeps its place only within the lane it was in (a new owner moves it).
    const previousTaskY = new Map<ElementId, number>();
    if (before) {
        const laneOfY = (y: number) => before.lanes.find(lane => lane.key.startsWith('lane:') && y >= lane.y && y < lane.y + lane.height)?.key;
        const laneNow = new Map(lanes.flatMap(lane => lane.tasks.map(task => [task.id, lane.key] as const)));
        for (const node of before.nodes) if (node.kind === 'task' && laneOfY(node.y) === laneNow.get(node.id)) previousTaskY.set(node.id, node.y);
    }
    const previousLaneHeight = before ? new Map(before.lanes.map(lane => [lane.key, lane.height])) : undefined;
    const laneHeight = (lane: typeof lanes[number]) => {
        // A new lane with tasks gets one free row to grow into; a lane drawn before keeps its height while its tasks fit.
        const drawnBefore = previousLaneHeight?.get(lane.key);
        const rows = lane.tasks.length + (drawnBefore === undefined && lane.tasks.length > 0 ? 1 : 0);
        const unownedHeader = lane.actor ? 0 : 22;
        return Math.max(drawnBefore ?? 0, 2 * LANE_PAD + unownedHeader + Math.max(NODE_HEIGHT, rows * (NODE_HEIGHT + ROW_GAP) - ROW_GAP));
    };
    // Tasks first (they may have grown into the free row, which moves nobody), then the lanes around them.
    const taskY = new Map<ElementId, number>();
    const laneSizes = lanes.map(lane => ({ key: lane.key, size: laneHeight(lane) }));
    const laneY = placeInSequence(laneSizes, 0, MARGIN, previousLaneY, 0);
    // A lane whose tasks no longer fit its previous room pushes the lanes below; recompute with the real extents.
    const extents = lanes.map(lane => {
        const top = laneY.get(lane.key)!;
        const start = top + LANE_PAD + (lane.actor ? 0 : 22);
        const y = placeInSequence(lane.tasks.map(task => ({ key: task.id, size: NODE_HEIGHT })), ROW_GAP, start, previousTaskY, ROW_GAP);
        for (const [id, value] of y) taskY.set(id, value);
        const bottom = lane.tasks.reduce((most, task) => Math.max(most, y.get(task.id)! + NODE_HEIGHT + LANE_PAD), top + laneHeight(lane));
        return { key: lane.key, size: bottom - top };
    });
    const finalLaneY = placeInSequence(extents, 0, MARGIN, previousLaneY, 0);
    const shift = new Map(lanes.map(lane => [lane.key, finalLaneY.get(lane.key)! - laneY.get(lane.key)!]));

    const nodes: PlacedNode[] = [];
    const frames: PlacedFrame[] = [];
    const placedLanes: PlacedLane[] = [];
    const boxes = new Map<ElementId, PlacedNode>();
    lanes.forEach((lane, position) => {
        const top = finalLaneY.get(lane.key)!;
        const height = extents[position]!.size;
        placedLanes.push({ key: lane.key, label: '', x: MARGIN, y: top, width: toolX - USE_GAP / 2 - MARGIN, height, ...(lane.actor ? { actor: lane.actor.id } : {}) });
        if (lane.actor) {
            const placed = placeNode(lane.actor, { x: actorX, y: top + LANE_PAD, width: ACTOR_W, height: NODE_HEIGHT });
            nodes.push(placed);
            boxes.set(lane.actor.id, placed);
        } else {
            frames.push({ key: `frame:${UNOWNED}`, id: '', label: 'no owner', x: actorX, y: top + 4, width: taskX + TASK_W + 8 - actorX, height: height - 8 });
        }
        for (const task of lane.tasks) {
            const placed = placeNode(task, { x: taskX, y: taskY.get(task.id)! + shift.get(lane.key)!, width: TASK_W, height: NODE_HEIGHT });
            nodes.push(placed);
            boxes.set(task.id, placed);
        }
    });
    const lanesBottom = placedLanes.reduce((most, lane) => Math.max(most, lane.y + lane.height), MARGIN);

    // Tools: level with the mean of the tasks they serve, in that order, kept where they were.
    const links = toolLinks(model);
    const usersOf = new Map<ElementId, number[]>();
    for (const link of links) {
        const task = boxes.get(link.task);
        if (task) push(usersOf, link.tool, task.y + task.height / 2);
    }
    const previousToolY = before ? new Map(before.nodes.filter(node => node.kind === 'tool').map(node => [node.id, node.y])) : undefined;
    let spare = lanesBottom;
    const tools = model.nodesOfKind('tool');
    const toolY = placeNear(tools.map(tool => {
        const users = usersOf.get(tool.id);
        const wanted = previousToolY?.get(tool.id) ?? (users ? users.reduce((sum, y) => sum + y, 0) / users.length - NODE_HEIGHT / 2 : (spare += NODE_HEIGHT + ROW_GAP) - NODE_HEIGHT - ROW_GAP);
        return { key: tool.id, size: NODE_HEIGHT, wanted: Math.max(MARGIN + LANE_PAD, wanted) };
    }), ROW_GAP, MARGIN + LANE_PAD);
    for (const tool of tools) {
        const placed = placeNode(tool, { x: toolX, y: toolY.get(tool.id)!, width: TOOL_W, height: NODE_HEIGHT });
        nodes.push(placed);
        boxes.set(tool.id, placed);
    }
    const toolsBottom = tools.reduce((most, tool) => Math.max(most, toolY.get(tool.id)! + NODE_HEIGHT + LANE_PAD), lanesBottom);

    const edges: PlacedEdge[] = [
        ...ownerEdges(model, boxes, actorX + ACTOR_W + OWN_GAP / 2),
        ...toolEdges(model, links, boxes),
        ...memberRoutes(memberEdges, boxes, actorX),
        ...feedRoutes(feedEdgesList, boxes, toolX + TOOL_W)
    ];
    const height = toolsBottom + MARGIN;
    placedLanes.push({ key: 'band:technology', label: '', x: toolX - 12, y: MARGIN, width: TOOL_W + 24 + feedGutter, height: toolsBottom - MARGIN });
    return { view: 'system', title: model.model.title ?? (model.model.system || 'System'), width, height, nodes, edges, lanes: placedLanes, frames };
}

/** A task → tool connection: `uses` (explicit or through a handoff) or `automates` (drawn from the tool). */
interface ToolLink { readonly edge: DiagramEdge; readonly task: ElementId; readonly tool: ElementId }

function toolLinks(model: ViewModel): ToolLink[] {
    const links: ToolLink[] = [];
    for (const edge of model.edges('uses')) links.push({ edge, task: edge.from, tool: edge.to });
    for (const edge of model.edges('automates')) links.push({ edge, task: edge.to, tool: edge.from });
    return links;
}

/** Actor → each owned task: out of the actor's right side, down the actor's own trunk, into the task's left side. */
function ownerEdges(model: ViewModel, boxes: ReadonlyMap<ElementId, PlacedNode>, trunkX: number): PlacedEdge[] {
    const edges: PlacedEdge[] = [];
    for (const edge of model.edges('owns')) {
        const actor = boxes.get(edge.from);
        const task = boxes.get(edge.to);
        if (!actor || !task || model.owner(edge.to) !== edge.from) continue;
        const startY = actor.y + 22;
        const taskY = task.y + task.height / 2;
        edges.push(placedEdge(edge, [{ x: actor.x + actor.width, y: startY }, { x: trunkX, y: startY }, { x: trunkX, y: taskY }, { x: task.x, y: taskY }]));
    }
    return edges;
}

/** Task ↔ tool: each link its own port on the task's right side and on the tool's left side, ports ordered so that lines at one node do not cross. */
function toolEdges(model: ViewModel, links: readonly ToolLink[], boxes: ReadonlyMap<ElementId, PlacedNode>): PlacedEdge[] {
    const handoffFindings = new Map<string, DiagramEdge['findings'][number][]>();
    for (const handoff of model.edges('handoff')) {
        if (handoff.via) for (const finding of handoff.findings) push(handoffFindings, `${handoff.from}|${handoff.via}`, finding);
    }
    const present = links.filter(link => boxes.has(link.task) && boxes.has(link.tool));
    const centre = (id: ElementId) => { const box = boxes.get(id)!; return box.y + box.height / 2; };
    const portsAt = (key: (link: ToolLink) => ElementId, other: (link: ToolLink) => ElementId) => {
        const groups = new Map<ElementId, ToolLink[]>();
        for (const link of present) push(groups, key(link), link);
        const ports = new Map<ToolLink, number>();
        for (const [id, group] of groups) {
            group.sort((a, b) => centre(other(a)) - centre(other(b)) || (other(a) < other(b) ? -1 : 1));
            const box = boxes.get(id)!;
            // Ports stay clear of the badge in the top-right corner.
            const step = Math.min(PORT, (box.height - 32) / Math.max(1, group.length - 1));
            group.forEach((link, position) => ports.set(link, box.y + box.height / 2 + 6 + (position - (group.length - 1) / 2) * step));
        }
        return ports;
    };
    const taskPorts = portsAt(link => link.task, link => link.tool);
    const toolPorts = portsAt(link => link.tool, link => link.task);
    return present.map(link => {
        const task = boxes.get(link.task)!;
        const tool = boxes.get(link.tool)!;
        const from = { x: task.x + task.width, y: taskPorts.get(link)! };
        const to = { x: tool.x, y: toolPorts.get(link)! };
        const points: Point[] = [from, { x: from.x + 14, y: from.y }, { x: to.x - 14, y: to.y }, to];
        const findings = link.edge.implicit ? [...link.edge.findings, ...(handoffFindings.get(`${link.task}|${link.tool}`) ?? [])] : link.edge.findings;
        return placedEdge(link.edge, link.edge.kind === 'automates' ? points.reverse() : points, uniqueFindings(findings));
    });
}

/** Member → team: out of the member's left side, along its own track in the gutter, into the team's left side. */
function memberRoutes(edges: readonly DiagramEdge[], boxes: ReadonlyMap<ElementId, PlacedNode>, actorX: number): PlacedEdge[] {
    const placed: PlacedEdge[] = [];
    edges.forEach((edge, position) => {
        const member = boxes.get(edge.from);
        const team = boxes.get(edge.to);
        if (!member || !team) return;
        const x = actorX - 8 - position * TRACK;
        const fromY = member.y + member.height / 2 + 6;
        const toY = team.y + team.height / 2 + 6 + Math.min(20, position * 3);
        placed.push(placedEdge(edge, [{ x: actorX, y: fromY }, { x, y: fromY }, { x, y: toY }, { x: actorX, y: toY }]));
    });
    return placed;
}

/** Tool → tool: out of the tool's right side, along its own track right of the tools, into the other tool's right side. */
function feedRoutes(edges: readonly DiagramEdge[], boxes: ReadonlyMap<ElementId, PlacedNode>, right: number): PlacedEdge[] {
    const placed: PlacedEdge[] = [];
    edges.forEach((edge, position) => {
        const from = boxes.get(edge.from);
        const to = boxes.get(edge.to);
        if (!from || !to) return;
        const x = right + 8 + position * 5;
        const fromY = from.y + from.height / 2 + 8 + (position % 5 - 2) * 5;
        const toY = to.y + to.height / 2 + 8 + (position % 5 - 2) * 5 + 2;
        placed.push(placedEdge(edge, [{ x: right, y: fromY }, { x, y: fromY }, { x, y: toY }, { x: right, y: toY }]));
    });
    return placed;
}

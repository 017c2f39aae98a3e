/**
 * The system view: people (actors) in a band at the top, the technology
 * (tools) in a band at the bottom, and between them each actor's tasks in a
 * cluster under the actor. Composed rather than laid out as one graph: every
 * cluster is a small grid beside the others, tools sit under the tasks that
 * use them, and `uses` edges run as one bus per tool through a channel above
 * the tools, so no edge crosses a node. Given the previous picture, clusters
 * and tools keep their positions unless something grew into them.
 */
import type { DiagramEdge, DiagramNode, ElementId, LaidOutDiagram, PlacedEdge, PlacedFrame, PlacedLane, PlacedNode } from '../model/diagram-model.js';
import { NODE_HEIGHT, NODE_WIDTH } from './geometry.js';
import { placeInSequence, placeNear } from './stable-placement.js';
import { placedEdge, placeNode, push, uniqueFindings, ViewModel } from './view-model.js';

const LEFT = 120;
const TOP = 20;
const BAND_PADDING = 26;
const TASKS_PER_COLUMN = 5;
const TRUNK = 22;
const TRACK = 7;
const ROW_GAP = 16;
const TASKS_TOP = NODE_HEIGHT + 34;
const CLUSTER_GAP = 40;
const TOOL_GAP = 28;
const UNOWNED = 'unowned';

interface Cluster {
    readonly key: string;
    readonly actor?: DiagramNode;
    readonly tasks: DiagramNode[];
    /** per column: the tools its tasks use, in first-use order */
    readonly columnTools: ElementId[][];
    readonly columnX: number[];
    readonly width: number;
    readonly height: number;
}

/** A task → tool connection drawn in this view: `uses` (explicit or through a handoff) or `automates` (drawn from the tool). */
interface ToolLink { readonly edge: DiagramEdge; readonly task: ElementId; readonly tool: ElementId }

export function layoutSystemView(model: ViewModel, previous: LaidOutDiagram | undefined): LaidOutDiagram {
    const links = toolLinks(model);
    const clusters = buildClusters(model, links);
    const previousX = previous?.view === 'system' ? previousPositions(previous, node => node.x) : undefined;
    const clusterX = placeInSequence(clusters.map(cluster => ({ key: cluster.key, size: cluster.width })), CLUSTER_GAP, LEFT, previousX);

    const nodes: PlacedNode[] = [];
    const frames: PlacedFrame[] = [];
    const taskBox = new Map<ElementId, PlacedNode>();
    const actorsTop = TOP + BAND_PADDING;
    let tasksBottom = actorsTop + TASKS_TOP;
    for (const cluster of clusters) {
        const x = clusterX.get(cluster.key)!;
        if (cluster.actor) nodes.push(placeNode(cluster.actor, { x, y: actorsTop, width: NODE_WIDTH, height: NODE_HEIGHT }));
        else frames.push({ key: `frame:${UNOWNED}`, id: '', label: 'no owner', x: x - 8, y: actorsTop + TASKS_TOP - 30, width: cluster.width + 16, height: cluster.height - TASKS_TOP + 38 });
        cluster.tasks.forEach((task, position) => {
            const column = Math.floor(position / TASKS_PER_COLUMN);
            const row = position % TASKS_PER_COLUMN;
            const placed = placeNode(task, { x: x + cluster.columnX[column]! + TRUNK, y: actorsTop + TASKS_TOP + row * (NODE_HEIGHT + ROW_GAP), width: NODE_WIDTH, height: NODE_HEIGHT });
            nodes.push(placed);
            taskBox.set(task.id, placed);
        });
        tasksBottom = Math.max(tasksBottom, actorsTop + cluster.height);
    }

    // Tools go under the tasks that use them (their mean x), in the order of those positions.
    const tools = model.nodesOfKind('tool');
    const usersOf = new Map<ElementId, number[]>();
    for (const link of links) {
        const task = taskBox.get(link.task);
        if (task) push(usersOf, link.tool, task.x + task.width / 2);
    }
    const previousToolX = previous?.view === 'system' ? previousPositions(previous, node => node.x) : undefined;
    const clustersEnd = Math.max(LEFT, ...clusters.map(cluster => clusterX.get(cluster.key)! + cluster.width));
    let unusedX = clustersEnd + CLUSTER_GAP;
    const toolX = placeNear(tools.map(tool => {
        const users = usersOf.get(tool.id);
        const wanted = previousToolX?.get(tool.id)
            ?? (users ? users.reduce((sum, x) => sum + x, 0) / users.length - NODE_WIDTH / 2 : (unusedX += NODE_WIDTH + TOOL_GAP) - NODE_WIDTH - TOOL_GAP);
        return { key: tool.id, size: NODE_WIDTH, wanted: Math.max(LEFT, wanted) };
    }), TOOL_GAP, LEFT);

    const trackTools = [...new Set(links.map(link => link.tool))].sort((a, b) => toolX.get(a)! - toolX.get(b)!);
    const trackOf = new Map(trackTools.map((tool, position) => [tool, position]));
    const channelTop = tasksBottom + 30;
    const computedToolsTop = channelTop + trackTools.length * TRACK + 34;
    const previousToolsTop = previous?.view === 'system' ? previous.nodes.find(node => node.kind === 'tool')?.y : undefined;
    const toolsTop = Math.max(computedToolsTop, previousToolsTop ?? 0);
    const toolBox = new Map<ElementId, PlacedNode>();
    for (const tool of tools) {
        const placed = placeNode(tool, { x: toolX.get(tool.id)!, y: toolsTop, width: NODE_WIDTH, height: NODE_HEIGHT });
        nodes.push(placed);
        toolBox.set(tool.id, placed);
    }

    const edges: PlacedEdge[] = [];
    for (const cluster of clusters) edges.push(...ownerEdges(model, cluster, clusterX.get(cluster.key)!, actorsTop, taskBox));
    edges.push(...toolEdges(model, clusters, clusterX, links, taskBox, toolBox, track => channelTop + 10 + track * TRACK, trackOf));
    const feeds = feedEdges(model, toolBox, toolsTop + NODE_HEIGHT);
    edges.push(...feeds);

    const right = Math.max(clustersEnd, ...[...toolBox.values()].map(tool => tool.x + tool.width)) + 24;
    const bottom = toolsTop + NODE_HEIGHT + 20 + (feeds.length > 0 ? 14 + feeds.length * 8 : 0);
    const workTop = actorsTop + NODE_HEIGHT + 14;
    const lanes: PlacedLane[] = [
        { key: 'band:people', label: 'People', x: 8, y: TOP, width: right - 8, height: workTop - 4 - TOP },
        { key: 'band:work', label: 'Work', x: 8, y: workTop, width: right - 8, height: channelTop - 4 - workTop },
        { key: 'band:technology', label: 'Technology', x: 8, y: toolsTop - BAND_PADDING, width: right - 8, height: bottom - toolsTop + BAND_PADDING }
    ];
    return { view: 'system', title: titleOf(model), width: right + 8, height: bottom + 8, nodes, edges, lanes, frames };
}

function titleOf(model: ViewModel): string {
    return model.model.title ?? (model.model.system || 'System');
}

function previousPositions(previous: LaidOutDiagram, coordinate: (node: PlacedNode) => number): Map<string, number> {
    const positions = new Map<string, number>();
    for (const node of previous.nodes) if (node.kind === 'actor' || node.kind === 'tool') positions.set(node.key, coordinate(node));
    const unowned = previous.frames.find(frame => frame.key === `frame:${UNOWNED}`);
    if (unowned) positions.set(UNOWNED, unowned.x + 8);
    return positions;
}

function toolLinks(model: ViewModel): ToolLink[] {
    const links: ToolLink[] = [];
    for (const edge of model.edges('uses')) links.push({ edge, task: edge.from, tool: edge.to });
    for (const edge of model.edges('automates')) links.push({ edge, task: edge.to, tool: edge.from });
    return links;
}

function buildClusters(model: ViewModel, links: readonly ToolLink[]): Cluster[] {
    const toolsOfTask = new Map<ElementId, ElementId[]>();
    for (const link of links) push(toolsOfTask, link.task, link.tool);
    const owned = new Map<ElementId, DiagramNode[]>();
    const unowned: DiagramNode[] = [];
    for (const task of model.nodesOfKind('task')) {
        const owner = model.owner(task.id);
        if (owner) push(owned, owner, task); else unowned.push(task);
    }
    const cluster = (key: string, actor: DiagramNode | undefined, tasks: DiagramNode[]): Cluster => {
        const columns = Math.max(1, Math.ceil(tasks.length / TASKS_PER_COLUMN));
        const columnTools: ElementId[][] = [];
        const columnX: number[] = [];
        let x = 0;
        for (let column = 0; column < columns; column++) {
            const tools = [...new Set(tasks.slice(column * TASKS_PER_COLUMN, (column + 1) * TASKS_PER_COLUMN).flatMap(task => toolsOfTask.get(task.id) ?? []))];
            columnTools.push(tools);
            columnX.push(x);
            x += TRUNK + NODE_WIDTH + 12 + tools.length * TRACK;
        }
        const rows = Math.min(tasks.length, TASKS_PER_COLUMN);
        const height = TASKS_TOP + Math.max(0, rows * (NODE_HEIGHT + ROW_GAP) - ROW_GAP);
        return { key, ...(actor ? { actor } : {}), tasks, columnTools, columnX, width: Math.max(NODE_WIDTH, x), height: tasks.length > 0 ? height : NODE_HEIGHT };
    };
    const clusters = model.nodesOfKind('actor').map(actor => cluster(actor.id, actor, owned.get(actor.id) ?? []));
    if (unowned.length > 0) clusters.push(cluster(UNOWNED, undefined, unowned));
    return clusters;
}

/** Actor → each owned task: down from the actor, along a trunk left of the task column, into the task's left side. */
function ownerEdges(model: ViewModel, cluster: Cluster, x: number, actorsTop: number, taskBox: ReadonlyMap<ElementId, PlacedNode>): PlacedEdge[] {
    if (!cluster.actor) return [];
    const edges: PlacedEdge[] = [];
    const gapY = actorsTop + NODE_HEIGHT + (TASKS_TOP - NODE_HEIGHT) / 2;
    const startX = x + NODE_WIDTH / 2;
    for (const edge of model.edgesFromNode(cluster.actor.id)) {
        if (edge.kind !== 'owns') continue;
        const task = taskBox.get(edge.to);
        const position = cluster.tasks.findIndex(candidate => candidate.id === edge.to);
        if (!task || position < 0) continue;
        const trunkX = x + cluster.columnX[Math.floor(position / TASKS_PER_COLUMN)]! + TRUNK / 2;
        const taskY = task.y + task.height / 2;
        edges.push(placedEdge(edge, [
            { x: startX, y: actorsTop + NODE_HEIGHT }, { x: startX, y: gapY }, { x: trunkX, y: gapY }, { x: trunkX, y: taskY }, { x: task.x, y: taskY }
        ]));
    }
    return edges;
}

/** Task → tool (and tool → task for `automates`): out of the task's right side, down the column's gutter on the tool's track, along the tool's bus, into the tool. */
function toolEdges(
    model: ViewModel, clusters: readonly Cluster[], clusterX: ReadonlyMap<string, number>, links: readonly ToolLink[],
    taskBox: ReadonlyMap<ElementId, PlacedNode>, toolBox: ReadonlyMap<ElementId, PlacedNode>,
    busY: (track: number) => number, trackOf: ReadonlyMap<ElementId, number>
): PlacedEdge[] {
    const gutterX = new Map<string, number>(); // `${task}|${tool}` → x of the track in the task's column gutter
    for (const cluster of clusters) {
        const x = clusterX.get(cluster.key)!;
        cluster.tasks.forEach((task, position) => {
            const column = Math.floor(position / TASKS_PER_COLUMN);
            const tools = cluster.columnTools[column]!;
            for (const tool of tools) gutterX.set(`${task.id}|${tool}`, x + cluster.columnX[column]! + TRUNK + NODE_WIDTH + 10 + tools.indexOf(tool) * TRACK);
        });
    }
    const linksOfTask = new Map<ElementId, ToolLink[]>();
    for (const link of links) push(linksOfTask, link.task, link);
    const handoffFindings = new Map<string, DiagramEdge['findings'][number][]>();
    for (const handoff of model.edges('handoff')) {
        if (handoff.via) for (const finding of handoff.findings) push(handoffFindings, `${handoff.from}|${handoff.via}`, finding);
    }
    const edges: PlacedEdge[] = [];
    for (const [taskId, taskLinks] of linksOfTask) {
        const task = taskBox.get(taskId);
        if (!task) continue;
        taskLinks.forEach((link, position) => {
            const tool = toolBox.get(link.tool);
            const trackX = gutterX.get(`${taskId}|${link.tool}`);
            if (!tool || trackX === undefined) return;
            const exitY = task.y + task.height / 2 + (position - (taskLinks.length - 1) / 2) * 8;
            const y = busY(trackOf.get(link.tool) ?? 0);
            const entryX = tool.x + tool.width / 2;
            const points = [{ x: task.x + task.width, y: exitY }, { x: trackX, y: exitY }, { x: trackX, y }, { x: entryX, y }, { x: entryX, y: tool.y }];
            const findings = link.edge.implicit ? [...link.edge.findings, ...(handoffFindings.get(`${taskId}|${link.tool}`) ?? [])] : link.edge.findings;
            edges.push(placedEdge(link.edge, link.edge.kind === 'automates' ? points.reverse() : points, uniqueFindings(findings)));
        });
    }
    return edges;
}

/** Tool → tool integrations, under the tools row, one track each. */
function feedEdges(model: ViewModel, toolBox: ReadonlyMap<ElementId, PlacedNode>, toolsBottom: number): PlacedEdge[] {
    const edges: PlacedEdge[] = [];
    for (const edge of model.edges('feeds')) {
        const from = toolBox.get(edge.from);
        const to = toolBox.get(edge.to);
        if (!from || !to) continue;
        const y = toolsBottom + 14 + edges.length * 8;
        const fromX = from.x + from.width / 2 + (to.x > from.x ? 24 : -24);
        const toX = to.x + to.width / 2 + (to.x > from.x ? -24 : 24);
        edges.push(placedEdge(edge, [{ x: fromX, y: toolsBottom }, { x: fromX, y }, { x: toX, y }, { x: toX, y: toolsBottom }]));
    }
    return edges;
}

/**
 * The process view: one frame per process, one swimlane per actor, the
 * process's tasks in their owners' lanes (unowned tasks in a lane of their
 * own), handoffs as arrows labelled with the item and the tool, feedback as a
 * dashed arrow going back under the lanes, metrics attached to what they
 * measure.
 *
 * ELK decides only the order of the work (which column each step is in, and
 * the order within a column) for one process at a time; lanes, rows and the
 * routing of arrows through the gaps between columns and along the strip at
 * the top of each lane are computed here, so arrows do not cross nodes. A
 * process's ELK result is cached by the shape of its flow, and the whole
 * picture of a process by a hash of everything it shows.
 */
import type { DiagramEdge, DiagramNode, ElementId, FlowDirection, LaidOutDiagram, PlacedEdge, PlacedLane, PlacedNode, Point, ViewRequest } from '../model/diagram-model.js';
import { handoffLabel, ProcessColumnsPicture, type PreviousRows } from './process-down-layout.js';
import { contentHash } from './content-hash.js';
import { emptyDiagram, LABEL_FONT, LABEL_WIDTH, LAYOUT_WIDTH, NODE_HEIGHT, NODE_WIDTH, translatePart, type Part } from './geometry.js';
import { LabelPlacer } from './label-placer.js';
import type { LayoutCache } from './layout-cache.js';
import { ELK_BUDGET, orderWork, type ElkLike, type WorkOrder, type WorkOrderEngine } from './order-work.js';
import { processMembers, UNOWNED_LANE } from './process-lanes.js';
import { placeInSequence } from './stable-placement.js';
import { textWidth, wrapText } from './text-metrics.js';
import { placedEdge, placeNode, push, ViewModel } from './view-model.js';

const HEADER = 34;
const LANE_LABEL = 132;
const FIRST_GAP = 64;
const COLUMN_GAP = 156;
const STRIP = 22;
const ROW_GAP = 18;
const LANE_BOTTOM = 16;
const TRACK = 10;
const FRAME_GAP = 36;

interface Member {
    readonly node: DiagramNode;
    readonly key: string;
    readonly lane: string;
    readonly column: number;
    readonly order: number;
}

export async function layoutProcessView(
    model: ViewModel, request: ViewRequest, elk: () => ElkLike, cache: LayoutCache | undefined, previous: LaidOutDiagram | undefined,
    engine: WorkOrderEngine = 'auto', direction: FlowDirection = 'right', room = LAYOUT_WIDTH
): Promise<LaidOutDiagram> {
    const processes = model.nodesOfKind('process').filter(process => !request.process || process.name === request.process);
    const system = model.model.title ?? (model.model.system || 'System');
    const title = request.process ? `${system}, process ${request.process}` : system;
    if (processes.length === 0) {
        return emptyDiagram('process', title, request.process ? `There is no process named ${request.process}.` : 'This system has no processes yet.');
    }
    const handoffsOf = new Map<ElementId, DiagramEdge[]>();
    for (const edge of model.edges('handoff')) if (edge.process) push(handoffsOf, edge.process, edge);

    const flowNodes = processes.reduce((sum, process) => sum + 1 + (process.tasks?.length ?? 0), 0);
    const chosen = engine === 'auto' ? (flowNodes <= ELK_BUDGET ? 'elk' : 'fast') : engine;
    const parts: Part[] = [];
    for (const process of processes) {
        const columns = previous?.view === 'process' ? previousColumns(previous, process.id) : undefined;
        const rows = previous?.view === 'process' && direction === 'down' ? previousRows(previous, process.id) : undefined;
        parts.push(await layoutProcess(model, process, handoffsOf.get(process.id) ?? [], elk, cache, chosen, columns, direction, room - 32, rows));
    }

    const previousY = previous?.view === 'process' ? new Map(previous.frames.map(frame => [frame.key, frame.y])) : undefined;
    const keys = processes.map(process => `frame:${process.id}`);
    const positions = placeInSequence(parts.map((part, position) => ({ key: keys[position]!, size: part.height })), FRAME_GAP, 16, previousY);
    const placed = parts.map((part, position) => translatePart(part, 16, positions.get(keys[position]!)!));
    const width = parts.reduce((most, part) => Math.max(most, part.width), -Infinity) + 32;
    const height = placed.reduce((most, part) => Math.max(most, part.frames[0]!.y + part.height), -Infinity) + 16;
    return {
        view: 'process', direction, title, width, height,
        nodes: placed.flatMap(part => part.nodes),
        edges: placed.flatMap(part => part.edges),
        lanes: placed.flatMap(part => part.lanes),
        frames: placed.flatMap(part => part.frames)
    };
}

/** Where each row of a process (flowing down) began in the previous picture, and where its lanes ended, relative to its frame. */
function previousRows(previous: LaidOutDiagram, processId: ElementId): PreviousRows | undefined {
    const frame = previous.frames.find(candidate => candidate.key === `frame:${processId}`);
    if (!frame) return undefined;
    const rows = new Map<number, number>();
    for (const node of previous.nodes) {
        if (!node.key.startsWith(`${processId}/`) || node.rank === undefined) continue;
        const top = node.y - frame.y;
        rows.set(node.rank, Math.min(rows.get(node.rank) ?? top, top));
    }
    const lanes = previous.lanes.filter(lane => lane.key.startsWith(`${processId}/`));
    const lanesBottom = lanes.reduce((most, lane) => Math.max(most, lane.y + lane.height - frame.y), 0);
    return { rows, lanesBottom };
}

/** The column each step of a process had in the previous picture. */
function previousColumns(previous: LaidOutDiagram, processId: ElementId): Map<ElementId, number> | undefined {
    const frame = previous.frames.find(candidate => candidate.key === `frame:${processId}`);
    if (!frame) return undefined;
    const columns = new Map<ElementId, number>();
    for (const node of previous.nodes) {
        if (node.key.startsWith(`${processId}/`) && node.kind !== 'metric') columns.set(node.id, node.rank ?? Math.round((node.x - frame.x - LANE_LABEL - FIRST_GAP) / (NODE_WIDTH + COLUMN_GAP)));
    }
    return columns;
}

async function layoutProcess(
    model: ViewModel, process: DiagramNode, handoffs: readonly DiagramEdge[], elk: () => ElkLike, cache: LayoutCache | undefined,
    engine: 'elk' | 'fast', columns: ReadonlyMap<ElementId, number> | undefined, direction: FlowDirection, width: number, rows?: PreviousRows
): Promise<Part> {
    const tasks = (process.tasks ?? []).map(id => model.node(id)).filter((node): node is DiagramNode => !!node);
    const inProcess = new Set([process.id, ...tasks.map(task => task.id)]);
    const actors = [...new Set(handoffs.flatMap(edge => [edge.from, edge.to]).filter(id => id.startsWith('actor:')))]
        .map(id => model.node(id)).filter((node): node is DiagramNode => !!node);
    const metrics = model.nodesOfKind('metric').filter(metric => (metric.measures ?? []).some(id => inProcess.has(id)));
    const feedbacks = model.nodesOfKind('feedback').filter(feedback => (feedback.about ?? []).some(id => inProcess.has(id)));
    const laneActors = [...new Set([process.owner, ...tasks.map(task => model.owner(task.id))].filter((id): id is string => !!id))].map(id => model.node(id));
    const hints = [...(engine === 'fast' && columns ? [...columns] : []), ...(rows ? [[...rows.rows], rows.lanesBottom] : [])];
    const contentKey = `process|${engine}|${direction}|${width}|${contentHash({ process, tasks, actors, metrics, feedbacks, handoffs, laneActors, owners: tasks.map(task => model.owner(task.id)), hints })}`;
    const cached = cache?.get<Part>(contentKey);
    if (cached) return cached;

    const flowNodes = [process, ...tasks, ...actors];
    const order = await orderWork(process.id, flowNodes.map(node => node.id), handoffs.filter(edge => edge.from !== edge.to).map(edge => [edge.from, edge.to] as const), elk, cache, engine, columns);
    const part = direction === 'down'
        ? new ProcessColumnsPicture(model, process, flowNodes, handoffs, metrics, feedbacks, order, width, rows).build()
        : new ProcessPicture(model, process, flowNodes, handoffs, metrics, feedbacks, order).build();
    cache?.set(contentKey, part);
    return part;
}

class ProcessPicture {
    private readonly members: Member[] = [];
    private readonly memberOf = new Map<ElementId, Member>();
    private readonly lanes: string[] = [];
    private readonly laneTop = new Map<string, number>();
    private readonly laneRows = new Map<string, number>();
    private readonly boxes = new Map<string, PlacedNode>();
    private readonly gapTracks = new Map<number, string[]>();
    private readonly stripTracks = new Map<string, number>();
    /** `${lane}|${column}` → the members in that cell, top to bottom */
    private cells = new Map<string, Member[]>();
    private columns = 1;

    constructor(
        private readonly model: ViewModel,
        private readonly process: DiagramNode,
        private readonly flowNodes: readonly DiagramNode[],
        private readonly handoffs: readonly DiagramEdge[],
        private readonly metrics: readonly DiagramNode[],
        private readonly feedbacks: readonly DiagramNode[],
        private readonly order: WorkOrder
    ) { }

    private key(id: ElementId): string { return `${this.process.id}/${id}`; }

    build(): Part {
        this.assignLanes();
        const nodes = this.placeNodes();
        const lanesBottom = this.lanes.reduce((bottom, lane) => Math.max(bottom, this.laneTop.get(lane)! + this.laneHeight(lane)), HEADER);
        const width = this.columnLeft(this.columns - 1) + NODE_WIDTH + COLUMN_GAP / 2 + 24;
        const placer = new LabelPlacer(nodes);
        const edges = [
            ...this.handoffs.map(edge => this.routeHandoff(edge, placer)).filter((edge): edge is PlacedEdge => !!edge),
            ...this.measureEdges()
        ];
        const feedbackTop = lanesBottom + 8;
        const feedbackEdges = this.feedbacks.map((feedback, position) => this.routeFeedback(feedback, feedbackTop + 22 + position * 40, placer)).filter((edge): edge is PlacedEdge => !!edge);
        const height = feedbackTop + (feedbackEdges.length > 0 ? feedbackEdges.length * 40 + 16 : 0) + 8;
        const lanes: PlacedLane[] = this.lanes.map(lane => {
            const actor = lane === UNOWNED_LANE ? undefined : this.model.node(lane);
            return {
                key: this.key(`lane:${lane}`), label: actor?.name ?? 'no owner',
                ...(actor?.title ? { detail: actor.title } : {}), ...(actor ? { actor: actor.id } : {}),
                x: 0, y: this.laneTop.get(lane)!, width, height: this.laneHeight(lane)
            };
        });
        const label = this.process.title ? `Process ${this.process.name}: ${this.process.title}` : `Process ${this.process.name}`;
        return {
            width, height, nodes, edges: [...edges, ...feedbackEdges], lanes,
            frames: [{ key: `frame:${this.process.id}`, id: this.process.id, label, x: 0, y: 0, width, height }]
        };
    }

    private assignLanes(): void {
        const { members, lanes } = processMembers(this.model, this.process, this.flowNodes, this.metrics, this.order, id => this.key(id));
        for (const { step, ...rest } of members) {
            const member: Member = { ...rest, column: step };
            this.members.push(member);
            this.memberOf.set(member.node.id, member);
            this.columns = Math.max(this.columns, step + 1);
        }
        for (const lane of lanes) this.lanes.push(lane);
        const cells = new Map<string, Member[]>();
        for (const member of this.members) push(cells, `${member.lane}|${member.column}`, member);
        for (const cell of cells.values()) {
            cell.sort((a, b) => a.order - b.order);
            const lane = cell[0]!.lane;
            this.laneRows.set(lane, Math.max(this.laneRows.get(lane) ?? 1, cell.length));
        }
        let top = HEADER;
        for (const lane of this.lanes) {
            this.laneTop.set(lane, top);
            top += this.laneHeight(lane);
        }
        this.cells = cells;
    }

    private laneHeight(lane: string): number {
        const rows = this.laneRows.get(lane) ?? 1;
        return STRIP + rows * NODE_HEIGHT + (rows - 1) * ROW_GAP + LANE_BOTTOM;
    }

    private columnLeft(column: number): number {
        return LANE_LABEL + FIRST_GAP + column * (NODE_WIDTH + COLUMN_GAP);
    }

    /** The middle of the gap after a column (-1: the gap before the first). */
    private gapCenter(column: number): number {
        return column < 0 ? LANE_LABEL + FIRST_GAP / 2 : this.columnLeft(column) + NODE_WIDTH + COLUMN_GAP / 2;
    }

    private placeNodes(): PlacedNode[] {
        const nodes: PlacedNode[] = [];
        for (const cell of this.cells.values()) {
            cell.forEach((member, row) => {
                const y = this.laneTop.get(member.lane)! + STRIP + row * (NODE_HEIGHT + ROW_GAP);
                const placed = { ...placeNode(member.node, { x: this.columnLeft(member.column), y, width: NODE_WIDTH, height: NODE_HEIGHT }, member.key), rank: member.column };
                this.boxes.set(member.node.id, placed);
                nodes.push(placed);
            });
        }
        return nodes.sort((a, b) => (a.key < b.key ? -1 : 1));
    }

    /** The x of a vertical run in a gap: each edge through a gap gets its own track, centred on the gap. */
    private track(gap: number, edgeKey: string): number {
        const tracks = this.gapTracks.get(gap) ?? [];
        if (!tracks.includes(edgeKey)) tracks.push(edgeKey);
        this.gapTracks.set(gap, tracks);
        const position = tracks.indexOf(edgeKey);
        const side = position % 2 === 0 ? 1 : -1;
        return this.gapCenter(gap) + side * Math.ceil(position / 2) * TRACK;
    }

    /** The y of a run along the strip at the top of a lane, free of nodes. */
    private strip(lane: string): number {
        const used = this.stripTracks.get(lane) ?? 0;
        this.stripTracks.set(lane, used + 1);
        return this.laneTop.get(lane)! + 6 + (used % 3) * 5;
    }

    private rowIsFree(y: number, fromColumn: number, toColumn: number): boolean {
        for (const box of this.boxes.values()) {
            const column = this.memberOf.get(box.id)?.column ?? -1;
            if (column >= fromColumn && column <= toColumn && y > box.y - 4 && y < box.y + box.height + 4) return false;
        }
        return true;
    }

    private routeHandoff(edge: DiagramEdge, placer: LabelPlacer): PlacedEdge | undefined {
        const source = this.boxes.get(edge.from);
        const target = this.boxes.get(edge.to);
        const from = this.memberOf.get(edge.from);
        const to = this.memberOf.get(edge.to);
        if (!source || !target || !from || !to) return undefined;
        const key = `${this.process.id}/${edge.id}`;
        const sy = source.y + source.height / 2;
        const ty = target.y + target.height / 2;
        const out = source.x + source.width;
        let points: Point[];
        let labelAt: Point;
        if (edge.from === edge.to) {
            const loopX = out + 24;
            points = [{ x: out, y: sy - 12 }, { x: loopX, y: sy - 12 }, { x: loopX, y: sy + 12 }, { x: out, y: sy + 12 }];
            labelAt = { x: loopX + 40, y: sy };
        } else if (to.column === from.column + 1 || (to.column > from.column && this.rowIsFree(ty, from.column + 1, to.column - 1))) {
            const x = this.track(from.column, key);
            points = [{ x: out, y: sy }, { x, y: sy }, { x, y: ty }, { x: target.x, y: ty }];
            labelAt = { x: this.gapCenter(from.column), y: sy === ty ? sy - 16 : (sy + ty) / 2 };
        } else if (to.column > from.column && this.rowIsFree(sy, from.column + 1, to.column - 1)) {
            const x = this.track(to.column - 1, key);
            points = [{ x: out, y: sy }, { x, y: sy }, { x, y: ty }, { x: target.x, y: ty }];
            labelAt = { x: this.gapCenter(to.column - 1), y: sy === ty ? sy - 16 : (sy + ty) / 2 };
        } else {
            // Backwards, or blocked on both rows: up to the strip at the top of the upper lane, across, and down.
            const upper = this.lanes.indexOf(from.lane) <= this.lanes.indexOf(to.lane) ? from.lane : to.lane;
            const y = this.strip(upper);
            const x1 = this.track(from.column, key);
            const x2 = this.track(to.column - 1, key);
            points = [{ x: out, y: sy }, { x: x1, y: sy }, { x: x1, y }, { x: x2, y }, { x: x2, y: ty }, { x: target.x, y: ty }];
            labelAt = { x: this.gapCenter(from.column), y: (sy + y) / 2 };
        }
        const lines = handoffLabel(edge, this.model, LABEL_WIDTH);
        const placed = placedEdge(edge, points, edge.findings, key);
        if (lines.length === 0) return placed;
        const size = labelSize(lines);
        return { ...placed, label: lines, labelBox: placer.place(labelAt.x, labelAt.y, size.width, size.height) };
    }

    private measureEdges(): PlacedEdge[] {
        const edges: PlacedEdge[] = [];
        for (const metric of this.metrics) {
            const box = this.boxes.get(metric.id);
            if (!box) continue;
            for (const edge of this.model.edgesFromNode(metric.id)) {
                const target = edge.kind === 'measures' ? this.boxes.get(edge.to) : undefined;
                if (!target) continue;
                const x = target.x + 28;
                const points = target.y < box.y
                    ? [{ x, y: box.y }, { x, y: target.y + target.height }]
                    : [{ x, y: box.y + box.height }, { x, y: target.y }];
                edges.push(placedEdge(edge, points, edge.findings, `${this.process.id}/${edge.id}`));
            }
        }
        return edges;
    }

    /** From the step the feedback comes from (or the last step), down under the lanes, back left, up into the process (or the task it is about). */
    private routeFeedback(feedback: DiagramNode, y: number, placer: LabelPlacer): PlacedEdge | undefined {
        const steps = this.members.filter(member => member.node.kind === 'task' || member.node.kind === 'actor');
        const last = [...steps].sort((a, b) => b.column - a.column || a.order - b.order)[0];
        const from = (feedback.from && this.memberOf.get(feedback.from)) || last || this.memberOf.get(this.process.id);
        const to = (feedback.about ?? []).map(id => this.memberOf.get(id)).find(member => member && member.node.kind === 'task') ?? this.memberOf.get(this.process.id);
        const source = from && this.boxes.get(from.node.id);
        const target = to && this.boxes.get(to.node.id);
        if (!from || !to || !source || !target) return undefined;
        const key = `${this.process.id}/${feedback.id}`;
        const sy = source.y + source.height / 2 + 10;
        const ty = target.y + target.height / 2 + 10;
        const x1 = this.track(from.column, key);
        const x2 = this.track(to.column - 1, key);
        const points = [{ x: source.x + source.width, y: sy }, { x: x1, y: sy }, { x: x1, y }, { x: x2, y }, { x: x2, y: ty }, { x: target.x, y: ty }];
        const lines = [`↩ ${feedback.title ?? feedback.name}`, ...(feedback.detail ? [feedback.detail] : [])].flatMap(line => wrapText(line, LABEL_WIDTH * 2, LABEL_FONT, 1));
        const size = labelSize(lines);
        const edge: DiagramEdge = { id: feedback.id, kind: 'feedback', from: from.node.id, to: to.node.id, findings: feedback.findings, ...(feedback.source ? { source: feedback.source } : {}), ...(feedback.change ? { change: feedback.change } : {}) };
        return { ...placedEdge(edge, points, feedback.findings, key), label: lines, labelBox: placer.place((x1 + x2) / 2, y, size.width, size.height, 'horizontal') };
    }
}


function labelSize(lines: readonly string[]): { width: number; height: number } {
    return { width: Math.ceil(lines.reduce((most, line) => Math.max(most, textWidth(line, LABEL_FONT)), -Infinity)) + 10, height: lines.length * 13 + 6 };
}

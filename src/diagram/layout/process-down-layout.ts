/**
 * One process with its steps flowing downwards and one lane per actor side by
 * side (for panels taller than wide): the picture grows down, not across.
 * Each lane is a column: its header names the actor (wrapped at word
 * boundaries), its nodes sit in the rows the flow order gives them, and a
 * gutter on its right carries the vertical runs of arrows. Arrows leave and
 * enter nodes on their right side, each at its own port; an arrow between
 * lanes runs down its lane's gutter to the gap above the target's row, across
 * on its own track, and down the target lane's gutter. Labels (item, `via`
 * tool) sit in the gap above the target, under the tracks, inside the target's
 * lane, so no label lies on a line, a node or another label; a handoff's
 * findings badge sits inside its label.
 */
import type { DiagramEdge, DiagramNode, ElementId, PlacedEdge, PlacedLane, PlacedNode, Point } from '../model/diagram-model.js';
import { LABEL_FONT, LANE_FONT, NODE_HEIGHT, SMALL_FONT, type Part } from './geometry.js';
import type { WorkOrder } from './order-work.js';
import { processMembers, UNOWNED_LANE } from './process-lanes.js';
import { textWidth, widestPiece, wrapWords } from './text-metrics.js';
import { placedEdge, placeNode, push, ViewModel } from './view-model.js';

const PAD = 6;
const GUTTER = 28;
const MAX_NODE = 176;
const MIN_NODE = 92;
const CELL_GAP = 12;
const TRACK = 4;
const LABEL_LINE = 15;
const BADGE_ROOM = 22;

export interface PreviousRows { readonly rows: ReadonlyMap<number, number>; readonly lanesBottom: number }

interface Member { readonly node: DiagramNode; readonly key: string; readonly lane: string; readonly rank: number; readonly order: number }
interface Route { readonly edge: DiagramEdge; readonly key: string; readonly from: Member; readonly to: Member; readonly kind: 'handoff' | 'measures' | 'feedback'; readonly label: string[] }

export class ProcessColumnsPicture {
    private readonly members: Member[] = [];
    private readonly memberOf = new Map<ElementId, Member>();
    private readonly lanes: string[] = [];
    private readonly boxes = new Map<ElementId, PlacedNode>();
    private nodeWidth = MAX_NODE;

    constructor(
        private readonly model: ViewModel,
        private readonly process: DiagramNode,
        private readonly flowNodes: readonly DiagramNode[],
        private readonly handoffs: readonly DiagramEdge[],
        private readonly metrics: readonly DiagramNode[],
        private readonly feedbacks: readonly DiagramNode[],
        private readonly order: WorkOrder,
        /** The room for the frame, in picture pixels. */
        private readonly width: number,
        /** Where the rows (rank → top) and the bottom of the lanes were in the previous picture, relative to the frame. */
        private readonly previous?: PreviousRows
    ) { }

    private key(id: ElementId): string { return `${this.process.id}/${id}`; }

    build(): Part {
        this.assignMembers();
        const lanes = this.lanes;
        const laneCount = lanes.length;
        const nodeWidth = Math.max(MIN_NODE, Math.min(MAX_NODE, Math.floor((this.width - 2 * PAD) / laneCount) - 2 * PAD - GUTTER));
        this.nodeWidth = nodeWidth;
        const laneWidth = nodeWidth + 2 * PAD + GUTTER;
        const laneX = (lane: string) => PAD + lanes.indexOf(lane) * laneWidth;
        const nodeX = (lane: string) => laneX(lane) + PAD;
        const gutterRight = (lane: string) => laneX(lane) + laneWidth - 6;
        const width = 2 * PAD + laneCount * laneWidth;

        // Frame title (with the process owner) and lane headers, wrapped at word boundaries.
        const owner = this.process.owner ? this.model.node(this.process.owner)?.name : undefined;
        const titleText = `Process ${this.process.name}${this.process.title ? `: ${this.process.title}` : ''}${owner ? ` · owner ${owner}` : ''}`;
        const title = wrapWords(titleText, width - 24, { size: 15, bold: true }, 3).lines;
        const headerTop = 14 + title.length * 19;
        const headers = lanes.map(lane => {
            const actor = lane === UNOWNED_LANE ? undefined : this.model.node(lane);
            const room = Math.max(laneWidth - 16, widestPiece(actor?.name ?? 'no owner', LANE_FONT));
            const label = wrapWords(actor?.name ?? 'no owner', room, LANE_FONT, 3).lines;
            const detail = actor?.title ? wrapWords(actor.title, room, SMALL_FONT, 2).lines : [];
            return { lane, actor, label, detail, height: 10 + label.length * 17 + detail.length * 15 };
        });
        const headerHeight = headers.reduce((most, header) => Math.max(most, header.height), -Infinity) + 6;

        // Routes, then the tracks and label room each gap needs.
        const routes = this.routes();
        const crossTracks = new Map<number, Route[]>(); // gap above rank r → routes running across it
        const labelsAbove = new Map<string, Route[]>(); // `${rank}|${lane}` → labelled routes into that cell
        const feedbackRoutes: Route[] = [];
        const labelBoxHeight = (route: Route) => route.label.length * LABEL_LINE + 6;
        const ranksCount = this.members.reduce((most, member) => Math.max(most, member.rank + 1), 1);
        const load = new Map<string, number>();
        const labelCell = new Map<Route, string>();
        for (const route of routes) {
            if (route.kind === 'feedback') { feedbackRoutes.push(route); continue; }
            if (route.from.lane !== route.to.lane) push(crossTracks, route.to.rank, route);
            if (route.label.length === 0) continue;
            // Above the target, or under the source (the gap above the next row in its lane): whichever holds fewer labels,
            // so a new handoff's label rarely makes a gap grow and push the rows below.
            const candidates = [`${route.to.rank}|${route.to.lane}`, ...(route.from.rank + 1 < ranksCount ? [`${route.from.rank + 1}|${route.from.lane}`] : [])];
            const cell = candidates.reduce((best, candidate) => ((load.get(candidate) ?? 0) < (load.get(best) ?? 0) ? candidate : best));
            load.set(cell, (load.get(cell) ?? 0) + labelBoxHeight(route) + 4);
            labelCell.set(route, cell);
            push(labelsAbove, cell, route);
        }
        /** The room for tracks in a gap: its own, and two more, so that an edit adding an arrow does not push the rows below. */
        const trackRoom = (rank: number) => ((crossTracks.get(rank)?.length ?? 0) + (this.previous ? 0 : 2)) * TRACK + 6;
        const gapHeight = (rank: number) => {
            const labels = lanes.reduce((most, lane) => Math.max(most, load.get(`${rank}|${lane}`) ?? 0), 0);
            return 10 + trackRoom(rank) + labels;
        };
        const cells = new Map<string, Member[]>();
        for (const member of this.members) push(cells, `${member.rank}|${member.lane}`, member);
        for (const cell of cells.values()) cell.sort((a, b) => a.order - b.order);
        const rowHeight = (rank: number) => lanes.reduce((most, lane) => Math.max(most, cells.get(`${rank}|${lane}`)?.length ?? 0), 1) * (NODE_HEIGHT + CELL_GAP) - CELL_GAP;
        // Rows keep their place from the previous picture unless the gap above them has to grow.
        const gapTop: number[] = [];
        const rowTop: number[] = [];
        let y = headerTop + headerHeight;
        for (let rank = 0; rank < ranksCount; rank++) {
            const top = Math.max(y + gapHeight(rank), this.previous?.rows.get(rank) ?? 0);
            gapTop.push(top - gapHeight(rank));
            rowTop.push(top);
            y = top + rowHeight(rank);
        }
        // A new picture leaves room for one more row, so a step added at the end pushes nothing below.
        const lanesBottom = Math.max(y + 14 + (this.previous ? 0 : NODE_HEIGHT + 40), this.previous?.lanesBottom ?? 0);

        // Nodes.
        const nodes: PlacedNode[] = [];
        for (const [cellKey, cell] of cells) {
            const [rankText, lane] = [cellKey.slice(0, cellKey.indexOf('|')), cellKey.slice(cellKey.indexOf('|') + 1)];
            cell.forEach((member, position) => {
                const placed = { ...placeNode(member.node, { x: nodeX(lane), y: rowTop[Number(rankText)]! + position * (NODE_HEIGHT + CELL_GAP), width: nodeWidth, height: NODE_HEIGHT }, member.key), rank: member.rank };
                this.boxes.set(member.node.id, placed);
                nodes.push(placed);
            });
        }
        nodes.sort((a, b) => (a.key < b.key ? -1 : 1));

        // Ports on the right side of each node, in the order of where the other end lies.
        const ends = new Map<ElementId, Array<{ route: Route; end: 'from' | 'to'; otherY: number }>>();
        for (const route of routes) {
            push(ends, route.from.node.id, { route, end: 'from', otherY: this.boxes.get(route.to.node.id)!.y });
            push(ends, route.to.node.id, { route, end: 'to', otherY: this.boxes.get(route.from.node.id)!.y });
        }
        const port = new Map<string, number>();
        for (const [id, list] of ends) {
            const box = this.boxes.get(id)!;
            list.sort((a, b) => a.otherY - b.otherY || (a.route.key < b.route.key ? -1 : 1));
            // Ports stay clear of the badge in the top-right corner.
            const step = Math.min(9, (box.height - 32) / Math.max(1, list.length - 1));
            list.forEach((end, position) => port.set(`${end.route.key}|${end.end}`, box.y + box.height / 2 + 6 + (position - (list.length - 1) / 2) * step));
        }

        // Gutter tracks: every route has its own vertical run in each lane it touches.
        const gutterUse = new Map<string, number>();
        const gutterX = (lane: string) => {
            const used = gutterUse.get(lane) ?? 0;
            gutterUse.set(lane, used + 1);
            const spacing = Math.min(TRACK, (GUTTER - 10) / Math.max(1, this.routesIn(routes, lane) - 1));
            return gutterRight(lane) - 4 - used * spacing;
        };
        const gapUse = new Map<number, number>();
        const gapY = (rank: number) => {
            const used = gapUse.get(rank) ?? 0;
            gapUse.set(rank, used + 1);
            return gapTop[rank]! + 10 + used * TRACK;
        };
        const feedbackTop = lanesBottom + 6;
        const labelTaken = new Map<string, number>(); // cell → next free y for labels
        const edges: PlacedEdge[] = [];
        let feedbackY = feedbackTop + 12;
        const feedbackLabels: Array<{ route: Route; index: number }> = [];
        for (const route of routes) {
            const a = this.boxes.get(route.from.node.id)!;
            const b = this.boxes.get(route.to.node.id)!;
            const ay = port.get(`${route.key}|from`)!;
            const by = port.get(`${route.key}|to`)!;
            let points: Point[];
            if (route.kind === 'feedback') {
                const x1 = gutterX(route.from.lane);
                const x2 = gutterX(route.to.lane);
                const fy = feedbackY;
                feedbackY += TRACK;
                points = [{ x: a.x + a.width, y: ay }, { x: x1, y: ay }, { x: x1, y: fy }, { x: x2, y: fy }, { x: x2, y: by }, { x: b.x + b.width, y: by }];
                feedbackLabels.push({ route, index: edges.length });
            } else if (route.from.lane === route.to.lane) {
                const x = gutterX(route.from.lane);
                points = [{ x: a.x + a.width, y: ay }, { x, y: ay }, { x, y: by }, { x: b.x + b.width, y: by }];
            } else {
                const x1 = gutterX(route.from.lane);
                const x2 = gutterX(route.to.lane);
                const gy = gapY(route.to.rank);
                points = [{ x: a.x + a.width, y: ay }, { x: x1, y: ay }, { x: x1, y: gy }, { x: x2, y: gy }, { x: x2, y: by }, { x: b.x + b.width, y: by }];
            }
            const placed = placedEdge(route.edge, points, route.edge.findings, route.key);
            const cell = labelCell.get(route);
            if (route.kind !== 'feedback' && cell) {
                const rank = Number(cell.slice(0, cell.indexOf('|')));
                const lane = cell.slice(cell.indexOf('|') + 1);
                const top = labelTaken.get(cell) ?? gapTop[rank]! + 10 + trackRoom(rank);
                const height = labelBoxHeight(route);
                labelTaken.set(cell, top + height + 4);
                const labelWidth = Math.min(nodeWidth, labelWidthOf(route.label) + (route.edge.findings.length > 0 ? BADGE_ROOM : 0));
                const box = { x: nodeX(lane), y: top, width: labelWidth, height };
                edges.push({ ...placed, label: route.label, labelBox: box, ...(route.edge.findings.length > 0 ? { badge: { x: box.x + box.width - 11, y: box.y + Math.min(box.height / 2, 12) } } : {}) });
            } else edges.push(placed);
        }
        // Feedback labels: stacked under the feedback tracks, across the frame.
        let labelY = feedbackY + 6;
        for (const { route, index } of feedbackLabels) {
            const height = labelBoxHeight(route);
            const labelWidth = Math.min(width - 2 * PAD, labelWidthOf(route.label, BOLD_LABEL) + (route.edge.findings.length > 0 ? BADGE_ROOM : 0));
            const box = { x: PAD, y: labelY, width: labelWidth, height };
            labelY += height + 4;
            edges[index] = { ...edges[index]!, label: route.label, labelBox: box, ...(route.edge.findings.length > 0 ? { badge: { x: box.x + box.width - 11, y: box.y + Math.min(box.height / 2, 12) } } : {}) };
        }
        const height = (feedbackLabels.length > 0 ? labelY : lanesBottom) + 10;
        const placedLanes: PlacedLane[] = headers.map(header => ({
            key: this.key(`lane:${header.lane}`), label: header.actor?.name ?? 'no owner',
            ...(header.actor?.title ? { detail: header.actor.title } : {}), ...(header.actor ? { actor: header.actor.id } : {}),
            x: laneX(header.lane), y: headerTop, width: laneWidth, height: lanesBottom - headerTop, header: 'top' as const
        }));
        return {
            width, height, nodes, edges, lanes: placedLanes,
            frames: [{ key: `frame:${this.process.id}`, id: this.process.id, label: title.join('\n'), x: 0, y: 0, width, height }]
        };
    }

    private routesIn(routes: readonly Route[], lane: string): number {
        let count = 0;
        for (const route of routes) {
            if (route.from.lane === lane) count++;
            if (route.to.lane === lane && route.from.lane !== lane) count++;
            else if (route.to.lane === lane && route.kind !== 'handoff' && route.kind !== 'measures') count++;
        }
        return count;
    }

    private assignMembers(): void {
        const { members, lanes } = processMembers(this.model, this.process, this.flowNodes, this.metrics, this.order, id => this.key(id));
        for (const { step, ...rest } of members) {
            const member: Member = { ...rest, rank: step };
            this.members.push(member);
            this.memberOf.set(member.node.id, member);
        }
        for (const lane of lanes) this.lanes.push(lane);
    }

    private routes(): Route[] {
        const routes: Route[] = [];
        for (const edge of this.handoffs) {
            const from = this.memberOf.get(edge.from);
            const to = this.memberOf.get(edge.to);
            if (!from || !to) continue;
            routes.push({ edge, key: `${this.process.id}/${edge.id}`, from, to, kind: 'handoff', label: handoffLabel(edge, this.model, this.nodeWidth - 10 - (edge.findings.length > 0 ? BADGE_ROOM : 0)) });
        }
        for (const metric of this.metrics) {
            const from = this.memberOf.get(metric.id);
            if (!from) continue;
            for (const edge of this.model.edgesFromNode(metric.id)) {
                const to = edge.kind === 'measures' ? this.memberOf.get(edge.to) : undefined;
                if (to) routes.push({ edge, key: `${this.process.id}/${edge.id}`, from, to, kind: 'measures', label: [] });
            }
        }
        const steps = this.members.filter(member => member.node.kind === 'task' || member.node.kind === 'actor');
        const last = [...steps].sort((a, b) => b.rank - a.rank || a.order - b.order)[0];
        for (const feedback of this.feedbacks) {
            const from = (feedback.from && this.memberOf.get(feedback.from)) || last || this.memberOf.get(this.process.id);
            const to = (feedback.about ?? []).map(id => this.memberOf.get(id)).find(member => member && member.node.kind === 'task') ?? this.memberOf.get(this.process.id);
            if (!from || !to) continue;
            const edge: DiagramEdge = { id: feedback.id, kind: 'feedback', from: from.node.id, to: to.node.id, findings: feedback.findings, ...(feedback.source ? { source: feedback.source } : {}), ...(feedback.change ? { change: feedback.change } : {}) };
            const lines = [`↩ ${feedback.title ?? feedback.name}`, ...(feedback.detail ? [feedback.detail] : [])];
            routes.push({ edge, key: `${this.process.id}/${feedback.id}`, from, to, kind: 'feedback', label: lines.flatMap(line => wrapWords(line, this.width - 60, BOLD_LABEL, 2).lines) });
        }
        return routes;
    }
}

/** The item (up to two lines) and `via Tool`: three lines at most, wrapped at word boundaries. */
export function handoffLabel(edge: DiagramEdge, model: ViewModel, room: number): string[] {
    const lines: string[] = [];
    if (edge.item) for (const line of wrapWords(edge.item, room, LABEL_FONT, edge.via ? 2 : 3).lines) lines.push(line);
    if (edge.via) for (const line of wrapWords(`via ${model.node(edge.via)?.name ?? edge.via.slice(edge.via.indexOf(':') + 1)}`, room, LABEL_FONT, Math.max(1, 3 - lines.length)).lines) lines.push(line);
    return lines;
}

/** Feedback labels are bold. */
const BOLD_LABEL = { ...LABEL_FONT, bold: true };

function labelWidthOf(lines: readonly string[], font = LABEL_FONT): number {
    return Math.ceil(lines.reduce((most, line) => Math.max(most, textWidth(line, font)), -Infinity)) + 10;
}

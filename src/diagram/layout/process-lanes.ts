/**
 * Who stands where in a process's picture, whichever way it flows: each step in
 * its owner's lane (the process itself in its owner's), at its place in the flow
 * (`step`: a column when the flow runs right, a row when it runs down); each
 * metric beside the first thing it measures, after it; and the lanes in the order
 * the flow meets them, the process owner's first and the unowned lane last.
 */
import type { DiagramNode } from '../model/diagram-model.js';
import type { WorkOrder } from './order-work.js';
import type { ViewModel } from './view-model.js';

export const UNOWNED_LANE = 'unowned';

export interface ProcessMember { readonly node: DiagramNode; readonly key: string; readonly lane: string; readonly step: number; readonly order: number }

export function processMembers(
    model: ViewModel, process: DiagramNode, flowNodes: readonly DiagramNode[], metrics: readonly DiagramNode[], order: WorkOrder, key: (id: string) => string
): { members: ProcessMember[]; lanes: string[] } {
    const laneOf = (node: DiagramNode): string => {
        if (node.kind === 'actor') return node.id;
        if (node.kind === 'process') return node.owner ?? model.owner(process.tasks?.[0] ?? '') ?? UNOWNED_LANE;
        return model.owner(node.id) ?? UNOWNED_LANE;
    };
    const members: ProcessMember[] = [];
    const memberOf = new Map<string, ProcessMember>();
    for (const node of flowNodes) {
        const position = order.get(node.id) ?? { column: 0, order: 0 };
        const member: ProcessMember = { node, key: key(node.id), lane: laneOf(node), step: position.column, order: position.order };
        members.push(member);
        memberOf.set(node.id, member);
    }
    for (const metric of metrics) {
        const target = (metric.measures ?? []).map(id => memberOf.get(id)).find(member => !!member);
        if (!target) continue;
        const member: ProcessMember = { node: metric, key: key(metric.id), lane: target.lane, step: target.step, order: Number.MAX_SAFE_INTEGER };
        members.push(member);
        memberOf.set(metric.id, member);
    }
    const processLane = memberOf.get(process.id)?.lane ?? laneOf(process);
    const seen = [...members].sort((a, b) => a.step - b.step || a.order - b.order).map(member => member.lane);
    const ordered = [...new Set([processLane, ...seen])];
    return { members, lanes: [...ordered.filter(lane => lane !== UNOWNED_LANE), ...(ordered.includes(UNOWNED_LANE) ? [UNOWNED_LANE] : [])] };
}

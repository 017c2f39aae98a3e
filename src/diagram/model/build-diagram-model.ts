/**
 * Stage 1: a system's index and its findings → the serialisable diagram model.
 * Ids come from element names (`task:Cook`, `handoff:DineIn:TakeOrder->Cook`),
 * so an edit elsewhere does not renumber anything and the preview can keep
 * positions and selection across edits.
 */
import { AstUtils, type AstNode, type Reference } from 'langium';
import type { Actor, Feedback, FlowNode, Metric, Process, Task, Tool } from '../../language/generated/ast.js';
import { handoffRange, type Handoff, type SystemIndex } from '../../model/system-index.js';
import type { DiagramEdge, DiagramFinding, DiagramModel, DiagramNode, EdgeKind, ElementId, NodeKind, SourceLocation, SourceRange } from './diagram-model.js';
import { attachFindings } from './attach-findings.js';

type MutableNode = { -readonly [K in keyof DiagramNode]: DiagramNode[K] } & { findings: DiagramFinding[] };
type MutableEdge = { -readonly [K in keyof DiagramEdge]: DiagramEdge[K] } & { findings: DiagramFinding[] };

export function buildDiagramModel(index: SystemIndex, findings: readonly DiagramFinding[]): DiagramModel {
    const builder = new ModelBuilder(index);
    builder.build();
    const unplacedFindings = attachFindings(findings, builder.nodes, builder.edges);
    const system = index.models.find(model => model.system?.name)?.system;
    return {
        system: system?.name ?? '',
        ...(system?.title ? { title: system.title } : {}),
        nodes: builder.nodes,
        edges: builder.edges,
        unplacedFindings
    };
}

class ModelBuilder {
    readonly nodes: MutableNode[] = [];
    readonly edges: MutableEdge[] = [];
    private readonly idOf = new Map<AstNode, ElementId>();
    private readonly nodeById = new Map<ElementId, MutableNode>();
    private readonly usedIds = new Set<string>();

    constructor(private readonly index: SystemIndex) { }

    build(): void {
        const { index } = this;
        for (const actor of index.actors) this.addNode('actor', actor, actorDetail(actor));
        for (const tool of index.tools) this.addNode('tool', tool, toolDetail(tool));
        for (const task of index.tasks) this.addNode('task', task, taskDetail(task));
        for (const process of index.processes) this.addNode('process', process, undefined); // its owner is the lane it sits in
        for (const feedback of index.feedbacks) this.addNode('feedback', feedback, feedbackDetail(feedback));
        for (const metric of index.metrics) this.addNode('metric', metric, metricDetail(metric));
        for (const task of index.tasks) this.addTaskEdges(task);
        for (const process of index.processes) this.addProcess(process);
        for (const actor of index.actors) this.addMembers(actor);
        for (const actor of index.actors) this.addTraining(actor);
        for (const tool of index.tools) {
            for (const fed of tool.feeds) this.addEdge('feeds', tool, fed.ref, { source: locationOfReference(tool, fed) });
        }
        for (const feedback of index.feedbacks) this.addFeedback(feedback);
        for (const metric of index.metrics) this.addMetric(metric);
    }

    private addNode(kind: NodeKind, element: Task | Actor | Tool | Process | Feedback | Metric, detail: string | undefined): void {
        if (!element.name) return;
        const id = this.uniqueId(`${kind}:${element.name}`);
        this.idOf.set(element, id);
        const node: MutableNode = {
            id, kind, name: element.name,
            label: element.title && element.title !== element.name ? `${element.name} “${element.title}”` : element.name,
            findings: []
        };
        if (element.title) node.title = element.title;
        if (detail) node.detail = detail;
        const source = locationOf(element);
        if (source) node.source = source;
        this.nodes.push(node);
        this.nodeById.set(id, node);
    }

    private addTaskEdges(task: Task): void {
        const owner = task.owner?.ref;
        if (owner) this.addEdge('owns', owner, task, { source: locationOfProperty(task, 'owner') });
        const node = this.nodeOf(task);
        const performers = task.performers.map(reference => reference.ref && this.idOf.get(reference.ref)).filter(isDefined);
        if (node && performers.length > 0) node.performers = [...new Set(performers)];
        for (const performer of task.performers) if (performer.ref) this.addEdge('performs', performer.ref, task, { source: locationOfReference(task, performer) });
        for (const tool of task.uses) this.addEdge('uses', task, tool.ref, { source: locationOfReference(task, tool) });
        if (task.automatedBy?.ref) this.addEdge('automates', task.automatedBy.ref, task, { source: locationOfReference(task, task.automatedBy) });
    }

    private addProcess(process: Process): void {
        const node = this.nodeOf(process);
        if (node) {
            node.tasks = [...this.index.tasksOf(process)].map(task => this.idOf.get(task)).filter(isDefined);
            if (process.owner?.ref) node.owner = this.idOf.get(process.owner.ref);
        }
        for (const handoff of this.index.handoffsIn(process)) this.addHandoff(handoff);
    }

    private addHandoff(handoff: Handoff): void {
        const processId = this.idOf.get(handoff.process);
        const from = this.idOf.get(handoff.from);
        const to = this.idOf.get(handoff.to);
        if (!processId || !from || !to) return;
        const range = handoffRange(handoff);
        const uri = uriOf(handoff.flow);
        const edge: MutableEdge = {
            id: this.uniqueId(`handoff:${handoff.process.name}:${handoff.from.name}->${handoff.to.name}`),
            kind: 'handoff', from, to, process: processId, findings: []
        };
        if (handoff.item) edge.item = handoff.item;
        const via = handoff.via && this.idOf.get(handoff.via);
        if (via) edge.via = via;
        if (range && uri) edge.source = { uri, range: copyRange(range) };
        this.edges.push(edge);
        // Sending work through a tool counts as using it (LANGUAGE.md): show that in the system view too.
        if (handoff.via && handoff.from.$type === 'Task' && !this.usesExplicitly(handoff.from, handoff.via)) {
            this.addEdge('uses', handoff.from, handoff.via, { implicit: true, source: edge.source });
        }
    }

    private usesExplicitly(task: Task, tool: Tool): boolean {
        return task.uses.some(reference => reference.ref === tool);
    }

    private addMembers(actor: Actor): void {
        const node = this.nodeOf(actor);
        const members = actor.members.map(reference => reference.ref && this.idOf.get(reference.ref)).filter(isDefined);
        if (node && members.length > 0) node.members = [...new Set(members)];
        for (const member of actor.members) if (member.ref) this.addEdge('member', member.ref, actor, { source: locationOfReference(actor, member) });
    }

    private addTraining(actor: Actor): void {
        for (const tool of actor.trainedOn) this.addEdge('trained', actor, tool.ref, { source: locationOfReference(actor, tool) });
        const used = new Map<Tool, SourceLocation | undefined>();
        const tasks = [...this.index.ownedTasks(actor), ...this.index.performedTasks(actor)];
        for (const task of tasks) {
            for (const reference of task.uses) if (reference.ref && !used.has(reference.ref)) used.set(reference.ref, locationOfReference(task, reference));
        }
        for (const node of [actor as FlowNode, ...tasks]) {
            for (const handoff of this.index.handoffsFromNode(node)) {
                if (handoff.via && this.index.sender(handoff) === actor && !used.has(handoff.via)) {
                    const range = handoffRange(handoff);
                    const uri = uriOf(handoff.flow);
                    used.set(handoff.via, range && uri ? { uri, range: copyRange(range) } : undefined);
                }
            }
        }
        for (const [tool, source] of used) {
            if (!this.index.isTrainedOn(actor, tool)) this.addEdge('untrained', actor, tool, { source });
        }
    }

    private addFeedback(feedback: Feedback): void {
        const node = this.nodeOf(feedback);
        if (!node) return;
        const from = feedback.source?.ref && this.idOf.get(feedback.source.ref);
        const to = feedback.target?.ref && this.idOf.get(feedback.target.ref);
        const via = feedback.via?.ref && this.idOf.get(feedback.via.ref);
        if (from) node.from = from;
        if (to) node.to = to;
        if (via) node.via = via;
        node.about = feedback.about.map(subject => subject.ref && this.idOf.get(subject.ref)).filter(isDefined);
    }

    private addMetric(metric: Metric): void {
        const node = this.nodeOf(metric);
        if (!node) return;
        const owner = metric.owner?.ref && this.idOf.get(metric.owner.ref);
        if (owner) node.owner = owner;
        node.measures = metric.measures.map(subject => subject.ref && this.idOf.get(subject.ref)).filter(isDefined);
        for (const subject of metric.measures) this.addEdge('measures', metric, subject.ref, { source: locationOfReference(metric, subject) });
    }

    private addEdge(kind: EdgeKind, fromElement: AstNode, toElement: AstNode | undefined, extra: { implicit?: boolean; source: SourceLocation | undefined }): void {
        const from = this.idOf.get(fromElement);
        const to = toElement && this.idOf.get(toElement);
        if (!from || !to) return;
        const id = `${kind}:${nameOf(from)}->${nameOf(to)}`;
        if (this.usedIds.has(id)) return; // `uses POS, POS` is one edge
        this.usedIds.add(id);
        const edge: MutableEdge = { id, kind, from, to, findings: [] };
        if (extra.implicit) edge.implicit = true;
        if (extra.source) edge.source = extra.source;
        this.edges.push(edge);
    }

    private nodeOf(element: AstNode): MutableNode | undefined {
        const id = this.idOf.get(element);
        return id === undefined ? undefined : this.nodeById.get(id);
    }

    /** A second element of the same kind and name (a duplicate-name finding) gets `#2`. */
    private uniqueId(base: string): string {
        let id = base;
        for (let count = 2; this.usedIds.has(id); count++) id = `${base}#${count}`;
        this.usedIds.add(id);
        return id;
    }
}

function nameOf(id: ElementId): string {
    return id.slice(id.indexOf(':') + 1);
}

function actorDetail(actor: Actor): string | undefined {
    const parts = [actor.kind && actor.kind !== 'person' ? actor.kind : undefined, actor.count ? `${actor.count} people` : undefined];
    return joined(parts);
}

function toolDetail(tool: Tool): string | undefined {
    return joined([tool.kind, tool.handles.length > 0 ? tool.handles.join(', ') : undefined]);
}

function taskDetail(task: Task): string | undefined {
    return joined([task.automatedBy?.ref ? `automated by ${task.automatedBy.ref.name}` : undefined, task.needs.length > 0 ? `needs ${task.needs.join(', ')}` : undefined]);
}

function feedbackDetail(feedback: Feedback): string | undefined {
    const from = feedback.source?.ref?.name;
    const to = feedback.target?.ref?.name;
    const route = from || to ? `${from ?? '?'} → ${to ?? '?'}` : undefined;
    return joined([route, feedback.via?.ref ? `via ${feedback.via.ref.name}` : undefined, cadenceText(feedback.cadence)]);
}

function metricDetail(metric: Metric): string | undefined {
    return joined([metric.target, cadenceText(metric.review), metric.owner?.ref ? `owner ${metric.owner.ref.name}` : undefined]);
}

function cadenceText(cadence: Feedback['cadence'] | undefined): string | undefined {
    if (!cadence) return undefined;
    if (cadence.period) return cadence.period;
    if (cadence.unit) return cadence.count ? `every ${cadence.count} ${cadence.unit}` : `every ${cadence.unit}`;
    return undefined;
}

function joined(parts: ReadonlyArray<string | undefined>): string | undefined {
    const present = parts.filter((part): part is string => !!part);
    return present.length > 0 ? present.join(' · ') : undefined;
}

function uriOf(node: AstNode): string | undefined {
    try {
        return AstUtils.getDocument(node).uri.toString();
    } catch {
        return undefined; // a node detached from its document while the user types
    }
}

function locationOf(node: AstNode): SourceLocation | undefined {
    const range = node.$cstNode?.range;
    const uri = uriOf(node);
    return range && uri ? { uri, range: copyRange(range) } : undefined;
}

function locationOfReference(owner: AstNode, reference: Reference): SourceLocation | undefined {
    const range = reference.$refNode?.range;
    const uri = uriOf(owner);
    return range && uri ? { uri, range: copyRange(range) } : locationOf(owner);
}

function locationOfProperty(owner: Task, property: 'owner'): SourceLocation | undefined {
    const reference = owner[property];
    return reference ? locationOfReference(owner, reference) : undefined;
}

/** Plain objects: the CST's ranges are live and would drag the tree into a postMessage. */
function copyRange(range: SourceRange): SourceRange {
    return { start: { line: range.start.line, character: range.start.character }, end: { line: range.end.line, character: range.end.character } };
}

function isDefined<T>(value: T | undefined | ''): value is T {
    return value !== undefined && value !== '';
}

/**
 * A model's processes as BPMN 2.0 XML, written with bpmn-moddle: one pool per
 * process with a lane per task owner, a task per task (a service task when a
 * tool automates it), a sequence flow per handoff between tasks; everyone who
 * hands work in or out without owning a task of it is a pool without content,
 * joined by message flows. The diagram interchange (shapes, edges) takes its
 * positions from the project's own process view layout. Each element carries
 * its .sts name as `sts:name`, so an import gives the same names back.
 */
import { BpmnModdle, type ModdleElement } from 'bpmn-moddle';
import type { Actor, FlowNode, Process, Task } from '../language/generated/ast.js';
import { isActor, isTask } from '../language/generated/ast.js';
import type { Box, LaidOutDiagram, PlacedEdge, PlacedNode, Point } from '../diagram/model/diagram-model.js';
import type { SystemIndex } from '../model/system-index.js';
import { STS_NAMES_NAMESPACE } from './sts-names.js';

const POOL_LABEL = 30;
const OUTSIDE_POOL_HEIGHT = 60;
const OUTSIDE_POOL_GAP = 40;

export interface BpmnExport {
    readonly xml: string;
    /** what the BPMN does not show, one line each (tasks in no process) */
    readonly notExported: readonly string[];
}

export async function exportBpmn(index: SystemIndex, picture: LaidOutDiagram, version = '0'): Promise<BpmnExport> {
    return new Exporter(index, picture, version).write();
}

class Exporter {
    private readonly moddle = new BpmnModdle();
    private readonly ids = new Set<string>();
    private readonly definitions: ModdleElement;
    private readonly collaboration: ModdleElement;
    private readonly plane: ModdleElement;
    private readonly outsidePools = new Map<Actor, ModdleElement>();
    private readonly pendingMessages: Array<{ from: FlowNode; to: FlowNode; item?: string; fromElement?: ModdleElement; toElement?: ModdleElement; fromBox?: Box; toBox?: Box }> = [];
    private readonly notExported: string[] = [];
    private readonly laneActors = new Set<Actor>();

    constructor(private readonly index: SystemIndex, private readonly picture: LaidOutDiagram, version: string) {
        this.definitions = this.create('bpmn:Definitions', 'Definitions', undefined, { targetNamespace: 'https://sts.dev/bpmn', exporter: 'sts', exporterVersion: version });
        this.definitions.$attrs['xmlns:sts'] = STS_NAMES_NAMESPACE;
        this.collaboration = this.create('bpmn:Collaboration', 'Collaboration', this.index.models[0]?.system?.name);
        this.plane = this.create('bpmndi:BPMNPlane', 'Plane', undefined, { bpmnElement: this.collaboration });
    }

    async write(): Promise<BpmnExport> {
        const processes: ModdleElement[] = [];
        for (const process of this.index.processes) {
            const frame = this.picture.frames.find(candidate => candidate.id === `process:${process.name}`);
            if (!frame) {
                this.notExported.push(`process ${process.name}: not in the layout`);
                continue;
            }
            processes.push(this.process(process, frame));
        }
        const bottom = this.picture.frames.reduce((lowest, frame) => Math.max(lowest, frame.y + frame.height), 0);
        const width = this.picture.frames.reduce((widest, frame) => Math.max(widest, frame.x + frame.width), 400);
        const outside = this.index.actors.filter(actor => !this.laneActors.has(actor));
        outside.forEach((actor, position) => this.outsidePool(actor, { x: 0, y: bottom + OUTSIDE_POOL_GAP + position * (OUTSIDE_POOL_HEIGHT + 20), width, height: OUTSIDE_POOL_HEIGHT }));
        this.messageFlows();
        const inNoProcess = this.index.tasks.filter(task => !this.index.processes.some(process => this.index.tasksOf(process).has(task)));
        if (inNoProcess.length > 0) this.notExported.push(`tasks in no process: ${inNoProcess.map(task => task.name).join(', ')}`);

        const roots = this.definitions.get('rootElements');
        roots.push(this.collaboration);
        for (const process of processes) roots.push(process);
        const diagram = this.create('bpmndi:BPMNDiagram', 'Diagram', undefined, { plane: this.plane });
        this.definitions.get('diagrams').push(diagram);
        const { xml } = await this.moddle.toXML(this.definitions, { format: true });
        const check = await this.moddle.fromXML(xml);
        if (check.warnings.length > 0) throw new Error(`the exported BPMN does not read back cleanly: ${check.warnings[0]!.message.split('\n')[0]}`);
        return { xml, notExported: this.notExported };
    }

    private process(process: Process, frame: Box): ModdleElement {
        const bpmnProcess = this.create('bpmn:Process', 'Process', process.name, { name: process.title ?? process.name, isExecutable: false });
        const notes = [process.description, process.trigger && `trigger: ${process.trigger}`, process.outcome && `outcome: ${process.outcome}`].filter((line): line is string => !!line);
        if (notes.length > 0) bpmnProcess.get('documentation').push(this.moddle.create('bpmn:Documentation', { text: notes.join('\n') }));
        const participant = this.create('bpmn:Participant', 'Participant', process.name, { name: process.title ?? process.name, processRef: bpmnProcess });
        this.collaboration.get('participants').push(participant);
        this.shape(participant, frame, { isHorizontal: true });

        const prefix = `process:${process.name}/`;
        const elements = new Map<Task, ModdleElement>();
        const boxes = new Map<Task, PlacedNode>();
        for (const node of this.picture.nodes) {
            if (node.kind !== 'task' || !node.key.startsWith(prefix)) continue;
            const task = this.index.tasks.find(candidate => `task:${candidate.name}` === node.id);
            if (!task || elements.has(task)) continue;
            const type = task.automatedBy?.ref ? 'bpmn:ServiceTask' : 'bpmn:Task';
            const element = this.create(type, 'Task', task.name, { name: task.title ?? task.name }, `${process.name}_${task.name}`);
            if (task.description) element.get('documentation').push(this.moddle.create('bpmn:Documentation', { text: task.description }));
            bpmnProcess.get('flowElements').push(element);
            elements.set(task, element);
            boxes.set(task, node);
            this.shape(element, node);
        }
        this.lanes(process, bpmnProcess, elements);

        const edges = this.picture.edges.filter(edge => edge.kind === 'handoff' && edge.key.startsWith(prefix));
        const used = new Set<PlacedEdge>();
        let counter = 0;
        for (const handoff of this.index.handoffsIn(process)) {
            const fromTask = isTask(handoff.from) ? elements.get(handoff.from) : undefined;
            const toTask = isTask(handoff.to) ? elements.get(handoff.to) : undefined;
            if (fromTask && toTask) {
                const flow = this.create('bpmn:SequenceFlow', 'Flow', undefined, { sourceRef: fromTask, targetRef: toTask, ...(handoff.item ? { name: handoff.item } : {}) }, `${process.name}_${++counter}`);
                const via = [handoff.via && `via ${handoff.via.name}`, handoff.data.length > 0 && `with ${handoff.data.join(', ')}`].filter((line): line is string => !!line);
                if (via.length > 0) flow.get('documentation').push(this.moddle.create('bpmn:Documentation', { text: via.join(' ') }));
                fromTask.get('outgoing').push(flow);
                toTask.get('incoming').push(flow);
                bpmnProcess.get('flowElements').push(flow);
                const placed = edges.find(edge => !used.has(edge) && edge.from === `task:${handoff.from.name}` && edge.to === `task:${handoff.to.name}`);
                if (placed) used.add(placed);
                this.edge(flow, placed?.points ?? straight(boxes.get(handoff.from as Task)!, boxes.get(handoff.to as Task)!));
            } else if (fromTask || toTask || (isActor(handoff.from) && isActor(handoff.to))) {
                this.pendingMessages.push({
                    from: handoff.from, to: handoff.to, ...(handoff.item ? { item: handoff.item } : {}),
                    ...(fromTask ? { fromElement: fromTask, fromBox: boxes.get(handoff.from as Task)! } : {}),
                    ...(toTask ? { toElement: toTask, toBox: boxes.get(handoff.to as Task)! } : {})
                });
            }
        }
        return bpmnProcess;
    }

    /** A lane per actor owning tasks of the process, placed where the process view put that actor's swimlane. */
    private lanes(process: Process, bpmnProcess: ModdleElement, elements: ReadonlyMap<Task, ModdleElement>): void {
        const laneSet = this.create('bpmn:LaneSet', 'LaneSet', undefined, {}, process.name);
        for (const lane of this.picture.lanes) {
            if (!lane.key.startsWith(`process:${process.name}/`) || !lane.actor) continue;
            const actor = this.index.actors.find(candidate => `actor:${candidate.name}` === lane.actor);
            const owned = [...elements].filter(([task]) => task.owner?.ref === actor).map(([, element]) => element);
            if (!actor || owned.length === 0) continue;
            this.laneActors.add(actor);
            const element = this.create('bpmn:Lane', 'Lane', actor.name, { name: actor.title ?? actor.name, flowNodeRef: owned }, `${process.name}_${actor.name}`);
            laneSet.get('lanes').push(element);
            this.shape(element, { x: lane.x + POOL_LABEL, y: lane.y, width: lane.width - POOL_LABEL, height: lane.height }, { isHorizontal: true });
        }
        if (laneSet.get('lanes').length > 0) bpmnProcess.get('laneSets').push(laneSet);
    }

    /** Someone who owns no task here: a pool without content under the processes. */
    private outsidePool(actor: Actor, box: Box): void {
        const participant = this.create('bpmn:Participant', 'Participant', actor.name, { name: actor.title ?? actor.name });
        if (actor.description) participant.get('documentation').push(this.moddle.create('bpmn:Documentation', { text: actor.description }));
        this.collaboration.get('participants').push(participant);
        this.outsidePools.set(actor, participant);
        this.shape(participant, box, { isHorizontal: true });
    }

    private messageFlows(): void {
        const shapes = new Map<ModdleElement, Box>();
        for (const shape of this.plane.get('planeElement') as ModdleElement[]) {
            const bounds = shape['bounds'] as Box | undefined;
            if (bounds) shapes.set(shape['bpmnElement'] as ModdleElement, bounds);
        }
        let counter = 0;
        for (const message of this.pendingMessages) {
            const source = message.fromElement ?? (isActor(message.from) ? this.outsidePools.get(message.from) : undefined);
            const target = message.toElement ?? (isActor(message.to) ? this.outsidePools.get(message.to) : undefined);
            if (!source || !target) {
                this.notExported.push(`handoff ${message.from.name} -> ${message.to.name}: ${isActor(message.from) ? message.from.name : message.to.name} owns tasks, so has no pool of its own to send from`);
                continue;
            }
            const flow = this.create('bpmn:MessageFlow', 'MessageFlow', undefined, { sourceRef: source, targetRef: target, ...(message.item ? { name: message.item } : {}) }, String(++counter));
            this.collaboration.get('messageFlows').push(flow);
            const from = message.fromBox ?? shapes.get(source)!;
            const to = message.toBox ?? shapes.get(target)!;
            const x = (message.fromBox ?? message.toBox ?? from).x + 20 + (counter % 6) * 12;
            this.edge(flow, [{ x, y: from.y + (from.y < to.y ? from.height : 0) }, { x, y: to.y + (to.y < from.y ? to.height : 0) }]);
        }
    }

    private shape(element: ModdleElement, box: Box, extra: Record<string, unknown> = {}): void {
        const bounds = this.moddle.create('dc:Bounds', { x: round(box.x), y: round(box.y), width: round(box.width), height: round(box.height) });
        this.plane.get('planeElement').push(this.create('bpmndi:BPMNShape', 'Shape', undefined, { bpmnElement: element, bounds, ...extra }, element.id));
    }

    private edge(element: ModdleElement, points: readonly Point[]): void {
        const waypoint = points.map(point => this.moddle.create('dc:Point', { x: round(point.x), y: round(point.y) }));
        this.plane.get('planeElement').push(this.create('bpmndi:BPMNEdge', 'Edge', undefined, { bpmnElement: element, waypoint }, element.id));
    }

    /** An element with a unique XML id made of its kind and name (ASCII: bpmn-moddle accepts no other ids). */
    private create(type: string, kind: string, stsName: string | undefined, attributes: Record<string, unknown> = {}, idName = stsName): ModdleElement {
        const element = this.moddle.create(type, { id: this.id(kind, idName), ...attributes });
        if (stsName) element.$attrs['sts:name'] = stsName;
        return element;
    }

    private id(kind: string, name: string | undefined): string {
        const base = name ? `${kind}_${asciiId(name)}` : kind;
        let id = name ? base : `${base}_1`;
        for (let counter = 2; this.ids.has(id); counter++) id = `${base}_${counter}`;
        this.ids.add(id);
        return id;
    }
}

function asciiId(name: string): string {
    return name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^A-Za-z0-9_.-]/g, '_');
}

function straight(from: Box, to: Box): Point[] {
    return [{ x: from.x + from.width, y: from.y + from.height / 2 }, { x: to.x, y: to.y + to.height / 2 }];
}

function round(value: number): number {
    return Math.round(value);
}

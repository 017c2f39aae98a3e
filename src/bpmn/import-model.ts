/**
 * BPMN definitions (as read by bpmn-moddle) → an ImportedModel. The mapping
 * (docs/bpmn.md has the table):
 * - a pool with content is work of the business; a pool without content (a
 *   "black box") is an external party; lanes (nested too) are the business's
 *   people, a lane holding lanes is a team of them;
 * - activities are tasks owned by the innermost lane they sit in (else the
 *   task's potential owner / performer resource); service and script tasks
 *   are automated by the process engine; sub-processes are flattened into
 *   the process around them (their tasks join it, a comment names the group);
 * - sequence flows between tasks, followed through gateways and events, are
 *   handoffs, the conditions and events passed on the way kept as a comment;
 *   message flows are handoffs with the message as the item;
 * - data stores are tools the tasks reading or writing them use; data objects
 *   are data the tasks handle.
 * Whatever has no place in the model goes to `notExpressed`.
 */
import type { BpmnElement } from './bpmn-element.js';
import { documentationOf, is, many, one, SUB_PROCESS_TYPES, TASK_TYPES, text, typeWords } from './bpmn-element.js';
import type { ImportedActor, ImportedModel, ImportedProcess, ImportedTask, ImportedTool } from './imported-model.js';
import { identifierOf, NameRegistry, titleOf } from './names.js';
import { dataName, grammarKeywords } from './data-names.js';
import { stsNameOf, stsNamesPrefix } from './sts-names.js';

/** One file's definitions with the name of the file it came from. */
export interface BpmnSource {
    readonly file: string;
    readonly definitions: BpmnElement;
    readonly readerWarnings: readonly string[];
}

const ENGINE = { text: 'Process engine', comment: 'runs the service and script tasks of the map' };
const AUTOMATED = new Set(['bpmn:ServiceTask', 'bpmn:ScriptTask']);
const EXECUTION_DETAILS = new Set(['bpmn:ItemDefinition', 'bpmn:Interface', 'bpmn:Signal', 'bpmn:Error', 'bpmn:Escalation',
    'bpmn:EndPoint', 'bpmn:CorrelationProperty', 'bpmn:GlobalTask', 'bpmn:GlobalUserTask', 'bpmn:GlobalManualTask',
    'bpmn:GlobalScriptTask', 'bpmn:GlobalBusinessRuleTask', 'bpmn:PartnerEntity', 'bpmn:PartnerRole', 'bpmn:Category']);

interface Step { readonly node: BpmnElement; readonly labels: readonly string[] }

export function importModel(sources: readonly BpmnSource[], systemText: string): ImportedModel {
    return new Importer(systemText, sources).model;
}

class Importer {
    readonly model: ImportedModel;
    private readonly names = new NameRegistry();
    private readonly actorsByKey = new Map<string, ImportedActor>();
    private readonly taskOf = new Map<BpmnElement, ImportedTask>();
    private readonly toolsByKey = new Map<string, ImportedTool>();
    private readonly processOf = new Map<BpmnElement, ImportedProcess>();
    /** every flow node → the element holding it (a process or a sub-process) */
    private readonly containerOf = new Map<BpmnElement, BpmnElement>();
    private readonly outgoing = new Map<BpmnElement, BpmnElement[]>();
    private readonly incoming = new Map<BpmnElement, BpmnElement[]>();
    private readonly boundaryOf = new Map<BpmnElement, BpmnElement[]>();
    /** named gateways and events: whether some handoff, trigger or outcome carries their text */
    private readonly namedPassages = new Map<BpmnElement, boolean>();
    private readonly laneOwner = new Map<BpmnElement, string>();
    private readonly nodesOf = new Map<BpmnElement, BpmnElement[]>();
    private readonly rootsById = new Map<string, BpmnElement>();
    private readonly executionDetails = new Map<string, number>();
    private extended = 0;
    /** the prefix of `sts:name` in the file being read (exports of sts carry the .sts names) */
    private prefix: string | undefined;
    private readonly tasksByStsName = new Map<string, ImportedTask>();
    private readonly vendors = new Set<string>();

    constructor(systemText: string, sources: readonly BpmnSource[]) {
        const systemName = this.names.claim(systemText, 'Imported');
        this.model = {
            system: { name: systemName, ...(titleOf(systemText) !== systemName ? { title: titleOf(systemText) } : {}) },
            sources: sources.map(source => source.file),
            actors: [], tools: [], tasks: [], processes: [], notExpressed: []
        };
        for (const source of sources) this.importDefinitions(source);
        this.noteLeftovers();
    }

    private importDefinitions(source: BpmnSource): void {
        const { definitions } = source;
        this.prefix = stsNamesPrefix(definitions);
        const roots = many(definitions, 'rootElements');
        const participants = roots.filter(root => is(root, 'bpmn:Collaboration')).flatMap(collaboration => many(collaboration, 'participants'));
        const poolOf = new Map<BpmnElement, BpmnElement>();
        for (const participant of participants) {
            const process = one(participant, 'processRef');
            if (process) poolOf.set(process, participant);
        }
        const processes = roots.filter(root => is(root, 'bpmn:Process'));
        for (const root of roots) if (root.id) this.rootsById.set(root.id, root);
        for (const participant of participants) {
            const process = one(participant, 'processRef');
            if (process?.id && text(participant, 'name')) this.rootsById.set(process.id, participant);
        }
        for (const process of processes) this.index(process, process);
        for (const participant of participants) {
            const process = one(participant, 'processRef');
            if (!process || many(process, 'flowElements').length === 0) this.externalParty(participant);
        }
        for (const process of processes) this.lanes(process, poolOf.get(process));
        for (const root of roots) {
            if (EXECUTION_DETAILS.has(root.$type)) this.executionDetails.set(typeWords(root), (this.executionDetails.get(typeWords(root)) ?? 0) + 1);
        }
        // every data store is a system of the business, whether or not the map shows a task using it
        for (const store of roots.filter(root => is(root, 'bpmn:DataStore'))) this.tool(`store:${store.id ?? text(store, 'name')}`, text(store, 'name'), 'data-store', documentationOf(store));
        for (const process of processes) this.importProcess(process, poolOf.get(process));
        for (const participant of participants) this.noteExtensions(participant);
        for (const collaboration of roots.filter(root => is(root, 'bpmn:Collaboration'))) {
            for (const flow of many(collaboration, 'messageFlows')) this.messageFlow(flow);
            this.artifacts(collaboration);
        }
        for (const warning of source.readerWarnings) this.model.notExpressed.push(`${source.file}: the BPMN reader skipped: ${warning}`);
        if (many(definitions, 'diagrams').length > 0) {
            this.note(`${source.file}: the diagram's positions (BPMN DI) are not kept; the .sts diagram lays the model out itself`);
        }
    }

    /** Containers, sequence flows and boundary events of a process, sub-processes included. */
    private index(container: BpmnElement, process: BpmnElement): void {
        for (const element of many(container, 'flowElements')) {
            if (is(element, 'bpmn:SequenceFlow')) {
                const source = one(element, 'sourceRef');
                const target = one(element, 'targetRef');
                if (source) push(this.outgoing, source, element);
                if (target) push(this.incoming, target, element);
                continue;
            }
            this.containerOf.set(element, container);
            const attached = one(element, 'attachedToRef');
            if (is(element, 'bpmn:BoundaryEvent') && attached) push(this.boundaryOf, attached, element);
            if (isPassage(element) && titleOf(text(element, 'name'))) this.namedPassages.set(element, false);
            if (is(element, ...SUB_PROCESS_TYPES)) this.index(element, process);
        }
    }

    private externalParty(participant: BpmnElement): void {
        const actor = this.actor(text(participant, 'name'), 'Party', this.stsName(participant));
        if (!actor) return;
        if (actor.kind === undefined && !this.laneActors.has(actor)) actor.kind = 'external';
        for (const item of documentationOf(participant)) actor.comments.push(item);
    }

    private readonly laneActors = new Set<ImportedActor>();

    private lanes(container: BpmnElement, pool: BpmnElement | undefined): void {
        const visit = (laneSet: BpmnElement, parent: ImportedActor | undefined) => {
            for (const lane of many(laneSet, 'lanes')) {
                const laneText = text(lane, 'name') ?? (parent ? undefined : text(pool, 'name') ?? text(container, 'name'));
                const actor = this.actor(laneText, 'Lane', this.stsName(lane));
                if (!actor) {
                    this.note(`a lane without a name (${lane.id ?? 'no id'}) in "${titleOf(text(pool, 'name') ?? text(container, 'name')) ?? container.id}": its tasks have no owner`);
                } else {
                    if (actor.kind === 'external') delete actor.kind;
                    this.laneActors.add(actor);
                    for (const item of documentationOf(lane)) actor.comments.push(item);
                    if (parent && !parent.members.includes(actor.name) && parent !== actor) parent.members.push(actor.name);
                    // parents come first, so the innermost lane is the last to claim a node
                    for (const node of many(lane, 'flowNodeRef')) this.laneOwner.set(node, actor.name);
                }
                const children = one(lane, 'childLaneSet');
                if (children && many(children, 'lanes').length > 0) {
                    if (actor) actor.kind = 'team';
                    visit(children, actor ?? parent);
                }
            }
        };
        for (const laneSet of many(container, 'laneSets')) visit(laneSet, undefined);
        for (const element of many(container, 'flowElements')) if (is(element, ...SUB_PROCESS_TYPES)) this.lanes(element, pool);
    }

    /** The actor for a name: one per name, so the same lane in two pools is one role. */
    private actor(name: string | undefined, fallback: string, stsName?: string): ImportedActor | undefined {
        const title = titleOf(name);
        if (!title) return undefined;
        const key = stsName ? `sts:${stsName.toLowerCase()}` : (identifierOf(title) ?? title).toLowerCase();
        const known = this.actorsByKey.get(key);
        if (known) return known;
        const actorName = this.names.claimPreferred(stsName, title, fallback);
        const actor: ImportedActor = { name: actorName, ...(title !== actorName ? { title } : {}), members: [], comments: [] };
        this.actorsByKey.set(key, actor);
        this.model.actors.push(actor);
        return actor;
    }

    private tool(key: string, name: string | undefined, kind: string, comments: readonly string[]): ImportedTool {
        const known = this.toolsByKey.get(key);
        if (known) return known;
        const title = titleOf(name);
        const toolName = this.names.claim(title, 'DataStore');
        const tool: ImportedTool = { name: toolName, ...(title && title !== toolName ? { title } : {}), kind, comments: [...comments] };
        this.toolsByKey.set(key, tool);
        this.model.tools.push(tool);
        return tool;
    }

    private importProcess(process: BpmnElement, pool: BpmnElement | undefined): void {
        const nodes = this.flowNodesOf(process);
        const activities = nodes.filter(node => this.isTaskNode(node));
        const processText = titleOf(text(pool, 'name')) ?? titleOf(text(process, 'name'));
        if (activities.length === 0) {
            if (nodes.length > 0) this.note(`process "${processText ?? process.id}" has no activities (only events and gateways): not imported`);
            return;
        }
        const name = this.names.claimPreferred(this.stsName(pool) ?? this.stsName(process), processText, 'Process');
        const imported: ImportedProcess = {
            name, ...(processText && processText !== name ? { title: processText } : {}),
            triggers: [], outcomes: [], tasks: [], flows: [],
            comments: []
        };
        for (const line of [...documentationOf(process), ...(pool ? documentationOf(pool) : [])]) {
            // what an export of sts wrote for the process's trigger and outcome
            const [, label, value] = /^(trigger|outcome): (.+)$/.exec(line) ?? [];
            if (label === 'trigger' && value) imported.triggers.push(value);
            else if (label === 'outcome' && value) for (const outcome of value.split('; ')) imported.outcomes.push(outcome);
            else imported.comments.push(line);
        }
        this.model.processes.push(imported);
        this.processOf.set(process, imported);
        this.noteExtensions(process);
        for (const node of nodes) {
            this.noteExtensions(node);
            if (this.isTaskNode(node)) this.task(node, imported);
        }
        for (const node of nodes) if (is(node, ...SUB_PROCESS_TYPES) && !this.isTaskNode(node)) this.subProcess(node, imported);
        for (const node of nodes) {
            if (is(node, 'bpmn:StartEvent') && this.containerOf.get(node) === process) this.passageText(node, imported.triggers);
            if (is(node, 'bpmn:EndEvent') && this.containerOf.get(node) === process) this.passageText(node, imported.outcomes);
        }
        for (const node of activities) {
            const from = this.taskOf.get(node)!;
            const seen = new Set<string>();
            for (const step of this.following(node)) {
                const to = this.taskOf.get(step.node);
                if (!to) continue;
                const key = to.name;
                if (seen.has(key)) continue;
                seen.add(key);
                if (to === from) {
                    this.note(`"${from.title ?? from.name}" repeats itself${step.labels.length ? ` (${step.labels.join(', ')})` : ''}: a loop back to the same task is no handoff in .sts`);
                    continue;
                }
                imported.flows.push({ from: from.name, to: to.name, ...(step.labels.length ? { comment: step.labels.join(', ') } : {}) });
            }
        }
        this.artifacts(process);
    }

    /** Every flow node of a process, sub-processes' content included, in document order. */
    private flowNodesOf(container: BpmnElement): BpmnElement[] {
        const known = this.nodesOf.get(container);
        if (known) return known;
        const nodes: BpmnElement[] = [];
        for (const element of many(container, 'flowElements')) {
            if (is(element, 'bpmn:SequenceFlow')) continue;
            nodes.push(element);
            if (is(element, ...SUB_PROCESS_TYPES)) for (const inner of this.flowNodesOf(element)) nodes.push(inner);
        }
        this.nodesOf.set(container, nodes);
        return nodes;
    }

    /** Activities that become tasks: tasks, call activities, and sub-processes with no activity inside (a collapsed box). */
    private isTaskNode(node: BpmnElement): boolean {
        if (is(node, ...TASK_TYPES)) return true;
        return is(node, ...SUB_PROCESS_TYPES) && !this.flowNodesOf(node).some(inner => this.isTaskNode(inner));
    }

    private task(node: BpmnElement, process: ImportedProcess): void {
        const title = titleOf(text(node, 'name'));
        const stsName = this.stsName(node);
        const shown = stsName ? this.tasksByStsName.get(stsName) : undefined;
        if (shown) {
            // the same task drawn in several pools of an export
            this.taskOf.set(node, shown);
            if (!process.tasks.includes(shown.name)) process.tasks.push(shown.name);
            return;
        }
        const name = this.names.claimPreferred(stsName, title, fallbackName(node));
        const task: ImportedTask = { name, ...(title && title !== name ? { title } : {}), performers: [], uses: [], handles: [], comments: documentationOf(node) };
        this.taskOf.set(node, task);
        if (stsName) this.tasksByStsName.set(stsName, task);
        this.model.tasks.push(task);
        process.tasks.push(name);
        task.owner = this.ownerOf(node);
        for (const role of many(node, 'resources')) {
            const resource = one(role, 'resourceRef');
            const actor = this.actor(text(resource, 'name'), 'Resource', this.stsName(resource));
            if (!actor) {
                this.note(`"${title ?? name}": a ${typeWords(role)} given by an expression, not a named resource`);
                continue;
            }
            if (task.owner === undefined && !is(role, 'bpmn:Performer')) task.owner = actor.name;
            else if (task.owner !== actor.name && !task.performers.includes(actor.name)) task.performers.push(actor.name);
        }
        if (AUTOMATED.has(node.$type)) task.automatedBy = this.tool('engine', ENGINE.text, 'software', [ENGINE.comment]).name;
        if (is(node, 'bpmn:CallActivity')) {
            const called = text(node, 'calledElement');
            if (called) task.comments.push(`calls ${this.calledText(called)}`);
        }
        if (is(node, ...SUB_PROCESS_TYPES)) task.comments.push('a sub-process with no activities inside, imported as one task');
        const loop = one(node, 'loopCharacteristics');
        if (loop) this.note(`"${title ?? name}" is a ${is(loop, 'bpmn:MultiInstanceLoopCharacteristics') ? 'multi-instance' : 'looping'} activity; .sts has no repetition marker`);
        for (const association of many(node, 'dataInputAssociations')) for (const source of many(association, 'sourceRef')) this.data(task, source);
        for (const association of many(node, 'dataOutputAssociations')) this.data(task, one(association, 'targetRef'));
    }

    /** What a call activity calls: the process's (or pool's) name when the file holds it, else its id. */
    private calledText(id: string): string {
        const called = this.rootsById.get(id);
        const name = titleOf(text(called, 'name'));
        return name ? `"${name}"` : id;
    }

    private ownerOf(node: BpmnElement): string | undefined {
        for (let current: BpmnElement | undefined = node; current; current = this.containerOf.get(current)) {
            const owner = this.laneOwner.get(current);
            if (owner) return owner;
        }
        return undefined;
    }

    private subProcess(node: BpmnElement, process: ImportedProcess): void {
        const title = titleOf(text(node, 'name')) ?? 'unnamed';
        const tasks = this.flowNodesOf(node).map(inner => this.taskOf.get(inner)?.name).filter((name): name is string => name !== undefined);
        const event = node['triggeredByEvent'] === true ? 'event ' : '';
        process.comments.push(`${event}sub-process "${title}": ${tasks.join(', ')} (flattened into this process)`);
        for (const line of documentationOf(node)) process.comments.push(line);
    }

    private data(task: ImportedTask, reference: BpmnElement | undefined): void {
        if (is(reference, 'bpmn:DataStoreReference')) {
            const store = one(reference, 'dataStoreRef');
            const key = store?.id ?? reference?.id ?? 'store';
            const tool = this.tool(`store:${key}`, text(reference, 'name') ?? text(store, 'name'), 'data-store', documentationOf(store ?? reference!));
            if (!task.uses.includes(tool.name)) task.uses.push(tool.name);
        } else if (is(reference, 'bpmn:DataObjectReference', 'bpmn:DataObject', 'bpmn:DataInput', 'bpmn:DataOutput')) {
            const object = one(reference, 'dataObjectRef');
            const data = dataName(text(reference, 'name') ?? text(object, 'name'));
            if (data && !task.handles.includes(data)) task.handles.push(data);
        }
    }

    /** The tasks that work reaches next from a node, through gateways, events, boundary events and sub-process borders. */
    private following(start: BpmnElement): Step[] {
        const found: Step[] = [];
        const visited = new Set<BpmnElement>([start]);
        const stack: Step[] = this.exits(start, []).reverse();
        while (stack.length > 0) {
            const step = stack.pop()!;
            if (visited.has(step.node)) continue;
            visited.add(step.node);
            if (this.isTaskNode(step.node)) {
                found.push(step);
                continue;
            }
            const labels = [...step.labels];
            const label = this.passageLabel(step.node);
            if (label) {
                labels.push(label);
                this.namedPassages.set(step.node, true);
            }
            const next = is(step.node, ...SUB_PROCESS_TYPES) ? this.entries(step.node, labels) : this.exits(step.node, labels);
            for (const item of next.reverse()) stack.push(item);
        }
        return found;
    }

    /** Where work goes after a node: its sequence flows, its boundary events, and out of its sub-process at an end. */
    private exits(node: BpmnElement, labels: readonly string[]): Step[] {
        const steps: Step[] = [];
        for (const flow of this.outgoing.get(node) ?? []) {
            const target = one(flow, 'targetRef');
            if (target) steps.push({ node: target, labels: [...labels, ...flowLabels(flow)] });
        }
        for (const boundary of this.boundaryOf.get(node) ?? []) steps.push({ node: boundary, labels });
        const container = this.containerOf.get(node);
        if (steps.length === 0 && is(container, ...SUB_PROCESS_TYPES) && container!['triggeredByEvent'] !== true) {
            for (const step of this.exits(container!, labels)) steps.push(step);
        }
        return steps;
    }

    /** Where work starts inside a sub-process: its nodes with no incoming flow (not its boundary or event sub-processes). */
    private entries(subProcess: BpmnElement, labels: readonly string[]): Step[] {
        const starts = many(subProcess, 'flowElements').filter(element => !is(element, 'bpmn:SequenceFlow', 'bpmn:BoundaryEvent', 'bpmn:DataObjectReference', 'bpmn:DataStoreReference', 'bpmn:DataObject')
            && element['triggeredByEvent'] !== true && (this.incoming.get(element) ?? []).length === 0 && !is(element, 'bpmn:TextAnnotation'));
        return starts.length > 0 ? starts.map(node => ({ node, labels })) : this.exits(subProcess, labels);
    }

    /** The tasks whose work reaches a node (for a message sent from an event). */
    private preceding(start: BpmnElement): BpmnElement[] {
        const found: BpmnElement[] = [];
        const visited = new Set<BpmnElement>([start]);
        const stack = [...(this.incoming.get(start) ?? [])].map(flow => one(flow, 'sourceRef')).filter(defined);
        while (stack.length > 0) {
            const node = stack.pop()!;
            if (visited.has(node)) continue;
            visited.add(node);
            if (this.taskOf.has(node)) found.push(node);
            else for (const flow of this.incoming.get(node) ?? []) { const source = one(flow, 'sourceRef'); if (source) stack.push(source); }
        }
        return found;
    }

    /** `exclusive gateway "Invoice approved?"`, `timer "7 days"`; nothing for an unnamed gateway or plain event. */
    private passageLabel(node: BpmnElement): string | undefined {
        const title = titleOf(text(node, 'name'));
        const definition = many(node, 'eventDefinitions')[0];
        const what = definition ? definition.$type.replace(/^bpmn:/, '').replace(/EventDefinition$/, '').toLowerCase() : undefined;
        if (is(node, 'bpmn:BoundaryEvent')) return `on ${what ?? 'event'}${title ? ` "${title}"` : ''}${node['cancelActivity'] === false ? ' (not interrupting)' : ''}`;
        if (!title) return what && !is(node, 'bpmn:StartEvent', 'bpmn:EndEvent') ? `${what} event` : undefined;
        return `${what ? `${what} ` : ''}${typeWords(node).replace(/ event$/, ' event')} "${title}"`;
    }

    private passageText(node: BpmnElement, into: string[]): void {
        const title = titleOf(text(node, 'name'));
        if (!title) return;
        if (!into.includes(title)) into.push(title);
        this.namedPassages.set(node, true);
    }

    private messageFlow(flow: BpmnElement): void {
        const message = titleOf(text(flow, 'name')) ?? titleOf(text(one(flow, 'messageRef'), 'name'));
        const sources = this.endpoint(one(flow, 'sourceRef'), 'source');
        const targets = this.endpoint(one(flow, 'targetRef'), 'target');
        const describe = `message flow${message ? ` "${message}"` : ''} (${flow.id ?? 'no id'})`;
        if (sources.length === 0 || targets.length === 0) {
            this.note(`${describe}: one end is neither a task, an event next to a task, nor an outside party`);
            return;
        }
        for (const source of sources) for (const target of targets) {
            const process = target.process ?? source.process;
            if (!process) {
                this.note(`${describe}: passes between two outside parties`);
                continue;
            }
            if (source.name === target.name) continue;
            const labels = [source.label && `sent from ${source.label}`, target.label && `received at ${target.label}`].filter(defined);
            process.flows.push({ from: source.name, to: target.name, ...(message ? { item: message } : {}), ...(labels.length ? { comment: `message flow ${labels.join(', ')}` } : {}) });
        }
    }

    private endpoint(node: BpmnElement | undefined, side: 'source' | 'target'): { name: string; process?: ImportedProcess; label?: string }[] {
        if (!node) return [];
        if (is(node, 'bpmn:Participant')) {
            const process = one(node, 'processRef');
            const actor = this.actor(text(node, 'name'), 'Party', this.stsName(node));
            return actor && (!process || many(process, 'flowElements').length === 0) ? [{ name: actor.name }] : [];
        }
        const task = this.taskOf.get(node);
        const process = this.processAround(node);
        if (task) return [{ name: task.name, ...(process ? { process } : {}) }];
        const label = this.passageLabel(node);
        if (label) this.namedPassages.set(node, true);
        const tasks = side === 'target' ? this.following(node).map(step => step.node) : this.preceding(node);
        return tasks.map(found => this.taskOf.get(found)).filter(defined)
            .map(found => ({ name: found.name, ...(process ? { process } : {}), ...(label ? { label } : {}) }));
    }

    private processAround(node: BpmnElement): ImportedProcess | undefined {
        for (let current: BpmnElement | undefined = node; current; current = this.containerOf.get(current)) {
            const process = this.processOf.get(current);
            if (process) return process;
        }
        return undefined;
    }

    private artifacts(container: BpmnElement): void {
        for (const artifact of many(container, 'artifacts')) {
            if (is(artifact, 'bpmn:TextAnnotation')) {
                const annotation = titleOf(text(artifact, 'text'));
                if (annotation) this.note(`annotation: "${annotation.length > 120 ? annotation.slice(0, 117) + '...' : annotation}"`);
            } else if (is(artifact, 'bpmn:Group')) {
                this.note(`a group (${artifact.id ?? 'no id'}): .sts has no grouping of elements`);
            }
        }
    }

    private noteExtensions(element: BpmnElement): void {
        const extensions = many(one(element, 'extensionElements'), 'values');
        const ours = this.prefix ? `${this.prefix}:` : undefined;
        const attributes = Object.keys(element.$attrs ?? {}).filter(key => key.includes(':') && !key.startsWith('xmlns') && !(ours && key.startsWith(ours)));
        if (extensions.length === 0 && attributes.length === 0) return;
        this.extended++;
        for (const extension of extensions) this.vendors.add(extension.$type.split(':')[0] ?? extension.$type);
        for (const attribute of attributes) this.vendors.add(attribute.split(':')[0]!);
    }

    private noteLeftovers(): void {
        for (const [node, carried] of this.namedPassages) {
            if (!carried) this.note(`${typeWords(node)} "${titleOf(text(node, 'name'))}" lies on no path between two tasks`);
        }
        if (this.extended > 0) this.note(`vendor extensions on ${this.extended} element${this.extended === 1 ? '' : 's'} (${[...this.vendors].sort().join(', ')}): not carried over`);
        if (this.executionDetails.size > 0) {
            this.note(`execution details not carried over: ${[...this.executionDetails].map(([what, count]) => `${count} ${what}${count === 1 ? '' : 's'}`).join(', ')}`);
        }
        if (this.model.tasks.some(task => task.owner === undefined)) {
            this.note(`${this.model.tasks.filter(task => task.owner === undefined).length} task(s) sit in no lane and name no performer: the map does not say who does them`);
        }
    }

    /** The .sts name an export of sts left on the element, if it is one a name can be. */
    private stsName(element: BpmnElement | undefined): string | undefined {
        const name = stsNameOf(element, this.prefix);
        return name && !grammarKeywords().has(name) ? name : undefined;
    }

    private note(line: string): void {
        if (!this.model.notExpressed.includes(line)) this.model.notExpressed.push(line);
    }
}

function flowLabels(flow: BpmnElement): string[] {
    const labels: string[] = [];
    const name = titleOf(text(flow, 'name'));
    if (name) labels.push(`"${name}"`);
    const condition = titleOf(text(one(flow, 'conditionExpression'), 'body'));
    if (condition) labels.push(`when ${condition}`);
    const source = one(flow, 'sourceRef');
    if (source && one(source, 'default') === flow) labels.push('by default');
    return labels;
}

function isPassage(element: BpmnElement): boolean {
    return /Gateway$|Event$/.test(element.$type);
}

function fallbackName(node: BpmnElement): string {
    return node.$type.replace(/^bpmn:/, '');
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
    const values = map.get(key);
    if (values) values.push(value); else map.set(key, [value]);
}

function defined<T>(value: T | undefined): value is T {
    return value !== undefined;
}

/**
 * The shared index of one system, built once per workspace change from all of
 * its files and queried by every whole-model check (and by the diagram and the
 * report): who owns what, who is trained on what, the handoff graph, feedback
 * and metrics. Queries are O(1) or O(degree); no check walks the tree itself.
 */
import type { Actor, Element, Feedback, Flow, FlowNode, Metric, Model, Process, Subject, Task, Tool } from '../language/generated/ast.js';
import { isActor, isModel, isTask } from '../language/generated/ast.js';
import type { AstNode, LangiumDocument } from 'langium';
import { AstUtils, DocumentState } from 'langium';
import type { Range } from 'vscode-languageserver-types';

/** One arrow of a flow line: `from -> to`, with the tool and item of the line's last step. */
export interface Handoff {
    readonly from: FlowNode;
    readonly to: FlowNode;
    readonly via?: Tool;
    readonly item?: string;
    readonly data: readonly string[];
    readonly flow: Flow;
    /** index of the arrow within its flow line (0 for `A -> B` in `A -> B -> C`) */
    readonly step: number;
    readonly process: Process;
}

export class SystemIndex {
    readonly models: Model[] = [];
    readonly actors: Actor[] = [];
    readonly tools: Tool[] = [];
    readonly tasks: Task[] = [];
    readonly processes: Process[] = [];
    readonly feedbacks: Feedback[] = [];
    readonly metrics: Metric[] = [];
    readonly handoffs: Handoff[] = [];

    private readonly declarations = new Map<string, Element[]>();
    private readonly tasksOwned = new Map<Actor, Task[]>();
    private readonly tasksPerformed = new Map<Actor, Task[]>();
    private readonly trainingOf = new Map<Actor, Set<Tool>>();
    private readonly teamsOf = new Map<Actor, Actor[]>();
    private readonly tasksOfProcess = new Map<Process, Set<Task>>();
    private readonly processesOfTask = new Map<Task, Process[]>();
    private readonly handoffsOfProcess = new Map<Process, Handoff[]>();
    private readonly handoffsFrom = new Map<FlowNode, Handoff[]>();
    private readonly handoffsTo = new Map<FlowNode, Handoff[]>();
    private readonly feedbackAbout = new Map<Subject, Feedback[]>();
    private readonly metricsOf = new Map<Subject, Metric[]>();
    private readonly tasksUsing = new Map<Tool, Task[]>();
    private readonly trainedOnTool = new Map<Tool, Actor[]>();
    private readonly skillHolders = new Map<string, Actor[]>();
    private readonly tasksNeedingSkill = new Map<string, Task[]>();
    private readonly handoffsThrough = new Map<Tool, Handoff[]>();
    private readonly referenced = new Set<AstNode>();

    constructor(documents: Iterable<LangiumDocument>) {
        for (const document of documents) {
            const root = document.parseResult.value;
            if (isModel(root)) this.models.push(root);
        }
        for (const model of this.models) {
            for (const element of model.elements) {
                if (element.name) push(this.declarations, element.name, element);
                switch (element.$type) {
                    case 'Actor': this.actors.push(element); break;
                    case 'Tool': this.tools.push(element); break;
                    case 'Task': this.tasks.push(element); break;
                    case 'Process': this.processes.push(element); break;
                    case 'Feedback': this.feedbacks.push(element); break;
                    case 'Metric': this.metrics.push(element); break;
                }
            }
        }
        for (const actor of this.actors) {
            const trained = new Set<Tool>();
            for (const reference of actor.trainedOn) if (reference.ref) trained.add(reference.ref);
            for (const tool of trained) push(this.trainedOnTool, tool, actor);
            for (const skill of new Set(actor.skills)) push(this.skillHolders, skill, actor);
            this.trainingOf.set(actor, trained);
            for (const member of actor.members) if (member.ref) push(this.teamsOf, member.ref, actor);
        }
        for (const task of this.tasks) {
            if (task.owner?.ref) push(this.tasksOwned, task.owner.ref, task);
            for (const performer of task.performers) if (performer.ref) push(this.tasksPerformed, performer.ref, task);
            for (const tool of task.uses) if (tool.ref) push(this.tasksUsing, tool.ref, task);
            for (const skill of new Set(task.needs)) push(this.tasksNeedingSkill, skill, task);
        }
        for (const process of this.processes) this.indexProcess(process);
        for (const feedback of this.feedbacks) {
            for (const subject of feedback.about) if (subject.ref) push(this.feedbackAbout, subject.ref, feedback);
        }
        for (const metric of this.metrics) {
            for (const subject of metric.measures) if (subject.ref) push(this.metricsOf, subject.ref, metric);
        }
        for (const model of this.models) this.indexReferences(model);
    }

    /** Every element some other element refers to by name (for unused-element). */
    private indexReferences(model: Model): void {
        // A linked document lists its references: reading that list is far cheaper than walking the tree.
        const document = model.$document;
        if (document && document.state >= DocumentState.Linked) {
            for (const reference of document.references) {
                const from = reference.$refNode?.astNode;
                if (!from) continue;
                if ('ref' in reference) this.addReferenced(reference.ref, from);
                else for (const item of reference.items) this.addReferenced(item.ref, from);
            }
            return;
        }
        for (const node of AstUtils.streamAst(model)) {
            for (const { reference } of AstUtils.streamReferences(node)) {
                const targets = 'ref' in reference ? [reference.ref] : reference.items.map(item => item.ref);
                for (const target of targets) if (target && !isSameElement(target, node)) this.referenced.add(target);
            }
        }
    }

    private addReferenced(target: AstNode | undefined, from: AstNode): void {
        if (target && !this.referenced.has(target) && !isSameElement(target, from)) this.referenced.add(target);
    }

    private indexProcess(process: Process): void {
        const tasks = new Set<Task>();
        this.tasksOfProcess.set(process, tasks);
        const handoffs: Handoff[] = [];
        this.handoffsOfProcess.set(process, handoffs);
        const addTask = (node: FlowNode | undefined) => {
            if (isTask(node) && !tasks.has(node)) {
                tasks.add(node);
                push(this.processesOfTask, node, process);
            }
        };
        for (const reference of process.tasks) addTask(reference.ref);
        for (const flow of process.flows) {
            for (const step of flow.steps) addTask(step.ref);
            const last = flow.steps.length - 2;
            for (let step = 0; step <= last; step++) {
                const from = flow.steps[step]?.ref;
                const to = flow.steps[step + 1]?.ref;
                if (!from || !to) continue;
                const handoff: Handoff = {
                    from, to, flow, step, process,
                    via: step === last ? flow.via?.ref : undefined,
                    item: step === last ? flow.item : undefined,
                    data: step === last ? flow.data : []
                };
                handoffs.push(handoff);
                this.handoffs.push(handoff);
                if (handoff.via) push(this.handoffsThrough, handoff.via, handoff);
                push(this.handoffsFrom, from, handoff);
                push(this.handoffsTo, to, handoff);
            }
        }
    }

    /** Every element of the system declared with this name (more than one is a duplicate). */
    declared(name: string): readonly Element[] { return this.declarations.get(name) ?? []; }
    ownedTasks(actor: Actor): readonly Task[] { return this.tasksOwned.get(actor) ?? []; }
    performedTasks(actor: Actor): readonly Task[] { return this.tasksPerformed.get(actor) ?? []; }
    trainedTools(actor: Actor): ReadonlySet<Tool> { return this.trainingOf.get(actor) ?? new Set(); }
    /** Teams that list the actor among their members. */
    teams(actor: Actor): readonly Actor[] { return this.teamsOf.get(actor) ?? []; }
    tasksOf(process: Process): ReadonlySet<Task> { return this.tasksOfProcess.get(process) ?? new Set(); }
    processesOf(task: Task): readonly Process[] { return this.processesOfTask.get(task) ?? []; }
    handoffsIn(process: Process): readonly Handoff[] { return this.handoffsOfProcess.get(process) ?? []; }
    handoffsFromNode(node: FlowNode): readonly Handoff[] { return this.handoffsFrom.get(node) ?? []; }
    handoffsToNode(node: FlowNode): readonly Handoff[] { return this.handoffsTo.get(node) ?? []; }
    feedbackOn(subject: Subject): readonly Feedback[] { return this.feedbackAbout.get(subject) ?? []; }
    metricsOn(subject: Subject): readonly Metric[] { return this.metricsOf.get(subject) ?? []; }
    tasksUsingTool(tool: Tool): readonly Task[] { return this.tasksUsing.get(tool) ?? []; }
    /** Handoffs sent through the tool (`A -> B via Tool`): sending through a tool counts as using it. */
    handoffsVia(tool: Tool): readonly Handoff[] { return this.handoffsThrough.get(tool) ?? []; }
    /** Actors who list the tool under `trained on` themselves (not through a team). */
    actorsTrainedOn(tool: Tool): readonly Actor[] { return this.trainedOnTool.get(tool) ?? []; }
    /** Actors who list the skill themselves. */
    actorsWithSkill(skill: string): readonly Actor[] { return this.skillHolders.get(skill) ?? []; }
    tasksNeeding(skill: string): readonly Task[] { return this.tasksNeedingSkill.get(skill) ?? []; }
    /** Whether any other element of the system refers to this one by name. */
    isReferenced(element: AstNode): boolean { return this.referenced.has(element); }

    /** Has the skill itself, or (a team) through one of its members, transitively and cycle-safe. */
    hasSkill(actor: Actor, skill: string): boolean {
        const seen = new Set<Actor>();
        const pending: Actor[] = [actor];
        for (let current = pending.pop(); current; current = pending.pop()) {
            if (seen.has(current)) continue;
            seen.add(current);
            if (current.skills.includes(skill)) return true;
            for (const member of current.members) if (member.ref) pending.push(member.ref);
        }
        return false;
    }

    /** Trained directly, or as a member of a team that was trained (transitively, cycle-safe). */
    isTrainedOn(actor: Actor, tool: Tool): boolean {
        const seen = new Set<Actor>();
        const pending: Actor[] = [actor];
        for (let current = pending.pop(); current; current = pending.pop()) {
            if (seen.has(current)) continue;
            seen.add(current);
            if (this.trainedTools(current).has(tool)) return true;
            pending.push(...this.teams(current));
        }
        return false;
    }

    /** The actor who does the sending of a handoff: the owner of the task it starts at, or the actor itself. */
    sender(handoff: Handoff): Actor | undefined {
        return isActor(handoff.from) ? handoff.from : handoff.from.owner?.ref;
    }
}

/**
 * The text of one arrow: `B -> C via T "item"` for the last arrow of `A -> B -> C via T "item"`,
 * `A -> B` for the others. Findings about a handoff go there.
 */
export function handoffRange(handoff: Handoff): Range | undefined {
    const start = handoff.flow.steps[handoff.step]?.$refNode?.range.start;
    const last = handoff.step === handoff.flow.steps.length - 2;
    const end = last ? handoff.flow.$cstNode?.range.end : handoff.flow.steps[handoff.step + 1]?.$refNode?.range.end;
    return start && end ? { start, end } : handoff.flow.$cstNode?.range;
}

/** A reference from inside an element to that same element (a team listing itself) does not make it used. */
function isSameElement(target: AstNode, from: AstNode): boolean {
    for (let node: AstNode | undefined = from; node; node = node.$container) if (node === target) return true;
    return false;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
    const values = map.get(key);
    if (values) values.push(value); else map.set(key, [value]);
}

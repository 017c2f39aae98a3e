/**
 * The tables behind a SystemIndex, and what each file put into them.
 *
 * Every file's contribution is recorded (its elements, its handoffs and the keys
 * it added values under), so that after an edit the index takes out what the
 * changed files said and puts in what they say now, instead of indexing the
 * whole system again: the work follows the files that changed (the edited file,
 * and the files Langium relinked because they point into it).
 *
 * Each table lists its values in the order of the files, then of the text — the
 * order a full build gives — so findings and their wording do not depend on
 * whether the index was built or updated.
 */
import type { Actor, Element, Feedback, Flow, FlowNode, Metric, Model, Process, Subject, Task, Tool } from '../language/generated/ast.js';
import { isTask } from '../language/generated/ast.js';
import type { AstNode, LangiumDocument } from 'langium';
import { AstUtils, DocumentState } from 'langium';

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

/** A value of a table: an element of a file or one of its handoffs. */
type Value = Element | Handoff;
type ListTable = Map<unknown, Value[]>;

export class IndexTables {
    readonly declarations = new Map<string, Element[]>();
    readonly tasksOwned = new Map<Actor, Task[]>();
    readonly tasksPerformed = new Map<Actor, Task[]>();
    readonly teamsOf = new Map<Actor, Actor[]>();
    readonly processesOfTask = new Map<Task, Process[]>();
    readonly handoffsFrom = new Map<FlowNode, Handoff[]>();
    readonly handoffsTo = new Map<FlowNode, Handoff[]>();
    readonly feedbackAbout = new Map<Subject, Feedback[]>();
    readonly metricsOf = new Map<Subject, Metric[]>();
    readonly tasksUsing = new Map<Tool, Task[]>();
    readonly tasksAutomated = new Map<Tool, Task[]>();
    readonly trainedOnTool = new Map<Tool, Actor[]>();
    readonly skillHolders = new Map<string, Actor[]>();
    readonly tasksNeedingSkill = new Map<string, Task[]>();
    readonly handoffsThrough = new Map<Tool, Handoff[]>();
    /** keyed by the file's own elements: one file says all there is */
    readonly trainingOf = new Map<Actor, Set<Tool>>();
    readonly tasksOfProcess = new Map<Process, Set<Task>>();
    readonly handoffsOfProcess = new Map<Process, Handoff[]>();
    /** how many references from other elements each element has */
    readonly referencedBy = new Map<AstNode, number>();
    /** the contribution of each file, in the order of the files */
    contributions: Contribution[] = [];
}

/** What one file put into the tables, and the state of the file it was read from. */
export interface Contribution {
    readonly document: LangiumDocument;
    /** the parse result and the list of resolved references it was read from: a new one of either means the file changed */
    readonly root: Model;
    readonly references: readonly unknown[];
    readonly actors: Actor[];
    readonly tools: Tool[];
    readonly tasks: Task[];
    readonly processes: Process[];
    readonly feedbacks: Feedback[];
    readonly metrics: Metric[];
    readonly handoffs: Handoff[];
    /** the tables and keys the file added values under, pairwise (not kept for a system of one file: there is nothing to keep apart) */
    readonly tables: ListTable[];
    readonly keys: unknown[];
    readonly referenced: AstNode[];
}

/** Reads one file into the tables and returns what it added; `record` keeps the keys it added values under. */
export function contribute(tables: IndexTables, document: LangiumDocument<Model>, record: boolean): Contribution {
    const root = document.parseResult.value;
    const contribution: Contribution = {
        document, root, references: document.references,
        actors: [], tools: [], tasks: [], processes: [], feedbacks: [], metrics: [], handoffs: [],
        tables: [], keys: [], referenced: []
    };
    const add = <K, V extends Value>(table: Map<K, V[]>, key: K, value: V) => {
        const values = table.get(key);
        if (values) values.push(value); else table.set(key, [value]);
        if (!record) return;
        contribution.tables.push(table as ListTable);
        contribution.keys.push(key);
    };
    for (const element of root.elements) {
        if (element.name) add(tables.declarations, element.name, element);
        switch (element.$type) {
            case 'Actor': contribution.actors.push(element); break;
            case 'Tool': contribution.tools.push(element); break;
            case 'Task': contribution.tasks.push(element); break;
            case 'Process': contribution.processes.push(element); break;
            case 'Feedback': contribution.feedbacks.push(element); break;
            case 'Metric': contribution.metrics.push(element); break;
        }
    }
    for (const actor of contribution.actors) {
        const trained = new Set<Tool>();
        for (const reference of actor.trainedOn) if (reference.ref) trained.add(reference.ref);
        for (const tool of trained) add(tables.trainedOnTool, tool, actor);
        for (const skill of new Set(actor.skills)) add(tables.skillHolders, skill, actor);
        tables.trainingOf.set(actor, trained);
        for (const member of actor.members) if (member.ref) add(tables.teamsOf, member.ref, actor);
    }
    for (const task of contribution.tasks) {
        if (task.owner?.ref) add(tables.tasksOwned, task.owner.ref, task);
        for (const performer of task.performers) if (performer.ref) add(tables.tasksPerformed, performer.ref, task);
        for (const tool of task.uses) if (tool.ref) add(tables.tasksUsing, tool.ref, task);
        if (task.automatedBy?.ref) add(tables.tasksAutomated, task.automatedBy.ref, task);
        for (const skill of new Set(task.needs)) add(tables.tasksNeedingSkill, skill, task);
    }
    for (const process of contribution.processes) {
        const tasks = new Set<Task>();
        const handoffs: Handoff[] = [];
        tables.tasksOfProcess.set(process, tasks);
        tables.handoffsOfProcess.set(process, handoffs);
        const addTask = (node: FlowNode | undefined) => {
            if (isTask(node) && !tasks.has(node)) {
                tasks.add(node);
                add(tables.processesOfTask, node, process);
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
                contribution.handoffs.push(handoff);
                if (handoff.via) add(tables.handoffsThrough, handoff.via, handoff);
                add(tables.handoffsFrom, from, handoff);
                add(tables.handoffsTo, to, handoff);
            }
        }
    }
    for (const feedback of contribution.feedbacks) {
        for (const subject of feedback.about) if (subject.ref) add(tables.feedbackAbout, subject.ref, feedback);
    }
    for (const metric of contribution.metrics) {
        for (const subject of metric.measures) if (subject.ref) add(tables.metricsOf, subject.ref, metric);
    }
    if (record) {
        // Counted once per file that refers to the element, so that taking one file out leaves the others' count.
        const seen = new Set<AstNode>();
        forEachReferenced(document, target => {
            if (seen.has(target)) return;
            seen.add(target);
            tables.referencedBy.set(target, (tables.referencedBy.get(target) ?? 0) + 1);
            contribution.referenced.push(target);
        });
    } else {
        forEachReferenced(document, target => { if (!tables.referencedBy.has(target)) tables.referencedBy.set(target, 1); });
    }
    return contribution;
}

/** Takes a file's contribution back out of the tables. */
export function withdraw(tables: IndexTables, contribution: Contribution): void {
    const own = new Set<Value>([...contribution.root.elements, ...contribution.handoffs]);
    contribution.tables.forEach((table, pair) => {
        const key = contribution.keys[pair];
        const values = table.get(key);
        if (!values?.some(value => own.has(value))) return;
        const kept = values.filter(value => !own.has(value));
        if (kept.length > 0) table.set(key, kept); else table.delete(key);
    });
    for (const actor of contribution.actors) tables.trainingOf.delete(actor);
    for (const process of contribution.processes) {
        tables.tasksOfProcess.delete(process);
        tables.handoffsOfProcess.delete(process);
    }
    for (const target of contribution.referenced) {
        const count = (tables.referencedBy.get(target) ?? 0) - 1;
        if (count > 0) tables.referencedBy.set(target, count); else tables.referencedBy.delete(target);
    }
}

/**
 * Puts the values of the keys the given contributions added back into file and text order:
 * re-added values were appended after those of files further down.
 */
export function restoreOrder(tables: IndexTables, added: readonly Contribution[]): void {
    const fileOrder = new Map<Model, number>(tables.contributions.map((contribution, position) => [contribution.root, position]));
    const fileOf = (value: Value) => fileOrder.get(('$type' in value ? value.$container : value.process.$container) as Model) ?? -1;
    const elementOf = (value: Value) => ('$type' in value ? value.$containerIndex : value.process.$containerIndex) ?? 0;
    const flowOf = (value: Value) => '$type' in value ? -1 : value.flow.$containerIndex ?? 0;
    const stepOf = (value: Value) => '$type' in value ? -1 : value.step;
    const compare = (a: Value, b: Value) => fileOf(a) - fileOf(b) || elementOf(a) - elementOf(b) || flowOf(a) - flowOf(b) || stepOf(a) - stepOf(b);
    for (const contribution of added) {
        contribution.tables.forEach((table, pair) => {
            const values = table.get(contribution.keys[pair]);
            if (values && values.length > 1 && !isSorted(values, compare)) values.sort(compare);
        });
    }
}

function isSorted<T>(values: readonly T[], compare: (a: T, b: T) => number): boolean {
    for (let i = 1; i < values.length; i++) if (compare(values[i - 1]!, values[i]!) > 0) return false;
    return true;
}

/** Each element the file refers to from another element (a team listing itself does not count). */
function forEachReferenced(document: LangiumDocument<Model>, found: (target: AstNode) => void): void {
    const add = (target: AstNode | undefined, from: AstNode) => { if (target && !isSameElement(target, from)) found(target); };
    // A linked document lists its references: reading that list is far cheaper than walking the tree.
    if (document.state >= DocumentState.Linked) {
        for (const reference of document.references) {
            const from = reference.$refNode?.astNode;
            if (!from) continue;
            if ('ref' in reference) add(reference.ref, from);
            else for (const item of reference.items) add(item.ref, from);
        }
        return;
    }
    for (const node of AstUtils.streamAst(document.parseResult.value)) {
        for (const { reference } of AstUtils.streamReferences(node)) {
            if ('ref' in reference) add(reference.ref, node);
            else for (const item of reference.items) add(item.ref, node);
        }
    }
}

function isSameElement(target: AstNode, from: AstNode): boolean {
    for (let node: AstNode | undefined = from; node; node = node.$container) if (node === target) return true;
    return false;
}

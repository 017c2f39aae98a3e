/**
 * The shared index of one system, made once per workspace change and queried by
 * every whole-model check (and by the diagram and the report): who owns what,
 * who is trained on what, the handoff graph, feedback and metrics. Queries are
 * O(1) or O(degree); no check walks the tree itself. After a change it reads
 * again only the files that changed (index-tables.ts).
 */
import type { Actor, Element, Feedback, FlowNode, Metric, Model, Process, Subject, Task, Tool } from '../language/generated/ast.js';
import { isActor, isModel } from '../language/generated/ast.js';
import type { AstNode, LangiumDocument } from 'langium';
import type { Range } from 'vscode-languageserver-types';
import { contribute, IndexTables, restoreOrder, withdraw, type Contribution, type Handoff } from './index-tables.js';
import { BusinessPeople } from './people.js';

export type { Handoff };

export class SystemIndex {
    readonly models: Model[] = [];
    readonly actors: Actor[] = [];
    readonly tools: Tool[] = [];
    readonly tasks: Task[] = [];
    readonly processes: Process[] = [];
    readonly feedbacks: Feedback[] = [];
    readonly metrics: Metric[] = [];
    readonly handoffs: Handoff[] = [];
    private readonly tables: IndexTables;
    private businessPeople?: BusinessPeople;
    /** How this index was made (checked by test/scale): from the previous one, and how many files it read. */
    readonly made: { readonly updated: boolean; readonly filesIndexed: number };

    /**
     * The index of the documents (the files of one system, in workspace order). Given the
     * system's previous index, it reads again only the files that changed since — a new parse,
     * or references Langium resolved again — and takes over the previous index's tables, which
     * must not be queried afterwards. When the files themselves changed (added, removed,
     * reordered), or most of them did, it reads them all.
     */
    constructor(documents: Iterable<LangiumDocument>, previous?: SystemIndex) {
        const files = [...documents].filter((document): document is LangiumDocument<Model> => isModel(document.parseResult.value));
        const updated = previous && SystemIndex.update(previous.tables, files);
        this.tables = updated?.tables ?? SystemIndex.build(files);
        this.made = { updated: updated !== undefined, filesIndexed: updated?.changed ?? files.length };
        for (const contribution of this.tables.contributions) {
            this.models.push(contribution.root);
            append(this.actors, contribution.actors);
            append(this.tools, contribution.tools);
            append(this.tasks, contribution.tasks);
            append(this.processes, contribution.processes);
            append(this.feedbacks, contribution.feedbacks);
            append(this.metrics, contribution.metrics);
            append(this.handoffs, contribution.handoffs);
        }
    }

    private static build(files: readonly LangiumDocument<Model>[]): IndexTables {
        const tables = new IndexTables();
        // A system of one file is read again whenever that file changes: nothing to keep apart.
        tables.contributions = files.map(file => contribute(tables, file, files.length > 1));
        return tables;
    }

    /** The previous tables brought up to date, or undefined when reading every file again is simpler. */
    private static update(tables: IndexTables, files: readonly LangiumDocument<Model>[]): { tables: IndexTables; changed: number } | undefined {
        const previous = tables.contributions;
        if (previous.length !== files.length || previous.some((contribution, position) => contribution.document !== files[position])) return undefined;
        const changed = files.flatMap((file, position) => isCurrent(previous[position]!, file) ? [] : [position]);
        if (changed.length * 2 > files.length) return undefined;
        for (const position of changed) withdraw(tables, previous[position]!);
        const contributions = [...previous];
        const added = changed.map(position => contributions[position] = contribute(tables, files[position]!, true));
        tables.contributions = contributions;
        restoreOrder(tables, added);
        return { tables, changed: changed.length };
    }

    /**
     * The business's people (docs/people.md): who can answer for work, who must be trained on
     * which tool and where they work it. Made once per index, on first use.
     */
    get people(): BusinessPeople {
        return this.businessPeople ??= new BusinessPeople(this);
    }

    /** Every element of the system declared with this name (more than one is a duplicate). */
    declared(name: string): readonly Element[] { return this.tables.declarations.get(name) ?? []; }
    ownedTasks(actor: Actor): readonly Task[] { return this.tables.tasksOwned.get(actor) ?? []; }
    performedTasks(actor: Actor): readonly Task[] { return this.tables.tasksPerformed.get(actor) ?? []; }
    trainedTools(actor: Actor): ReadonlySet<Tool> { return this.tables.trainingOf.get(actor) ?? new Set(); }
    /** Teams that list the actor among their members. */
    teams(actor: Actor): readonly Actor[] { return this.tables.teamsOf.get(actor) ?? []; }
    tasksOf(process: Process): ReadonlySet<Task> { return this.tables.tasksOfProcess.get(process) ?? new Set(); }
    processesOf(task: Task): readonly Process[] { return this.tables.processesOfTask.get(task) ?? []; }
    handoffsIn(process: Process): readonly Handoff[] { return this.tables.handoffsOfProcess.get(process) ?? []; }
    handoffsFromNode(node: FlowNode): readonly Handoff[] { return this.tables.handoffsFrom.get(node) ?? []; }
    handoffsToNode(node: FlowNode): readonly Handoff[] { return this.tables.handoffsTo.get(node) ?? []; }
    feedbackOn(subject: Subject): readonly Feedback[] { return this.tables.feedbackAbout.get(subject) ?? []; }
    metricsOn(subject: Subject): readonly Metric[] { return this.tables.metricsOf.get(subject) ?? []; }
    tasksUsingTool(tool: Tool): readonly Task[] { return this.tables.tasksUsing.get(tool) ?? []; }
    /** Tasks the tool does automatically (`automated by Tool`). */
    tasksAutomatedBy(tool: Tool): readonly Task[] { return this.tables.tasksAutomated.get(tool) ?? []; }
    /** Handoffs sent through the tool (`A -> B via Tool`): sending through a tool counts as using it. */
    handoffsVia(tool: Tool): readonly Handoff[] { return this.tables.handoffsThrough.get(tool) ?? []; }
    /** Actors who list the tool under `trained on` themselves (not through a team). */
    actorsTrainedOn(tool: Tool): readonly Actor[] { return this.tables.trainedOnTool.get(tool) ?? []; }
    /** Actors who list the skill themselves. */
    actorsWithSkill(skill: string): readonly Actor[] { return this.tables.skillHolders.get(skill) ?? []; }
    tasksNeeding(skill: string): readonly Task[] { return this.tables.tasksNeedingSkill.get(skill) ?? []; }
    /** Whether any other element of the system refers to this one by name. */
    isReferenced(element: AstNode): boolean { return this.tables.referencedBy.has(element); }

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
            for (const item of this.teams(current)) pending.push(item);
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

/** Whether a contribution was read from the file as it is now: the same parse and the same resolved references. */
function isCurrent(contribution: Contribution, file: LangiumDocument<Model>): boolean {
    return contribution.root === file.parseResult.value && contribution.references === file.references;
}

/** Appends without spreading: a file of many thousand elements would exceed the arguments a call may take. */
function append<T>(target: T[], items: readonly T[]): void {
    for (const item of items) target.push(item);
}

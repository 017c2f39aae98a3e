/**
 * One state of the business as plain facts in the model's own names — who owns
 * and does which task, who works which tool and is trained on it, who holds
 * which data, what measures and feeds back on each process, and the findings of
 * the real checks — so two states compare as sets of names. The old state's
 * names pass through the renames found between the two, so a renamed element
 * is compared with itself.
 */
import type { LangiumDocument } from 'langium';
import type { Actor, Task } from '../language/generated/ast.js';
import { isActor, isTask } from '../language/generated/ast.js';
import type { StsCoreServices } from '../validation/core-services.js';
import { hoursPerWeek } from '../model/effort.js';
import type { ToolWork } from '../model/people.js';
import type { SystemIndex } from '../model/system-index.js';
import { messageOf, ruleOf, severityOf } from '../validation/diagnostic-findings.js';
import type { Severity } from '../rules/rule.js';

export interface ActorFact {
    readonly name: string;
    readonly title: string | undefined;
    /** one of the business's own people who can answer for work (staff, not a vacant role) */
    readonly answers: boolean;
    /** must be trained on the tools they work (not a customer, not an agent) */
    readonly mustTrain: boolean;
}

export interface ToolFact {
    readonly name: string;
    readonly title: string | undefined;
    readonly owner: string | undefined;
    readonly vendor: string | undefined;
    readonly needsTraining: boolean;
}

export interface TaskFact {
    readonly name: string;
    readonly title: string | undefined;
    readonly owner: string | undefined;
    /** who does the work: its performers, or its owner when it names none */
    readonly doers: readonly string[];
    readonly automatedBy: string | undefined;
    readonly escalatesTo: string | undefined;
    /** the actor (or task) that takes over when the automation or its tools fail */
    readonly fallback: string | undefined;
    readonly hours: number | undefined;
    readonly processes: readonly string[];
}

export interface ProcessFact {
    readonly name: string;
    readonly owner: string | undefined;
    /** metrics that measure the process or one of its tasks */
    readonly metrics: readonly string[];
}

export interface FeedbackFact {
    readonly name: string;
    readonly from: string | undefined;
    readonly to: string | undefined;
    readonly about: readonly string[];
}

export interface MetricFact {
    readonly name: string;
    readonly owner: string | undefined;
    readonly measures: readonly string[];
}

/** Someone works a tool somewhere (docs/people.md): owns or performs a task with it, sends through it, stands in, is escalated to. */
export interface ToolWorkFact {
    readonly actor: string;
    readonly tool: string;
    readonly work: ToolWork;
    readonly task: string | undefined;
    /** `A -> B`, for work through a handoff */
    readonly handoff: string | undefined;
}

/** An actor or a tool holding a kind of data, and through what. */
export interface DataHolding {
    readonly data: string;
    readonly holder: string;
    readonly holderIsTool: boolean;
    /** `task TakeBooking`, `handoff TakeBooking -> Bake`, `tool Booking` */
    readonly through: string;
}

export interface FindingFact {
    readonly rule: string;
    readonly severity: Severity;
    readonly message: string;
    readonly data: Readonly<Record<string, unknown>>;
    /** what makes two findings of the two states the same finding: the rule and its facts (or its message) */
    readonly key: string;
}

export interface StateFacts {
    readonly actors: ReadonlyMap<string, ActorFact>;
    readonly tools: ReadonlyMap<string, ToolFact>;
    readonly tasks: ReadonlyMap<string, TaskFact>;
    readonly processes: ReadonlyMap<string, ProcessFact>;
    readonly feedback: ReadonlyMap<string, FeedbackFact>;
    readonly metrics: ReadonlyMap<string, MetricFact>;
    readonly toolWork: readonly ToolWorkFact[];
    /** `actor\0tool` for every actor who can work a tool (trained, or it needs no training) */
    readonly trained: ReadonlySet<string>;
    readonly data: readonly DataHolding[];
    readonly findings: readonly FindingFact[];
}

export function pairKey(actor: string, tool: string): string {
    return `${actor}\0${tool}`;
}

/** The facts of a built workspace; `rename` maps each name to the name it has in the other state (identity for the new state). */
export function factsOf(services: StsCoreServices, documents: readonly LangiumDocument[], renames: ReadonlyMap<string, string> = new Map()): StateFacts {
    const n = (name: string): string => renames.get(name) ?? name;
    const opt = (name: string | undefined): string | undefined => name === undefined ? undefined : n(name);
    const facts = {
        actors: new Map<string, ActorFact>(), tools: new Map<string, ToolFact>(), tasks: new Map<string, TaskFact>(),
        processes: new Map<string, ProcessFact>(), feedback: new Map<string, FeedbackFact>(), metrics: new Map<string, MetricFact>(),
        toolWork: [] as ToolWorkFact[], trained: new Set<string>(), data: [] as DataHolding[], findings: [] as FindingFact[]
    };
    const indexes = new Set<SystemIndex>(documents.map(document => services.model.SystemIndexProvider.forDocument(document)));
    for (const index of indexes) {
        const people = index.people;
        for (const actor of index.actors) {
            facts.actors.set(n(actor.name), { name: n(actor.name), title: actor.title, answers: people.canAnswerFor(actor), mustTrain: people.mustBeTrained(actor) });
            // trained directly or through a team (transitively); a team all of whose members are trained is added below, where it works the tool
            for (const tool of index.trainedTools(actor)) facts.trained.add(pairKey(n(actor.name), n(tool.name)));
            for (const team of teamsAround(index, actor)) for (const tool of index.trainedTools(team)) facts.trained.add(pairKey(n(actor.name), n(tool.name)));
        }
        for (const tool of index.tools) {
            facts.tools.set(n(tool.name), { name: n(tool.name), title: tool.title, owner: opt(tool.owner?.ref?.name), vendor: tool.vendor, needsTraining: people.needsTraining(tool) });
            for (const place of people.toolPlaces(tool)) {
                if (people.isTrained(place.actor, tool)) facts.trained.add(pairKey(n(place.actor.name), n(tool.name)));
                facts.toolWork.push({
                    actor: n(place.actor.name), tool: n(tool.name), work: place.work, task: opt(place.task?.name),
                    handoff: place.handoff ? `${n(place.handoff.from.name)} -> ${n(place.handoff.to.name)}` : undefined
                });
            }
            for (const data of tool.handles) facts.data.push({ data, holder: n(tool.name), holderIsTool: true, through: `tool ${n(tool.name)}` });
        }
        for (const task of index.tasks) {
            const doers = task.automatedBy ? [] : people.doersOf(task).map(actor => n(actor.name));
            const fallback = task.fallback?.ref;
            facts.tasks.set(n(task.name), {
                name: n(task.name), title: task.title, owner: opt(task.owner?.ref?.name), doers,
                automatedBy: opt(task.automatedBy?.ref?.name), escalatesTo: opt(task.escalatesTo?.ref?.name),
                fallback: fallback ? n(fallback.name) : undefined, hours: hoursPerWeek(task),
                processes: index.processesOf(task).map(process => n(process.name))
            });
            for (const data of task.handles) {
                for (const holder of new Set([...people.doersOf(task), ...(task.owner?.ref ? [task.owner.ref] : [])])) {
                    facts.data.push({ data, holder: n(holder.name), holderIsTool: false, through: `task ${n(task.name)}` });
                }
            }
        }
        for (const handoff of index.handoffs) {
            for (const data of handoff.data) {
                for (const receiver of receiversOf(handoff.to)) {
                    if (people.standing(receiver) === 'customer') continue; // a customer receiving their own data is not the business's holding
                    facts.data.push({ data, holder: n(receiver.name), holderIsTool: false, through: `handoff ${n(handoff.from.name)} -> ${n(handoff.to.name)}` });
                }
            }
        }
        for (const process of index.processes) {
            const subjects = [process, ...index.tasksOf(process)];
            const metrics = [...new Set(subjects.flatMap(subject => index.metricsOn(subject)))].map(metric => n(metric.name));
            facts.processes.set(n(process.name), { name: n(process.name), owner: opt(process.owner?.ref?.name), metrics });
        }
        for (const feedback of index.feedbacks) {
            facts.feedback.set(n(feedback.name), {
                name: n(feedback.name), from: opt(feedback.source?.ref?.name), to: opt(feedback.target?.ref?.name),
                about: feedback.about.flatMap(subject => subject.ref ? [n(subject.ref.name)] : [])
            });
        }
        for (const metric of index.metrics) {
            facts.metrics.set(n(metric.name), {
                name: n(metric.name), owner: opt(metric.owner?.ref?.name),
                measures: metric.measures.flatMap(subject => subject.ref ? [n(subject.ref.name)] : [])
            });
        }
    }
    for (const document of documents) {
        for (const diagnostic of document.diagnostics ?? []) {
            const rule = ruleOf(diagnostic);
            const message = renameWords(messageOf(diagnostic), renames);
            const data = renameData(diagnostic.data, n);
            const key = `${rule} ${Object.keys(data).length > 0 ? stableJson(data) : message}`;
            facts.findings.push({ rule, severity: severityOf(diagnostic), message, data, key });
        }
    }
    return facts;
}

/** The teams the actor belongs to, and the teams those belong to (cycle-safe). */
function teamsAround(index: SystemIndex, actor: Actor): Set<Actor> {
    const found = new Set<Actor>();
    const pending = [...index.teams(actor)];
    for (let team = pending.pop(); team; team = pending.pop()) {
        if (found.has(team) || team === actor) continue;
        found.add(team);
        for (const outer of index.teams(team)) pending.push(outer);
    }
    return found;
}

/** Who receives a handoff: the actor it goes to, or the owner and performers of the task. */
function receiversOf(node: Actor | Task): Actor[] {
    if (isActor(node)) return [node];
    if (!isTask(node)) return [];
    const receivers = new Set<Actor>();
    if (node.owner?.ref) receivers.add(node.owner.ref);
    for (const performer of node.performers) if (performer.ref) receivers.add(performer.ref);
    return [...receivers];
}

/** The finding's facts with every name renamed; only plain values (names, numbers, lists of names) are kept. */
function renameData(data: unknown, n: (name: string) => string): Record<string, unknown> {
    if (!data || typeof data !== 'object' || Array.isArray(data)) return {};
    const result: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(data as Record<string, unknown>)) {
        if (typeof value === 'string') result[key] = n(value);
        else if (typeof value === 'number' || typeof value === 'boolean') result[key] = value;
        else if (Array.isArray(value)) result[key] = (value as unknown[]).map(item => typeof item === 'string' ? n(item) : item);
    }
    return result;
}

/** Replaces whole-word names in a message (a name may contain hyphens, never at its ends). */
function renameWords(text: string, renames: ReadonlyMap<string, string>): string {
    if (renames.size === 0) return text;
    return text.replace(/[\p{L}_][\p{L}\p{N}_]*(?:-[\p{L}\p{N}_]+)*/gu, word => renames.get(word) ?? word);
}

function stableJson(value: unknown): string {
    if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
    if (value && typeof value === 'object') {
        return `{${Object.keys(value).sort().map(key => `${JSON.stringify(key)}:${stableJson((value as Record<string, unknown>)[key])}`).join(',')}}`;
    }
    return JSON.stringify(value);
}

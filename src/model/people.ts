/**
 * The business's people: one definition, computed once per SystemIndex and used
 * by every rule, message, quick fix and report section (docs/people.md).
 *
 * It answers two different questions:
 * - who can ANSWER for work (own a task or a process, receive the feedback that
 *   closes a loop, own a metric, stand in for someone): the business's own people
 *   — persons, roles somebody fills, teams. Never customers, outside parties,
 *   suppliers or agents; a role nobody fills answers for nothing either.
 * - who must be able to WORK a tool (be trained on it): everyone who does the
 *   business's work with it — staff and outside people who perform its tasks
 *   (an agency temp, a locum, a contractor) — but not customers (self-service),
 *   not suppliers (they work their own systems) and not agents (configured, not
 *   trained); and only for tools that need training at all (`needs no training`:
 *   a shared inbox, a chat group; paper, unless somebody is trained on it).
 */
import type { Actor, Process, Subject, Task, Tool } from '../language/generated/ast.js';
import { isActor, isProcess, isTask, isTool } from '../language/generated/ast.js';
import type { Handoff, SystemIndex } from './system-index.js';
import { isPaper } from './tool-kinds.js';

/** Where an actor stands towards the business. */
export type Standing = 'staff' | 'external' | 'supplier' | 'customer' | 'agent';

/** Actor kinds people write, by standing; any other kind (or none) is a person of the business. */
const STANDING_OF_KIND: Readonly<Record<string, Standing>> = {
    customer: 'customer', client: 'customer', guest: 'customer', patient: 'customer', visitor: 'customer', consumer: 'customer', public: 'customer',
    external: 'external', contractor: 'external', freelancer: 'external', temp: 'external', agency: 'external', locum: 'external',
    partner: 'external', consultant: 'external', subcontractor: 'external',
    supplier: 'supplier', vendor: 'supplier',
    agent: 'agent', bot: 'agent', chatbot: 'agent', ai: 'agent', automation: 'agent'
};

/** How someone comes to work a tool. */
export type ToolWork =
    /** owns a task that uses the tool, and nobody else performs it */
    | 'owns'
    /** performs a task that uses the tool */
    | 'performs'
    /** sends a handoff through the tool (`A -> B via Tool`) */
    | 'sends'
    /** takes over a task that uses (or is automated by) the tool when it fails */
    | 'fallback'
    /** is who the task escalates to */
    | 'escalation'
    /** owns a task the tool does automatically: answers for what it does */
    | 'automation';

/** One place where someone works a tool. */
export interface ToolPlace {
    readonly actor: Actor;
    readonly tool: Tool;
    readonly work: ToolWork;
    /** the task it happens in (for a handoff: the task it is sent from, if a task) */
    readonly task?: Task;
    readonly handoff?: Handoff;
}

export class BusinessPeople {
    private readonly places = new Map<Tool, ToolPlace[]>();
    private readonly ownersCache = new Map<Subject, ReadonlySet<Actor>>();

    constructor(private readonly index: SystemIndex) {
        this.collectToolWork();
    }

    /** Where the actor stands: staff (person, role, team), external, supplier, customer or agent. */
    standing(actor: Actor): Standing {
        return STANDING_OF_KIND[(actor.kind ?? 'person').toLowerCase()] ?? 'staff';
    }

    isTeam(actor: Actor): boolean {
        return (actor.kind ?? '').toLowerCase() === 'team' || actor.members.length > 0;
    }

    /** A role (or anyone) nobody fills: `count 0`, or a bare role with no members, headcount, skills or training. */
    isVacant(actor: Actor): boolean {
        if (actor.count === 0) return true;
        return (actor.kind ?? '').toLowerCase() === 'role' && actor.count === undefined
            && actor.members.length === 0 && actor.skills.length === 0 && actor.trainedOn.length === 0;
    }

    /** One of the business's own people (person, role, team), whether or not the role is filled. */
    isStaff(actor: Actor): boolean {
        return this.standing(actor) === 'staff';
    }

    /**
     * Can answer for work: own a task or a process, receive feedback that closes a loop,
     * own a metric, stand in for someone. Staff who are there: not a role nobody fills.
     */
    canAnswerFor(actor: Actor | undefined): boolean {
        return actor !== undefined && this.isStaff(actor) && !this.isVacant(actor);
    }

    /**
     * Must be trained on the tools they do the business's work with: staff and outside workers;
     * not customers (self-service), not suppliers (their own systems), not agents (configured,
     * not trained), not a role nobody fills.
     */
    mustBeTrained(actor: Actor): boolean {
        const standing = this.standing(actor);
        return standing !== 'customer' && standing !== 'agent' && standing !== 'supplier' && !this.isVacant(actor);
    }

    /**
     * Whether the tool needs training at all: `needs no training` says it does not, and so does
     * paper (a form, a clipboard list, a whiteboard) unless somebody is `trained on` it.
     */
    needsTraining(tool: Tool): boolean {
        if (tool.noTraining) return false;
        return !isPaper(tool) || this.index.actorsTrainedOn(tool).length > 0;
    }

    /**
     * Can work the tool: it needs no training, or the actor was trained on it (directly or
     * as a member of a trained team), or the actor is a team all of whose members are.
     */
    isTrained(actor: Actor, tool: Tool): boolean {
        if (!this.needsTraining(tool) || this.index.isTrainedOn(actor, tool)) return true;
        return this.allMembersTrained(actor, tool, new Set());
    }

    /** Every place where someone of the business must work the tool, in the order of the model. */
    toolPlaces(tool: Tool): readonly ToolPlace[] {
        return this.places.get(tool) ?? [];
    }

    /** Everyone who must be able to work the tool (staff and outside workers), each once, in the order of the model. */
    toolWorkers(tool: Tool): Actor[] {
        return [...new Set(this.toolPlaces(tool).map(place => place.actor))];
    }

    /** The tools someone works somewhere in the model, each once. */
    toolsWorkedBy(actor: Actor): Tool[] {
        const tools: Tool[] = [];
        for (const [tool, places] of this.places) if (places.some(place => place.actor === actor)) tools.push(tool);
        return tools;
    }

    /** Every actor who can answer for work, in the order of the model (for "assign an owner" and the like). */
    answerable(): Actor[] {
        return this.index.actors.filter(actor => this.canAnswerFor(actor));
    }

    /**
     * Who can change what a feedback or metric is about, among those who can answer for work:
     * for a process, its owner and the owners of its tasks; for a task, its owner and the owners
     * of the processes it belongs to; for a tool, its owner and the owners of the tasks that use it
     * or that it does automatically.
     */
    ownersOf(subject: Subject): ReadonlySet<Actor> {
        let owners = this.ownersCache.get(subject);
        if (owners) return owners;
        const found = new Set<Actor>();
        const add = (actor: Actor | undefined) => { if (actor && this.canAnswerFor(actor)) found.add(actor); };
        add(subject.owner?.ref);
        if (isProcess(subject)) {
            for (const task of this.index.tasksOf(subject)) add(task.owner?.ref);
        } else if (isTask(subject)) {
            for (const process of this.index.processesOf(subject)) add(process.owner?.ref);
        } else if (isTool(subject)) {
            for (const task of this.index.tasksUsingTool(subject)) add(task.owner?.ref);
            for (const task of this.index.tasksAutomatedBy(subject)) add(task.owner?.ref);
        }
        this.ownersCache.set(subject, owners = found);
        return owners;
    }

    /** Whether the actor is one of the owners, or a member (through teams) of an owning team. */
    reaches(actor: Actor, owners: ReadonlySet<Actor>): boolean {
        const seen = new Set<Actor>();
        const pending = [actor];
        for (let current = pending.pop(); current; current = pending.pop()) {
            if (seen.has(current)) continue;
            seen.add(current);
            if (owners.has(current)) return true;
            for (const team of this.index.teams(current)) pending.push(team);
        }
        return false;
    }

    /** Who does the sending of a handoff: the actor itself, or the performers (else the owner) of a manual task. */
    senders(handoff: Handoff): Actor[] {
        const from = handoff.from;
        if (isActor(from)) return [from];
        if (from.automatedBy) return [];
        const performers = refs(from.performers);
        if (performers.length > 0) return performers;
        return from.owner?.ref ? [from.owner.ref] : [];
    }

    /** The actors who do a task's work: its performers, or its owner when it names none. */
    doersOf(task: Task): Actor[] {
        const performers = refs(task.performers);
        if (performers.length > 0) return performers;
        return task.owner?.ref ? [task.owner.ref] : [];
    }

    /** How many of the business's people a group of actors stands for (headcount; a member of a team in the group counts once). */
    headcountOf(actors: Iterable<Actor>): number {
        const group = new Set([...actors].filter(actor => this.canAnswerFor(actor)));
        let total = 0;
        for (const actor of group) if (!this.insideGroup(actor, group)) total += headcount(actor);
        return total;
    }

    private insideGroup(actor: Actor, group: ReadonlySet<Actor>): boolean {
        const seen = new Set<Actor>([actor]);
        const pending = [...this.index.teams(actor)];
        for (let team = pending.pop(); team; team = pending.pop()) {
            if (seen.has(team)) continue;
            seen.add(team);
            if (group.has(team)) return true;
            for (const outer of this.index.teams(team)) pending.push(outer);
        }
        return false;
    }

    private allMembersTrained(actor: Actor, tool: Tool, seen: Set<Actor>): boolean {
        if (seen.has(actor)) return false;
        seen.add(actor);
        const members = refs(actor.members);
        if (members.length === 0) return false;
        return members.every(member => this.index.isTrainedOn(member, tool) || this.allMembersTrained(member, tool, seen));
    }

    private collectToolWork(): void {
        const add = (place: ToolPlace) => {
            if (!this.mustBeTrained(place.actor)) return;
            const list = this.places.get(place.tool);
            if (list) list.push(place); else this.places.set(place.tool, [place]);
        };
        // Tasks first, then handoffs: the first place a finding is shown at is where the tool is used.
        for (const task of this.index.tasks) {
            const uses = [...new Set(refs(task.uses))];
            const automation = task.automatedBy?.ref;
            const owner = task.owner?.ref;
            const performers = refs(task.performers);
            for (const tool of uses) {
                if (performers.length > 0) for (const actor of new Set(performers)) add({ actor, tool, work: 'performs', task });
                else if (owner && !automation) add({ actor: owner, tool, work: 'owns', task });
            }
            if (automation && owner) add({ actor: owner, tool: automation, work: 'automation', task });
            const all = automation && !uses.includes(automation) ? [...uses, automation] : uses;
            const fallback = task.fallback?.ref;
            if (isActor(fallback)) for (const tool of all) add({ actor: fallback, tool, work: 'fallback', task });
            const escalation = task.escalatesTo?.ref;
            if (escalation) for (const tool of all) add({ actor: escalation, tool, work: 'escalation', task });
        }
        for (const handoff of this.index.handoffs) {
            if (!handoff.via) continue;
            for (const actor of this.senders(handoff)) {
                add({ actor, tool: handoff.via, work: 'sends', handoff, ...(isTask(handoff.from) ? { task: handoff.from } : {}) });
            }
        }
    }
}

/** `count` if given; a team without one counts its members; anyone else is one person. Cycle-safe. */
export function headcount(actor: Actor, seen: Set<Actor> = new Set()): number {
    if (actor.count !== undefined) return actor.count;
    if (seen.has(actor)) return 0;
    seen.add(actor);
    const members = refs(actor.members);
    if (members.length === 0) return 1;
    return members.reduce((total, member) => total + headcount(member, seen), 0);
}

function refs<T extends Actor | Tool>(references: ReadonlyArray<{ readonly ref?: T }>): T[] {
    const found: T[] = [];
    for (const reference of references) if (reference.ref) found.push(reference.ref);
    return found;
}

/** For messages: whether a subject is a process (its owner) or something else. */
export function subjectWord(subject: Subject | Process): string {
    return isProcess(subject) ? 'process' : isTask(subject) ? 'task' : 'tool';
}

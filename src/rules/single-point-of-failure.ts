import type { Actor, Task, Tool } from '../language/generated/ast.js';
import { isActor, isTask } from '../language/generated/ast.js';
import { label } from '../model/labels.js';
import type { BusinessPeople } from '../model/people.js';
import type { SystemIndex } from '../model/system-index.js';
import { defineRule } from './rule.js';
import { perSystem } from './shared/per-system.js';
import { listWords } from './shared/people.js';
import { doersOf } from './skill-gap.js';

/**
 * The truck factor (STS-ml redundancy): a tool the work uses, a skill a task needs,
 * or a task that fewer than `min-people` people can handle. Headcounts count
 * (`count 4` is four people); only the business's people can stand in
 * (docs/people.md): customers, outside parties, suppliers, agents and roles nobody
 * fills are not counted. A tool that needs no training is never a requirement.
 * - a tool: the people trained on it or working with it (untrained users are
 *   untrained-user's finding; a tool nobody is trained on is tool-without-trained-user);
 * - a skill: the people who have it, reported once, where the first of them lists it
 *   (nobody at all: unstaffed-skill);
 * - a task that needs skills or tools: its owner and performers who have its skills,
 *   its fallback, and everyone who has all its skills and can handle all its tools. A task that needs
 *   nothing special can be done by anyone; one whose thin skill or tool is already
 *   reported is not reported again.
 */
export const singlePointOfFailure = defineRule({
    id: 'single-point-of-failure',
    title: 'a tool, skill or task fewer than `min-people` people can handle (headcount counts)',
    area: 'people & training',
    defaultSeverity: 'warning',
    fixes: ['add-backup'],
    scope: 'model',
    description: 'A tool, skill or task that fewer than min-people people can handle.',
    anchor: 'truck factor; STS-ml redundancy',
    defaultOptions: { 'min-people': 2 },
    check({ model, index, options, report }) {
        const minimum = Number(options['min-people']);
        const facts = capacity(index);
        const people = index.people;
        for (const element of model.elements) {
            if (element.$type === 'Tool') {
                if (!facts.requires(element) || index.actorsTrainedOn(element).length === 0 || facts.toolPeople(element) >= minimum) continue;
                if (skillItServes(index, element, minimum, facts) !== undefined) continue; // reported with the skill
                const handlers = [...facts.toolHandlers(element)];
                const staff = handlers.filter(actor => people.canAnswerFor(actor));
                report({
                    node: element, property: 'name',
                    message: `Train another person of the business on ${label(element)}: today ${onlyWords(staff, handlers, people)} can work it, fewer than ${minimum} people. If ${staff.length === 1 ? `${staff[0]!.name} is` : 'they are'} away, the work that needs it stops.`,
                    data: { kind: 'tool', element: element.name, people: staff.map(actor => actor.name), minimum }
                });
            } else if (element.$type === 'Actor') {
                element.skills.forEach((skill, position) => {
                    if (element.skills.indexOf(skill) !== position || index.tasksNeeding(skill).length === 0) return;
                    const holders = index.actorsWithSkill(skill);
                    // reported once per skill: where the first of the business's people who has it lists it (else the first who has it)
                    if ((holders.find(actor => people.canAnswerFor(actor)) ?? holders[0]) !== element) return;
                    if (facts.skillPeople(skill) >= minimum) return;
                    const staff = holders.filter(actor => people.canAnswerFor(actor));
                    const needing = index.tasksNeeding(skill);
                    const tools = toolsServing(index, skill, needing, minimum, facts);
                    const withTools = tools.length > 0 ? ` and on ${listWords(tools.map(tool => tool.name))}, which only that work uses` : '';
                    report({
                        node: element, property: 'skills', index: position,
                        message: `Cross-train another person of the business in ${skill}${withTools}: today ${onlyWords(staff, holders, people)} ${staff.length > 1 ? 'have' : 'has'} it, fewer than ${minimum} people, and ${taskWords(needing)} ${needing.length === 1 ? 'needs' : 'need'} it.`,
                        data: { kind: 'skill', element: skill, people: holders.map(actor => actor.name), minimum, tools: tools.map(tool => tool.name) }
                    });
                });
            } else if (element.$type === 'Task') {
                if (!element.owner?.ref) continue;
                const tools = toolsOf(element).filter(tool => facts.requires(tool));
                if (element.needs.length === 0 && tools.length === 0) continue;
                if (thinRequirement(index, element, minimum, facts)) continue;
                if (facts.enoughAbleOf(element, minimum)) continue;
                const able = ableToDo(index, element, facts);
                const staff = able.filter(actor => people.canAnswerFor(actor));
                if (staff.length === 0 || people.headcountOf(staff) >= minimum) continue;
                report({
                    node: element, property: 'name',
                    message: `Only ${names(staff)} can do ${label(element)} (it needs ${requirementWords(element, facts)}), fewer than ${minimum} people, and nobody stands in when ${staff.length === 1 ? `${staff[0]!.name} is` : 'they are'} away. Name a fallback, or train someone else to do it.`,
                    data: { kind: 'task', element: element.name, people: staff.map(actor => actor.name), minimum }
                });
            }
        }
    }
});

interface Capacity {
    /** whether working the tool is a requirement at all: it needs training and somebody of the business must work it */
    requires(tool: Tool): boolean;
    /** people trained on the tool or doing work with it (docs/people.md) */
    toolHandlers(tool: Tool): ReadonlySet<Actor>;
    toolPeople(tool: Tool): number;
    skillPeople(skill: string): number;
    /**
     * Whether the people able to do the task are certainly enough: those who have all its skills and
     * handle all its tools, counted once per combination of skills and tools however many tasks share
     * it, already include the task's own doers and number at least `minimum`. When this says no, the
     * task is looked at on its own (ableToDo).
     */
    enoughAbleOf(task: Task, minimum: number): boolean;
}

/** Who can handle each tool and skill, counted once per system however many tasks ask. */
const capacity = perSystem((index: SystemIndex): Capacity => {
    const people = (actors: Iterable<Actor>) => index.people.headcountOf(actors);
    const handlers = new Map<Tool, Set<Actor>>();
    const toolCounts = new Map<Tool, number>();
    const skillCounts = new Map<string, number>();
    const toolHandlers = (tool: Tool) => cached(handlers, tool, () => {
        const actors = new Set<Actor>(index.actorsTrainedOn(tool));
        for (const actor of index.people.toolWorkers(tool)) actors.add(actor);
        return actors;
    });
    const toolIds = new Map<Tool, number>();
    const capable = new Map<string, { readonly actors: ReadonlySet<Actor>; readonly people: number }>();
    const facts: Capacity = {
        requires: tool => index.people.needsTraining(tool) && index.people.toolPlaces(tool).length > 0,
        toolHandlers,
        toolPeople: tool => cached(toolCounts, tool, () => people(toolHandlers(tool))),
        skillPeople: skill => cached(skillCounts, skill, () => people(index.actorsWithSkill(skill))),
        enoughAbleOf(task, minimum) {
            const tools = toolsOf(task).filter(tool => facts.requires(tool));
            const key = `${[...new Set(task.needs)].sort().join('\0')}\u0001${tools.map(tool => cached(toolIds, tool, () => toolIds.size)).sort((a, b) => a - b).join(',')}`;
            const group = cached(capable, key, () => {
                const actors = new Set(capableOf(index, task, tools, facts));
                return { actors, people: people(actors) };
            });
            return group.people >= minimum && doersOf(task).every(doer => group.actors.has(doer)) && fallbackActors(task).every(actor => group.actors.has(actor));
        }
    };
    return facts;
});

/** A skill or tool of the task that is itself thin (somebody has it, but too few of the business) is reported there; the fix is the same. */
function thinRequirement(index: SystemIndex, task: Task, minimum: number, facts: Capacity): boolean {
    return task.needs.some(skill => facts.skillPeople(skill) < minimum && index.actorsWithSkill(skill).length > 0)
        || toolsOf(task).some(tool => facts.requires(tool) && facts.toolHandlers(tool).size > 0 && facts.toolPeople(tool) < minimum);
}

/**
 * The thin skill a thin tool is only there for: every place the tool is worked is a task that
 * needs the skill, and everyone of the business who works it has the skill. Training somebody
 * on the tool alone helps no task, so the tool is named in the skill's finding instead of a
 * finding of its own (one cause, one finding: "cross-train someone in bookkeeping and on the
 * accounts spreadsheet").
 */
function skillItServes(index: SystemIndex, tool: Tool, minimum: number, facts: Capacity): string | undefined {
    const places = index.people.toolPlaces(tool);
    if (places.length === 0 || places.some(place => place.task === undefined)) return undefined;
    const tasks = new Set(places.map(place => place.task!));
    const [first] = tasks;
    const staff = [...facts.toolHandlers(tool)].filter(actor => index.people.canAnswerFor(actor));
    return first!.needs.find(skill => facts.skillPeople(skill) < minimum && index.actorsWithSkill(skill).length > 0
        && [...tasks].every(task => task.needs.includes(skill))
        && staff.every(actor => index.hasSkill(actor, skill)));
}

/** The thin tools a thin skill's finding names (see skillItServes), in the order the tasks use them. */
function toolsServing(index: SystemIndex, skill: string, needing: readonly Task[], minimum: number, facts: Capacity): Tool[] {
    const tools = new Set<Tool>();
    for (const task of needing) {
        for (const tool of toolsOf(task)) {
            if (tools.has(tool) || !facts.requires(tool) || index.actorsTrainedOn(tool).length === 0 || facts.toolPeople(tool) >= minimum) continue;
            if (skillItServes(index, tool, minimum, facts) === skill) tools.add(tool);
        }
    }
    return [...tools];
}

/**
 * Those who can do the task: its owner and performers who have all the skills it needs,
 * its fallback, and everyone who has all its skills and handles all its tools.
 */
function ableToDo(index: SystemIndex, task: Task, facts: Capacity): Actor[] {
    const skilled = (actor: Actor) => task.needs.every(skill => index.hasSkill(actor, skill));
    const able = new Set<Actor>([...doersOf(task).filter(skilled), ...fallbackActors(task)]);
    for (const candidate of capableOf(index, task, toolsOf(task).filter(tool => facts.requires(tool)), facts)) able.add(candidate);
    return [...able];
}
/**
 * Everyone who has all the skills the task needs and handles all the tools it uses.
 * Candidates come from the holders of its rarest requirement, so the cost is bounded
 * by that group, not by the whole model.
 */
function capableOf(index: SystemIndex, task: Task, tools: readonly Tool[], facts: Capacity): Actor[] {
    const groups: Array<Iterable<Actor> & { readonly size?: number; readonly length?: number }> = [
        ...task.needs.map(skill => index.actorsWithSkill(skill)),
        ...tools.map(tool => facts.toolHandlers(tool))
    ];
    const sizeOf = (group: { readonly size?: number; readonly length?: number }) => group.size ?? group.length ?? 0;
    const rarest = groups.reduce<(typeof groups)[number] | undefined>((best, group) => best === undefined || sizeOf(group) < sizeOf(best) ? group : best, undefined);
    const capable: Actor[] = [];
    for (const candidate of rarest ?? []) {
        if (task.needs.every(skill => index.hasSkill(candidate, skill))
            && tools.every(tool => facts.toolHandlers(tool).has(candidate) || index.isTrainedOn(candidate, tool))) capable.push(candidate);
    }
    return capable;
}

/** The one who stands in: a named actor, or the doers of a named task. */
function fallbackActors(task: Task): Actor[] {
    const fallback = task.fallback?.ref;
    if (isActor(fallback)) return [fallback];
    if (isTask(fallback)) return doersOf(fallback);
    return [];
}

function toolsOf(task: Task): Tool[] {
    return task.uses.map(reference => reference.ref).filter((tool): tool is Tool => tool !== undefined);
}

function requirementWords(task: Task, facts: Capacity): string {
    return listWords([...task.needs, ...toolsOf(task).filter(tool => facts.requires(tool)).map(tool => tool.name)]);
}

/** "only Maureen", "only Ann and Bo", or "nobody of the business (only Sam, an outside party)". */
function onlyWords(staff: readonly Actor[], all: readonly Actor[], people: BusinessPeople): string {
    const outside = all.filter(actor => !people.canAnswerFor(actor));
    const others = outside.length > 0 ? ` (${names(outside)}, not of the business, also ${outside.length === 1 ? 'does' : 'do'})` : '';
    return staff.length === 0 ? `nobody of the business but ${names(outside)}` : `only ${names(staff)}${others}`;
}

function names(actors: readonly Actor[]): string {
    return listWords(actors.map(actor => actor.name));
}

function taskWords(tasks: readonly Task[]): string {
    const shown = tasks.slice(0, 3).map(task => task.name);
    return tasks.length > 3 ? `${shown.join(', ')} and ${tasks.length - 3} more tasks` : `${tasks.length === 1 ? 'task' : 'tasks'} ${listWords(shown)}`;
}

function cached<K, V>(cache: Map<K, V>, key: K, compute: () => V): V {
    let value = cache.get(key);
    if (value === undefined) cache.set(key, value = compute());
    return value;
}

import type { Actor, Task, Tool } from '../language/generated/ast.js';
import { isActor, isTask } from '../language/generated/ast.js';
import { label } from '../model/labels.js';
import type { SystemIndex } from '../model/system-index.js';
import { defineRule } from './rule.js';
import { perSystem } from './shared/per-system.js';
import { headcountOf, isPeople, listWords } from './shared/people.js';
import { doersOf } from './skill-gap.js';

/**
 * The truck factor (STS-ml redundancy): a tool the work uses, a skill a task needs,
 * or a task that fewer than `min-people` people can handle. Headcounts count
 * (`count 4` is four people); outside parties and agents are not counted.
 * - a tool: the people trained on it or working with it (untrained users are
 *   untrained-user's finding; a tool nobody is trained on is tool-without-trained-user);
 * - a skill: the people who have it, reported where they list it (nobody: unstaffed-skill);
 * - a task that needs skills or tools: its owner, performers and fallback, and
 *   everyone who has all its skills and can handle all its tools. A task that needs
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
        for (const element of model.elements) {
            if (element.$type === 'Tool') {
                const used = index.tasksUsingTool(element).length > 0 || index.handoffsVia(element).length > 0;
                if (!used || index.actorsTrainedOn(element).length === 0 || facts.toolPeople(element) >= minimum) continue;
                const handlers = facts.toolHandlers(element);
                const people = [...handlers];
                report({
                    node: element, property: 'name',
                    message: `Only ${names(people)} can work with ${label(element)}: fewer than ${minimum} people. If ${people.length === 1 ? 'they are' : 'all of them are'} away, the work that needs it stops. Train someone else on ${element.name}.`,
                    data: { kind: 'tool', element: element.name, people: people.map(actor => actor.name), minimum }
                });
            } else if (element.$type === 'Actor') {
                element.skills.forEach((skill, position) => {
                    const needing = index.tasksNeeding(skill);
                    if (needing.length === 0 || element.skills.indexOf(skill) !== position || !isPeople(element)) return;
                    if (facts.skillPeople(skill) >= minimum) return;
                    const holders = index.actorsWithSkill(skill);
                    report({
                        node: element, property: 'skills', index: position,
                        message: `Only ${names(holders)} ${holders.length === 1 ? 'has' : 'have'} the skill ${skill}, which ${taskWords(needing)} ${needing.length === 1 ? 'needs' : 'need'}: fewer than ${minimum} people. Add '${skill}' to someone else's skills.`,
                        data: { kind: 'skill', element: skill, people: holders.map(actor => actor.name), minimum }
                    });
                });
            } else if (element.$type === 'Task') {
                if (!element.owner?.ref || (element.needs.length === 0 && element.uses.length === 0)) continue;
                if (thinRequirement(element, minimum, facts)) continue;
                if (facts.enoughAbleOf(element, minimum)) continue;
                const able = ableToDo(index, element, facts);
                if (!able.some(isPeople) || headcountOf(able, actor => index.teams(actor)) >= minimum) continue;
                report({
                    node: element, property: 'name',
                    message: `Only ${names(able.filter(isPeople))} can do task ${label(element)} (it needs ${requirementWords(element)}): fewer than ${minimum} people, and nobody stands in when they are away. Add someone under 'performed by' or name a 'fallback'.`,
                    data: { kind: 'task', element: element.name, people: able.map(actor => actor.name), minimum }
                });
            }
        }
    }
});

interface Capacity {
    /** people trained on the tool or doing work with it */
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
    const people = (actors: Iterable<Actor>) => headcountOf(actors, actor => index.teams(actor));
    const handlers = new Map<Tool, Set<Actor>>();
    const toolCounts = new Map<Tool, number>();
    const skillCounts = new Map<string, number>();
    const toolHandlers = (tool: Tool) => cached(handlers, tool, () => {
        const actors = new Set<Actor>(index.actorsTrainedOn(tool));
        for (const task of index.tasksUsingTool(tool)) for (const actor of doersOf(task)) actors.add(actor);
        for (const handoff of index.handoffsVia(tool)) {
            const sender = index.sender(handoff);
            if (sender) actors.add(sender);
        }
        return actors;
    });
    const toolIds = new Map<Tool, number>();
    const capable = new Map<string, { readonly actors: ReadonlySet<Actor>; readonly people: number }>();
    const facts: Capacity = {
        toolHandlers,
        toolPeople: tool => cached(toolCounts, tool, () => people(toolHandlers(tool))),
        skillPeople: skill => cached(skillCounts, skill, () => people(index.actorsWithSkill(skill))),
        enoughAbleOf(task, minimum) {
            const tools = toolsOf(task);
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

/** A skill or tool of the task that is itself thin is reported there; the fix is the same. */
function thinRequirement(task: Task, minimum: number, facts: Capacity): boolean {
    const thin = (count: number) => count > 0 && count < minimum;
    return task.needs.some(skill => thin(facts.skillPeople(skill)))
        || task.uses.some(tool => tool.ref !== undefined && thin(facts.toolPeople(tool.ref)));
}

/**
 * The task's owner, performers and fallback, and everyone who has all the skills it
 * needs and handles all the tools it uses.
 */
function ableToDo(index: SystemIndex, task: Task, facts: Capacity): Actor[] {
    const able = new Set<Actor>([...doersOf(task), ...fallbackActors(task)]);
    for (const candidate of capableOf(index, task, toolsOf(task), facts)) able.add(candidate);
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

function requirementWords(task: Task): string {
    return listWords([...task.needs, ...task.uses.map(tool => tool.$refText)]);
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

/**
 * `who`: the questions about people an assistant gets asked — who owns,
 * performs, is trained on or stands in for something; what a person depends on
 * and who depends on them; where the business hangs on one person. Answers come
 * from the shared SystemIndex and its notion of the business's people, and the
 * single points of failure from the same computation as `sts report`.
 */
import type { Actor, Element, Process, Task, Tool } from '../../language/generated/ast.js';
import { isActor, isElement, isFeedback, isProcess, isTask, isTool } from '../../language/generated/ast.js';
import { collectFindings } from '../../report/findings.js';
import { buildReport } from '../../report/report-model.js';
import { objectSchema } from '../arguments.js';
import { elementData, findElements, named, selectSystems, type ModelAccess, type SystemView } from '../model-access.js';
import { ToolError, type ToolAnswer, type ToolDefinition } from '../tool.js';

export const WHO_QUESTIONS = ['owns', 'performs', 'trained_on', 'fallback_for', 'depends_on', 'single_points_of_failure'] as const;
type Question = (typeof WHO_QUESTIONS)[number];

export const whoTool: ToolDefinition = {
    name: 'who',
    title: 'Who owns, does, knows or covers',
    description: 'Answers questions about people from the model. question=owns: who is accountable for a task, process, tool or metric. performs: who does a task, or works a tool and where. '
        + 'trained_on: who is trained on a tool, and who works it without training. fallback_for: who can cover for a person (task by task: the named fallback, co-performers, and everyone with the skills and training) or for a task. '
        + 'depends_on: what a person (or task, tool) depends on and what depends on them. single_points_of_failure: tools and skills fewer people can handle than the business needs (as in sts report).',
    inputSchema: objectSchema({
        question: { type: 'string', enum: WHO_QUESTIONS, description: 'Which question: owns, performs, trained_on, fallback_for, depends_on or single_points_of_failure.' },
        name: { type: 'string', description: 'The element asked about (a task, tool, process, metric or actor name); not needed for single_points_of_failure.' },
        system: { type: 'string', description: 'The name of the system, when the workspace holds several.' }
    }, ['question']),
    readOnly: true,
    run(args, model) {
        const question = args['question'] as Question;
        const systems = selectSystems(model, args['system'] as string | undefined);
        if (question === 'single_points_of_failure') return singlePoints(model, systems);
        const name = args['name'] as string | undefined;
        if (name === undefined) throw new ToolError(`The question ${question} needs a 'name': the element it is about.`);
        const found = findElements(systems, name, isElement, 'element');
        const answers = found.map(({ element, system }) => ANSWERS[question](element, system, model.root));
        return { text: answers.map(answer => answer.text).join('\n\n'), data: { question, name, answers: answers.map(answer => answer.data) } };
    }
};

type Answer = { text: string; data: Record<string, unknown> };
type Asker = (element: Element, system: SystemView, root: string) => Answer;

const ANSWERS: Record<Exclude<Question, 'single_points_of_failure'>, Asker> = {
    owns(element, system, root) {
        const index = system.index;
        if (isActor(element)) throw new ToolError(`${element.name} is an actor; ask depends_on for what they answer for.`);
        const lines: string[] = [];
        const owner = 'owner' in element ? element.owner?.ref : isFeedback(element) ? element.target?.ref : undefined;
        lines.push(owner ? `${named(element, root)} is owned by ${named(owner, root)}.` : `${named(element, root)} has no owner.`);
        const also: Actor[] = [];
        if (isTask(element)) {
            for (const process of index.processesOf(element)) lines.push(`It belongs to process ${named(process, root)}, owned by ${process.owner?.ref ? named(process.owner.ref, root) : 'nobody'}.`);
        } else if (isProcess(element) || isTool(element)) {
            for (const actor of index.people.ownersOf(element)) if (actor !== owner) also.push(actor);
            if (also.length > 0) lines.push(`Also answer for it (they own its tasks${isTool(element) ? ' that use it' : ''}): ${also.map(actor => named(actor, root)).join(', ')}.`);
        }
        return { text: lines.join('\n'), data: { element: elementData(element, root), owner: owner ? elementData(owner, root) : null, alsoAnswerable: also.map(actor => elementData(actor, root)) } };
    },
    performs(element, system, root) {
        const people = system.index.people;
        if (isTask(element)) {
            const doers = people.doersOf(element);
            const automation = element.automatedBy?.ref;
            const lines = [`${named(element, root)} is done by ${doers.length > 0 ? doers.map(actor => named(actor, root)).join(', ') : 'nobody'}${element.performers.length === 0 && doers.length > 0 ? ' (its owner; it names no performers)' : ''}.`];
            if (automation) lines.push(`It is automated by ${named(automation, root)}.`);
            return { text: lines.join('\n'), data: { element: elementData(element, root), doers: doers.map(actor => elementData(actor, root)), automatedBy: automation ? elementData(automation, root) : null } };
        }
        if (isTool(element)) {
            const places = people.toolPlaces(element);
            const lines = places.length === 0 ? [`Nobody works ${named(element, root)} in the model.`]
                : [`${named(element, root)} is worked by:`, ...places.map(place => `- ${named(place.actor, root)} ${WORK_WORDS[place.work]}${place.task ? ` ${named(place.task, root)}` : ''}`)];
            return { text: lines.join('\n'), data: { element: elementData(element, root), places: places.map(place => ({ actor: elementData(place.actor, root), work: place.work, task: place.task ? elementData(place.task, root) : null })) } };
        }
        if (isProcess(element)) {
            const tasks = [...system.index.tasksOf(element)];
            const rows = tasks.map(task => ({ task, doers: people.doersOf(task) }));
            return {
                text: [`The tasks of ${named(element, root)} and who does them:`, ...rows.map(row => `- ${named(row.task, root)}: ${row.doers.map(actor => actor.name).join(', ') || 'nobody'}`)].join('\n'),
                data: { element: elementData(element, root), tasks: rows.map(row => ({ task: elementData(row.task, root), doers: row.doers.map(actor => elementData(actor, root)) })) }
            };
        }
        throw new ToolError(`performs is asked of a task, a tool or a process; ${element.name} is a ${element.$type.toLowerCase()}.`);
    },
    trained_on(element, system, root) {
        if (!isTool(element)) throw new ToolError(`trained_on is asked of a tool; ${element.name} is a ${element.$type.toLowerCase()}.`);
        const { index } = system;
        const people = index.people;
        if (!people.needsTraining(element)) return { text: `${named(element, root)} needs no training: anyone can work it.`, data: { element: elementData(element, root), needsTraining: false, trained: [], untrainedWorkers: [] } };
        const trained = index.actors.filter(actor => people.isTrained(actor, element));
        const untrained = people.toolWorkers(element).filter(actor => !people.isTrained(actor, element));
        const lines = [
            trained.length > 0 ? `Trained on ${named(element, root)}: ${trained.map(actor => named(actor, root)).join(', ')}.` : `Nobody is trained on ${named(element, root)}.`,
            untrained.length > 0 ? `Work it without training: ${untrained.map(actor => named(actor, root)).join(', ')}.` : 'Everyone who works it is trained.'
        ];
        return { text: lines.join('\n'), data: { element: elementData(element, root), needsTraining: true, trained: trained.map(actor => elementData(actor, root)), untrainedWorkers: untrained.map(actor => elementData(actor, root)) } };
    },
    fallback_for(element, system, root) {
        if (isTask(element)) {
            const cover = coverFor(element, undefined, system);
            return { text: [`Who can do ${named(element, root)} instead:`, ...coverLines(cover, root)].join('\n'), data: { element: elementData(element, root), cover: coverData(cover, root) } };
        }
        if (!isActor(element)) throw new ToolError(`fallback_for is asked of a person (or a task); ${element.name} is a ${element.$type.toLowerCase()}.`);
        const { index } = system;
        const tasks = [...new Set([...index.ownedTasks(element), ...index.performedTasks(element)])];
        if (tasks.length === 0) return { text: `${named(element, root)} owns and performs no task: nothing to cover.`, data: { element: elementData(element, root), tasks: [] } };
        const sections = tasks.map(task => ({ task, cover: coverFor(task, element, system) }));
        const processes = index.processes.filter(process => process.owner?.ref === element);
        const lines = [`To cover for ${named(element, root)}, task by task:`];
        for (const section of sections) {
        lines.push(`${named(section.task, root)}:`);
        for (const line of coverLines(section.cover, root)) lines.push(`  ${line}`);
    }
        if (processes.length > 0) lines.push(`${element.name} also owns the processes ${processes.map(process => named(process, root)).join(', ')}; someone must answer for them meanwhile.`);
        return {
            text: lines.join('\n'),
            data: { element: elementData(element, root), tasks: sections.map(section => ({ task: elementData(section.task, root), cover: coverData(section.cover, root) })), ownedProcesses: processes.map(process => elementData(process, root)) }
        };
    },
    depends_on(element, system, root) {
        if (isActor(element)) return personDependencies(element, system, root);
        if (isTool(element)) return toolDependencies(element, system, root);
        if (isTask(element)) return taskDependencies(element, system, root);
        throw new ToolError(`depends_on is asked of a person, a tool or a task; ${element.name} is a ${element.$type.toLowerCase()}.`);
    }
};

const WORK_WORDS = { owns: 'owns and does', performs: 'performs', sends: 'sends a handoff through it from', fallback: 'is the fallback for', escalation: 'is escalated to from', automation: 'owns the automated task' } as const;

interface Cover {
    readonly named: ReadonlyArray<{ actor: Actor; why: string }>;
    readonly able: readonly Actor[];
    readonly nearly: ReadonlyArray<{ actor: Actor; missing: readonly string[] }>;
    readonly needs: { tools: readonly Tool[]; skills: readonly string[] };
}

/** Who could do the task instead of `absent`: named in the model, fully able (skills and training), or missing one thing. */
function coverFor(task: Task, absent: Actor | undefined, system: SystemView): Cover {
    const { index } = system;
    const people = index.people;
    const namedCover: Array<{ actor: Actor; why: string }> = [];
    const add = (actor: Actor | undefined, why: string) => {
        if (actor && actor !== absent && !namedCover.some(entry => entry.actor === actor)) namedCover.push({ actor, why });
    };
    const fallback = task.fallback?.ref;
    if (isActor(fallback)) add(fallback, 'named as the fallback');
    for (const performer of task.performers) add(performer.ref, 'performs it too');
    if (task.owner?.ref !== absent) add(task.owner?.ref, 'owns it');
    add(task.escalatesTo?.ref, 'it escalates to them');
    // Standing in for the owner of an automated task means answering for the automation too.
    const tools = [...new Set([...task.uses.map(use => use.ref), task.automatedBy?.ref].filter((tool): tool is Tool => tool !== undefined))];
    const skills = [...new Set(task.needs)];
    const able: Actor[] = [];
    const nearly: Array<{ actor: Actor; missing: string[] }> = [];
    for (const actor of index.actors) {
        if (actor === absent || !people.canAnswerFor(actor) || people.isTeam(actor) || namedCover.some(entry => entry.actor === actor)) continue;
        const missing = [
            ...tools.filter(tool => !people.isTrained(actor, tool)).map(tool => `training on ${tool.name}`),
            ...skills.filter(skill => !index.hasSkill(actor, skill) && !index.teams(actor).some(team => team.skills.includes(skill))).map(skill => `the skill ${skill}`)
        ];
        if (missing.length === 0) able.push(actor); else if (missing.length === 1) nearly.push({ actor, missing });
    }
    return { named: namedCover, able, nearly, needs: { tools, skills } };
}

function coverLines(cover: Cover, root: string): string[] {
    const lines = cover.named.map(entry => `- ${named(entry.actor, root)}: ${entry.why}`);
    const needs = [...cover.needs.tools.map(tool => `trained on ${tool.name}`), ...cover.needs.skills.map(skill => `skilled in ${skill}`)];
    if (cover.able.length > 0) lines.push(`- ${needs.length > 0 ? `also ${needs.join(', ')}` : 'also able (it needs no tool or skill)'}: ${cover.able.map(actor => named(actor, root)).join(', ')}`);
    if (cover.nearly.length > 0) lines.push(`- missing one thing: ${cover.nearly.map(entry => `${named(entry.actor, root)} (needs ${entry.missing.join(', ')})`).join('; ')}`);
    if (lines.length === 0) lines.push('- nobody: no fallback is named and nobody else has the skills and training');
    return lines;
}

function coverData(cover: Cover, root: string) {
    return {
        named: cover.named.map(entry => ({ actor: elementData(entry.actor, root), why: entry.why })),
        able: cover.able.map(actor => elementData(actor, root)),
        nearly: cover.nearly.map(entry => ({ actor: elementData(entry.actor, root), missing: entry.missing })),
        needs: { tools: cover.needs.tools.map(tool => tool.name), skills: cover.needs.skills }
    };
}

function personDependencies(person: Actor, system: SystemView, root: string): Answer {
    const { index } = system;
    const people = index.people;
    const owned = index.ownedTasks(person);
    const performed = index.performedTasks(person);
    const tasks = [...new Set([...owned, ...performed])];
    const tools = people.toolsWorkedBy(person);
    const upstream = new Map<string, string>();
    const downstream = new Map<string, string>();
    const own = new Set<unknown>(tasks);
    for (const task of tasks) {
        // Handoffs between their own tasks are neither: the work stays with them.
        for (const handoff of index.handoffsToNode(task).filter(handoff => !own.has(handoff.from))) {
            const from = handoff.from;
            upstream.set(`${from.name}->${task.name}`, `${named(from, root)} hands ${handoff.item ? `"${handoff.item}" ` : ''}to ${task.name}${handoff.via ? ` via ${handoff.via.name}` : ''}`);
        }
        for (const handoff of index.handoffsFromNode(task).filter(handoff => !own.has(handoff.to))) {
            downstream.set(`${task.name}->${handoff.to.name}`, `${task.name} hands ${handoff.item ? `"${handoff.item}" ` : ''}to ${named(handoff.to, root)}${handoff.via ? ` via ${handoff.via.name}` : ''}`);
        }
    }
    const onlyDoer = tasks.filter(task => { const doers = people.doersOf(task); return doers.length === 1 && doers[0] === person && !isActor(task.fallback?.ref); });
    const processes = index.processes.filter(process => process.owner?.ref === person);
    const metrics = index.metrics.filter(metric => metric.owner?.ref === person);
    const feedback = index.feedbacks.filter(item => item.target?.ref === person);
    const teams = index.teams(person);
    const lines = [`${named(person, root)}:`];
    lines.push(`- owns ${list(owned, root)}; performs ${list(performed.filter(task => !owned.includes(task)), root)}`);
    lines.push(`- works the tools ${tools.length > 0 ? tools.map(tool => `${named(tool, root)}${people.isTrained(person, tool) ? '' : ' (not trained)'}`).join(', ') : 'none'}`);
    if (teams.length > 0) lines.push(`- is a member of ${list(teams, root)}`);
    lines.push(`- depends on: ${upstream.size > 0 ? [...upstream.values()].join('; ') : 'no handoff into their tasks'}`);
    lines.push(`- others depend on them: ${downstream.size > 0 ? [...downstream.values()].join('; ') : 'no handoff out of their tasks'}`);
    if (processes.length > 0 || metrics.length > 0) lines.push(`- answers for the processes ${list(processes, root)} and the metrics ${list(metrics, root)}`);
    if (feedback.length > 0) lines.push(`- receives the feedback ${list(feedback, root)}`);
    lines.push(onlyDoer.length > 0 ? `- the only one doing (no fallback named): ${list(onlyDoer, root)}` : '- every task of theirs has someone else doing it or a named fallback');
    return {
        text: lines.join('\n'),
        data: {
            element: elementData(person, root), owns: owned.map(task => elementData(task, root)), performs: performed.map(task => elementData(task, root)),
            tools: tools.map(tool => ({ ...elementData(tool, root), trained: people.isTrained(person, tool) })), teams: teams.map(team => elementData(team, root)),
            dependsOn: [...upstream.values()], dependedOnBy: [...downstream.values()], ownsProcesses: processes.map(process => elementData(process, root)),
            ownsMetrics: metrics.map(metric => elementData(metric, root)), receivesFeedback: feedback.map(item => elementData(item, root)), onlyDoer: onlyDoer.map(task => elementData(task, root))
        }
    };
}

function toolDependencies(tool: Tool, system: SystemView, root: string): Answer {
    const { index } = system;
    const tasks = index.tasksUsingTool(tool);
    const automated = index.tasks.filter(task => task.automatedBy?.ref === tool);
    const handoffs = index.handoffsVia(tool);
    const feedsInto = tool.feeds.map(feed => feed.ref).filter((fed): fed is Tool => fed !== undefined);
    const fedBy = index.tools.filter(other => other.feeds.some(feed => feed.ref === tool));
    const processes = new Set<Process>([...tasks, ...automated].flatMap(task => index.processesOf(task)));
    for (const handoff of handoffs) processes.add(handoff.process);
    const lines = [
        `If ${named(tool, root)} fails:`,
        `- tasks that use it: ${list(tasks, root)}`,
        `- tasks it does automatically: ${automated.length > 0 ? automated.map(task => `${named(task, root)} (fallback: ${task.fallback?.ref?.name ?? 'none'})`).join(', ') : 'none'}`,
        `- handoffs sent through it: ${handoffs.length > 0 ? handoffs.map(handoff => `${handoff.from.name} -> ${handoff.to.name}${handoff.item ? ` "${handoff.item}"` : ''} in ${handoff.process.name}`).join('; ') : 'none'}`,
        `- processes touched: ${list([...processes], root)}`,
        `- it feeds ${list(feedsInto, root)}; it is fed by ${list(fedBy, root)}`,
        `- owner: ${tool.owner?.ref ? named(tool.owner.ref, root) : 'nobody'}`
    ];
    return {
        text: lines.join('\n'),
        data: {
            element: elementData(tool, root), usedBy: tasks.map(task => elementData(task, root)), automates: automated.map(task => elementData(task, root)),
            handoffs: handoffs.map(handoff => ({ from: handoff.from.name, to: handoff.to.name, item: handoff.item ?? null, process: handoff.process.name })),
            processes: [...processes].map(process => elementData(process, root)), feeds: feedsInto.map(other => elementData(other, root)), fedBy: fedBy.map(other => elementData(other, root))
        }
    };
}

function taskDependencies(task: Task, system: SystemView, root: string): Answer {
    const { index } = system;
    const before = index.handoffsToNode(task);
    const after = index.handoffsFromNode(task);
    const tools = task.uses.map(use => use.ref).filter((tool): tool is Tool => tool !== undefined);
    const lines = [
        `${named(task, root)}:`,
        `- needs: tools ${list(tools, root)}${task.automatedBy?.ref ? `, automated by ${named(task.automatedBy.ref, root)}` : ''}; skills ${task.needs.join(', ') || 'none'}`,
        `- waits for: ${before.length > 0 ? before.map(handoff => `${named(handoff.from, root)}${handoff.item ? ` ("${handoff.item}")` : ''}`).join(', ') : 'nothing handed to it'}`,
        `- hands on to: ${after.length > 0 ? after.map(handoff => `${named(handoff.to, root)}${handoff.item ? ` ("${handoff.item}")` : ''}`).join(', ') : 'nobody'}`,
        `- done by ${index.people.doersOf(task).map(actor => actor.name).join(', ') || 'nobody'}; fallback ${task.fallback?.ref?.name ?? 'none'}`
    ];
    return {
        text: lines.join('\n'),
        data: {
            element: elementData(task, root), tools: tools.map(tool => elementData(tool, root)), skills: task.needs,
            waitsFor: before.map(handoff => elementData(handoff.from, root)), handsTo: after.map(handoff => elementData(handoff.to, root))
        }
    };
}

function singlePoints(model: ModelAccess, systems: readonly SystemView[]): ToolAnswer {
    const documents = systems.flatMap(system => system.documents);
    const checked = collectFindings(model.services, documents, model.root);
    const reports = buildReport(model.services, documents, checked, model.root);
    const lines: string[] = [];
    const data = reports.map(report => {
        const findings = checked.findings.filter(finding => finding.rule === 'single-point-of-failure' && report.files.includes(finding.file));
        lines.push(`${report.title ?? report.name}: ${report.singlePoints.length} single point${report.singlePoints.length === 1 ? '' : 's'} of failure (fewer than ${report.minPeople} people):`);
        // the report's single points of failure are the checker's findings (src/report/from-check.ts)
        for (const finding of findings) lines.push(`- ${finding.file}:${finding.line}: ${finding.message}`);
        return { system: report.name, minPeople: report.minPeople, singlePoints: report.singlePoints, findings: findings.map(finding => ({ file: finding.file, line: finding.line, message: finding.message })) };
    });
    return { text: lines.join('\n'), data: { question: 'single_points_of_failure', systems: data } };
}

function list(elements: readonly Element[], root: string): string {
    return elements.length > 0 ? elements.map(element => named(element, root)).join(', ') : 'none';
}

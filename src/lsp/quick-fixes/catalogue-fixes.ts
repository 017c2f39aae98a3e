/**
 * Fixes for the other catalogue rules, where the fix is knowable from the
 * finding's facts (the names in its data). Where the fix is a choice of
 * person, one action per candidate is offered, the likeliest first.
 *
 * Not offered, on purpose: duplicate-name (needs a new name: use rename),
 * self-handoff, duplicate-handoff, unreachable-task, dead-end-task,
 * membership-cycle, separation-of-duties, need-to-know, actor-overload and
 * automation-candidate: each needs a decision about the work itself.
 */
import type { CodeAction } from 'vscode-languageserver-types';
import type { Actor, Element, Tool } from '../../language/generated/ast.js';
import { isActor, isFeedback, isMetric, isProcess, isTask, isTool } from '../../language/generated/ast.js';
import type { SystemIndex } from '../../model/system-index.js';
import { addAttribute, addElementAfter, appendToList } from './element-edits.js';
import { declared, fact, quickFix, type QuickFix, type QuickFixContext } from './quick-fix.js';
import { addSuppressionReason, removeSuppression } from './suppression-fixes.js';

const CADENCES = 'monthly,weekly,quarterly,daily,yearly';
/** The language's own kinds of people (person is the default); customers, outside parties and agents cannot stand in or oversee. */
const PEOPLE_KINDS = new Set(['person', 'role', 'team']);
const isPeople = (actor: Actor) => PEOPLE_KINDS.has(actor.kind ?? 'person');
/** Enough choices to cover a small business; the rest can be typed. */
const MAX_CANDIDATES = 12;

/** metric-without-review: add what is missing, the review cadence and/or the target, in one edit. */
function metricWithoutReview(context: QuickFixContext): CodeAction[] {
    const metric = declared(context.index, fact(context, 'metric'), isMetric);
    if (!metric) return [];
    const lines: string[] = [];
    if (metric.target === undefined) lines.push('target "${1:the target}"');
    if (!metric.review) lines.push(`review \${2|${CADENCES}|}`);
    if (lines.length === 0) return [];
    const title = lines.length === 2 ? `Add a target and a review cadence to ${metric.name}` : metric.review ? `Add a target to ${metric.name}` : `Add a review cadence to ${metric.name}`;
    return [quickFix(title, [context.diagnostic], [addAttribute(metric, lines, true)], context.snippets, true)];
}

/** metric-without-owner: the owners of what it measures first, then everyone. */
function metricWithoutOwner(context: QuickFixContext): CodeAction[] {
    const metric = declared(context.index, fact(context, 'metric'), isMetric);
    if (!metric || metric.owner) return [];
    const first = new Set<Actor>();
    for (const subject of metric.measures) {
        const owner = subject.ref?.owner?.ref;
        if (owner) first.add(owner);
    }
    return assignOwner(context, metric, first, 'owns what it measures');
}

/** tool-without-owner, personal-data-without-owner: people trained on it or working with it first. */
function toolWithoutOwner(context: QuickFixContext): CodeAction[] {
    const tool = declared(context.index, fact(context, 'tool'), isTool);
    if (!tool || tool.owner) return [];
    return assignOwner(context, tool, peopleWorkingWith(context.index, tool), `works with ${tool.name}`);
}

/** skill-gap (the owner lacks it), handoff-skill-gap (the receiver lacks it): give them the skill. */
function skillGap(context: QuickFixContext): CodeAction[] {
    const actor = declared(context.index, fact(context, 'actor'), isActor);
    const skill = fact(context, 'skill');
    if (!actor || !skill || actor.skills.includes(skill)) return [];
    return [quickFix(`Add skill ${skill} to ${actor.name}`, [context.diagnostic], [appendToList(actor, 'skills', 'skills', [skill])], false, true)];
}

/** unstaffed-skill: give the skill to the owner of the task that needs it. */
function unstaffedSkill(context: QuickFixContext): CodeAction[] {
    const skill = fact(context, 'skill');
    const owner = declared(context.index, fact(context, 'owner'), isActor);
    if (!skill || !owner || owner.skills.includes(skill)) return [];
    return [quickFix(`Add skill ${skill} to ${owner.name}`, [context.diagnostic], [appendToList(owner, 'skills', 'skills', [skill])], false, true)];
}

/** tool-without-trained-user: train the owners and performers of the tasks that use it. */
function toolWithoutTrainedUser(context: QuickFixContext): CodeAction[] {
    const tool = declared(context.index, fact(context, 'tool'), isTool);
    if (!tool) return [];
    const users = new Set<Actor>();
    for (const task of context.index.tasksUsingTool(tool)) {
        if (task.owner?.ref) users.add(task.owner.ref);
        for (const performer of task.performers) if (performer.ref) users.add(performer.ref);
    }
    return [...users].map((actor, position) => quickFix(`Add training: ${actor.name} trained on ${tool.name}`, [context.diagnostic],
        [appendToList(actor, 'trainedOn', 'trained on', [tool.name])], false, position === 0));
}

/** single-point-of-failure: train someone else on the tool, give the skill to someone else, or name a stand-in for the task. */
function singlePointOfFailure(context: QuickFixContext): CodeAction[] {
    const element = fact(context, 'element');
    const covered = new Set(Array.isArray(context.data['people']) ? context.data['people'] as unknown[] : []);
    const others = context.index.actors.filter(actor => actor.name && isPeople(actor) && !covered.has(actor.name)).slice(0, MAX_CANDIDATES);
    switch (fact(context, 'kind')) {
        case 'tool': {
            const tool = declared(context.index, element, isTool);
            return tool ? others.map(actor => quickFix(`Add training: ${actor.name} trained on ${tool.name}`, [context.diagnostic],
                [appendToList(actor, 'trainedOn', 'trained on', [tool.name])], false)) : [];
        }
        case 'skill':
            return element ? others.map(actor => quickFix(`Add skill ${element} to ${actor.name}`, [context.diagnostic],
                [appendToList(actor, 'skills', 'skills', [element])], false)) : [];
        case 'task': {
            const task = declared(context.index, element, isTask);
            return task && !task.fallback ? others.map(actor => quickFix(`Add fallback: ${actor.name} stands in for ${task.name}`, [context.diagnostic],
                [addAttribute(task, `fallback ${actor.name}`)], false)) : [];
        }
        default:
            return [];
    }
}

/** automation-without-fallback: the owner (or a performer) does it by hand when the tool is down. */
function automationWithoutFallback(context: QuickFixContext): CodeAction[] {
    const task = declared(context.index, fact(context, 'task'), isTask);
    if (!task || task.fallback) return [];
    const people = [task.owner?.ref, ...task.performers.map(performer => performer.ref)].filter((actor): actor is Actor => actor !== undefined && isPeople(actor));
    return [...new Set(people)].map((actor, position) => quickFix(`Add fallback: ${actor.name} does ${task.name} by hand`, [context.diagnostic],
        [addAttribute(task, `fallback ${actor.name}`)], false, position === 0));
}

/** automation-without-oversight: a person the task escalates to; owners of its processes first. */
function automationWithoutOversight(context: QuickFixContext): CodeAction[] {
    const task = declared(context.index, fact(context, 'task'), isTask);
    if (!task || task.escalatesTo) return [];
    const first = new Set(context.index.processesOf(task).map(process => process.owner?.ref).filter((actor): actor is Actor => actor !== undefined && isPeople(actor)));
    const people = [...first, ...context.index.actors.filter(actor => isPeople(actor) && !first.has(actor))].slice(0, MAX_CANDIDATES);
    return people.map((actor, position) => quickFix(`Escalate to ${actor.name}${first.has(actor) ? ' (owns its process)' : ''}`, [context.diagnostic],
        [addAttribute(task, `escalates to ${actor.name}`)], false, position === 0 && first.has(actor)));
}

/** feedback-reaches-no-owner: send it to someone who owns what it is about. */
function feedbackReachesNoOwner(context: QuickFixContext): CodeAction[] {
    const feedback = declared(context.index, fact(context, 'feedback'), isFeedback);
    const owners = Array.isArray(context.data['owners']) ? (context.data['owners'] as unknown[]).filter((name): name is string => typeof name === 'string') : [];
    if (!feedback) return [];
    const target = feedback.target?.$refNode;
    return owners.slice(0, MAX_CANDIDATES).map((owner, position) => target
        ? {
            title: `Send it to ${owner}`,
            kind: 'quickfix',
            diagnostics: [context.diagnostic],
            isPreferred: position === 0 || undefined,
            edit: { changes: { [context.document.uri.toString()]: [{ range: target.range, newText: owner }] } }
        }
        : quickFix(`Send it to ${owner}`, [context.diagnostic], [addAttribute(feedback, `to ${owner}`)], false, position === 0));
}

/** manual-reentry: declare the integration the handoff is missing. */
function manualReentry(context: QuickFixContext): CodeAction[] {
    const from = declared(context.index, fact(context, 'fromTool'), isTool);
    const to = fact(context, 'toTool');
    if (!from || !to) return [];
    return [quickFix(`Add integration: ${from.name} feeds ${to}`, [context.diagnostic], [appendToList(from, 'feeds', 'feeds', [to])], false, true)];
}

/** unmeasured-process: an owned, reviewed metric measuring it. */
function unmeasuredProcess(context: QuickFixContext): CodeAction[] {
    const process = declared(context.index, fact(context, 'process'), isProcess);
    if (!process) return [];
    const owner = process.owner?.ref?.name ?? 'Owner';
    const name = freeName(context.index, `${process.name}Measure`);
    const metric = [
        `metric \${1:${name}} "\${2:What tells whether ${process.name} works}" {`,
        `  measures ${process.name}`,
        `  target "\${3:the target}"`,
        `  owner ${owner}`,
        `  review \${4|weekly,monthly,daily,quarterly,yearly|}`,
        `}`
    ].join('\n');
    return [quickFix(`Add a metric measuring ${process.name}`, [context.diagnostic], [addElementAfter(context.document, process, metric, true)], context.snippets, true)];
}

/** unused-element: remove an actor or tool nothing refers to (its whole lines). */
function unusedElement(context: QuickFixContext): CodeAction[] {
    const kind = fact(context, 'kind');
    if (kind !== 'actor' && kind !== 'tool') return [];
    const name = fact(context, 'element');
    const element: Element | undefined = kind === 'actor' ? declared(context.index, name, isActor) : declared(context.index, name, isTool);
    const range = element?.$cstNode?.range;
    if (!element || !range) return [];
    const text = context.document.textDocument;
    const lineStart = text.getText({ start: { line: range.start.line, character: 0 }, end: range.start }).trim() === '';
    const lineEnd = text.getText({ start: range.end, end: { line: range.end.line + 1, character: 0 } }).trim() === '';
    const removal = lineStart && lineEnd ? { start: { line: range.start.line, character: 0 }, end: { line: range.end.line + 1, character: 0 } } : range;
    return [{
        title: `Remove the unused ${kind} ${element.name}`,
        kind: 'quickfix',
        diagnostics: [context.diagnostic],
        edit: { changes: { [context.document.uri.toString()]: [{ range: removal, newText: '' }] } }
    }];
}

function peopleWorkingWith(index: SystemIndex, tool: Tool): Set<Actor> {
    const people = new Set<Actor>();
    for (const actor of index.actors) if (index.isTrainedOn(actor, tool)) people.add(actor);
    for (const task of index.tasksUsingTool(tool)) if (task.owner?.ref) people.add(task.owner.ref);
    return people;
}

function assignOwner(context: QuickFixContext, element: Element, first: ReadonlySet<Actor>, reason: string): CodeAction[] {
    const ordered = [...context.index.actors.filter(actor => first.has(actor)), ...context.index.actors.filter(actor => !first.has(actor))];
    return ordered.filter(actor => actor.name).slice(0, MAX_CANDIDATES).map((actor, position) =>
        quickFix(`Assign owner: ${actor.name}${first.has(actor) ? ` (${reason})` : ''}`, [context.diagnostic],
            [addAttribute(element, `owner ${actor.name}`)], false, position === 0 && first.has(actor)));
}

function freeName(index: SystemIndex, wanted: string): string {
    if (index.declared(wanted).length === 0) return wanted;
    for (let number = 2; ; number++) if (index.declared(`${wanted}${number}`).length === 0) return `${wanted}${number}`;
}

export const catalogueFixes: Readonly<Record<string, QuickFix>> = {
    'metric-without-review': metricWithoutReview,
    'metric-without-owner': metricWithoutOwner,
    'tool-without-owner': toolWithoutOwner,
    'personal-data-without-owner': toolWithoutOwner,
    'skill-gap': skillGap,
    'handoff-skill-gap': skillGap,
    'unstaffed-skill': unstaffedSkill,
    'tool-without-trained-user': toolWithoutTrainedUser,
    'single-point-of-failure': singlePointOfFailure,
    'automation-without-fallback': automationWithoutFallback,
    'automation-without-oversight': automationWithoutOversight,
    'feedback-reaches-no-owner': feedbackReachesNoOwner,
    'manual-reentry': manualReentry,
    'unmeasured-process': unmeasuredProcess,
    'unused-element': unusedElement,
    'sts-ignore-without-reason': addSuppressionReason,
    'unused-suppression': removeSuppression
};

/**
 * Fixes for the other catalogue rules, where the fix is knowable from the
 * finding's facts: give a metric its missing review cadence or owner, give a
 * tool an owner, give an actor the skill a task needs, measure an unmeasured
 * process. Each reads only names from the diagnostic's data and offers nothing
 * when they are missing.
 */
import type { CodeAction } from 'vscode-languageserver-types';
import type { Actor, Tool } from '../../language/generated/ast.js';
import { isActor, isMetric, isProcess, isTask, isTool } from '../../language/generated/ast.js';
import type { SystemIndex } from '../../model/system-index.js';
import { addAttribute, appendToList } from './element-edits.js';
import { missingFeedbackLoopFixes } from './missing-feedback-loop.js';
import { declared, fact, quickFix, type QuickFix, type QuickFixContext } from './quick-fix.js';

const CADENCES = 'monthly,weekly,quarterly,daily,yearly';

/** metric-without-review: add the missing `review` cadence and/or `target`. */
function metricWithoutReview(context: QuickFixContext): CodeAction[] {
    const metric = declared(context.index, fact(context, 'metric'), isMetric);
    if (!metric) return [];
    const actions: CodeAction[] = [];
    if (!metric.review) {
        actions.push(quickFix(`Add a review cadence to ${metric.name}`, [context.diagnostic],
            [addAttribute(metric, `review \${1|${CADENCES}|}`, true)], context.snippets, true));
    }
    if (metric.target === undefined) {
        actions.push(quickFix(`Add a target to ${metric.name}`, [context.diagnostic],
            [addAttribute(metric, 'target "${1:the target}"', true)], context.snippets, metric.review !== undefined));
    }
    return actions;
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
    return assignOwner(context, metric, context.index, first, 'owns what it measures');
}

/** tool-without-owner, personal-data-without-owner: people trained on it or working with it first. */
function toolWithoutOwner(context: QuickFixContext): CodeAction[] {
    const tool = declared(context.index, fact(context, 'tool'), isTool);
    if (!tool || tool.owner) return [];
    return assignOwner(context, tool, context.index, peopleWorkingWith(context.index, tool), `works with ${tool.name}`);
}

/** skill-gap, handoff-skill-gap: give the actor the skill the task needs. */
function skillGap(context: QuickFixContext): CodeAction[] {
    const actor = declared(context.index, fact(context, 'actor'), isActor);
    const skill = fact(context, 'skill');
    if (!actor || !skill || actor.skills.includes(skill)) return [];
    return [quickFix(`Add skill ${skill} to ${actor.name}`, [context.diagnostic], [appendToList(actor, 'skills', 'skills', [skill])], false, true)];
}

/** unstaffed-skill: give the skill to the owner of a task that needs it. */
function unstaffedSkill(context: QuickFixContext): CodeAction[] {
    const skill = fact(context, 'skill');
    if (!skill) return [];
    const task = declared(context.index, fact(context, 'task'), isTask);
    const owners = task ? [task.owner?.ref] : context.index.tasks.filter(other => other.needs.includes(skill)).map(other => other.owner?.ref);
    const unique = [...new Set(owners.filter(owner => owner !== undefined))];
    return unique.map((actor, position) => quickFix(`Add skill ${skill} to ${actor.name}`, [context.diagnostic],
        [appendToList(actor, 'skills', 'skills', [skill])], false, position === 0));
}

/** tool-without-trained-user: train the owners of the tasks that use it. */
function toolWithoutTrainedUser(context: QuickFixContext): CodeAction[] {
    const tool = declared(context.index, fact(context, 'tool'), isTool);
    if (!tool) return [];
    const users = new Set(context.index.tasksUsingTool(tool).map(task => task.owner?.ref).filter(owner => owner !== undefined));
    return [...users].map((actor, position) => quickFix(`Add training: ${actor.name} trained on ${tool.name}`, [context.diagnostic],
        [appendToList(actor, 'trainedOn', 'trained on', [tool.name])], false, position === 0));
}

/** unmeasured-process: the same skeletons as a missing feedback loop, the metric first. */
function unmeasuredProcess(context: QuickFixContext): CodeAction[] {
    if (!declared(context.index, fact(context, 'process'), isProcess)) return [];
    return missingFeedbackLoopFixes(context).reverse().map((action, position) => ({ ...action, isPreferred: position === 0 || undefined }));
}

function peopleWorkingWith(index: SystemIndex, tool: Tool): Set<Actor> {
    const people = new Set<Actor>();
    for (const actor of index.actors) if (index.isTrainedOn(actor, tool)) people.add(actor);
    for (const task of index.tasksUsingTool(tool)) if (task.owner?.ref) people.add(task.owner.ref);
    return people;
}

function assignOwner(context: QuickFixContext, element: Parameters<typeof addAttribute>[0], index: SystemIndex, first: ReadonlySet<Actor>, reason: string): CodeAction[] {
    const ordered = [...index.actors.filter(actor => first.has(actor)), ...index.actors.filter(actor => !first.has(actor))];
    return ordered.filter(actor => actor.name).map((actor, position) =>
        quickFix(`Assign owner: ${actor.name}${first.has(actor) ? ` (${reason})` : ''}`, [context.diagnostic],
            [addAttribute(element, `owner ${actor.name}`)], false, position === 0 && first.has(actor)));
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
    'unmeasured-process': unmeasuredProcess
};

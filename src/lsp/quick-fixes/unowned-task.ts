/**
 * unowned-task: "Assign owner: <actor>", one action per actor. Those who already
 * work with the task's tools (own or perform a task using them, or are trained on
 * them), own one of them, or have a skill it needs come first, with the reason in the title; then
 * everyone else. Only the business's people are offered (docs/people.md): never a
 * customer, an outside party, a supplier, an agent or a role nobody fills.
 *
 * No "fix all": choosing who is accountable is a judgement, not a mechanical edit.
 */
import type { CodeAction } from 'vscode-languageserver-types';
import type { Actor, Task } from '../../language/generated/ast.js';
import { isTask } from '../../language/generated/ast.js';
import type { SystemIndex } from '../../model/system-index.js';
import { addAttribute } from './element-edits.js';
import { declared, fact, quickFix, type QuickFixContext } from './quick-fix.js';

export function unownedTaskFixes(context: QuickFixContext): CodeAction[] {
    const task = declared(context.index, fact(context, 'task'), isTask);
    if (!task || task.owner) return [];
    return ownerCandidates(context.index, task).map(({ actor, reason }, position) =>
        quickFix(`Assign owner: ${actor.name}${reason ? ` (${reason})` : ''}`, [context.diagnostic],
            [addAttribute(task, `owner ${actor.name}`)], false, position === 0 && reason !== undefined));
}

export interface OwnerCandidate {
    readonly actor: Actor;
    /** why this actor is suggested first, in words */
    readonly reason?: string;
}

export function ownerCandidates(index: SystemIndex, task: Task): OwnerCandidate[] {
    const tools = [...task.uses.map(reference => reference.ref), task.automatedBy?.ref].filter(tool => tool !== undefined);
    const reasons = new Map<Actor, string>();
    const answerable = index.people.answerable().filter(actor => actor.name);
    for (const actor of answerable) {
        const used = tools.find(tool => index.isTrainedOn(actor, tool)
            || index.ownedTasks(actor).some(other => other.uses.some(reference => reference.ref === tool))
            || index.performedTasks(actor).some(other => other.uses.some(reference => reference.ref === tool)));
        if (used) { reasons.set(actor, `works with ${used.name}`); continue; }
        const owned = tools.find(tool => tool.owner?.ref === actor);
        if (owned) { reasons.set(actor, `owns ${owned.name}`); continue; }
        const skill = task.needs.find(needed => actor.skills.includes(needed));
        if (skill) reasons.set(actor, `has ${skill}`);
    }
    const rank = (actor: Actor) => reasons.has(actor) ? 0 : 1;
    return answerable
        .map((actor, order) => ({ actor, order }))
        .sort((a, b) => rank(a.actor) - rank(b.actor) || a.order - b.order)
        .map(({ actor }) => ({ actor, reason: reasons.get(actor) }));
}

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
import { assignOwner } from './candidates.js';
import { declared, fact, type QuickFixContext } from './quick-fix.js';

export function unownedTaskFixes(context: QuickFixContext): CodeAction[] {
    const task = declared(context.index, fact(context, 'task'), isTask);
    if (!task || task.owner) return [];
    return assignOwner(context, task, ownerReasons(context.index, task));
}

/** Why someone of the business is a likely owner: works with the task's tools, owns one of them, or has a skill it needs. */
function ownerReasons(index: SystemIndex, task: Task): Map<Actor, string> {
    const tools = [...task.uses.map(reference => reference.ref), task.automatedBy?.ref].filter(tool => tool !== undefined);
    const reasons = new Map<Actor, string>();
    for (const actor of index.people.answerable()) {
        const used = tools.find(tool => index.isTrainedOn(actor, tool)
            || index.ownedTasks(actor).some(other => other.uses.some(reference => reference.ref === tool))
            || index.performedTasks(actor).some(other => other.uses.some(reference => reference.ref === tool)));
        if (used) { reasons.set(actor, `works with ${used.name}`); continue; }
        const owned = tools.find(tool => tool.owner?.ref === actor);
        if (owned) { reasons.set(actor, `owns ${owned.name}`); continue; }
        const skill = task.needs.find(needed => actor.skills.includes(needed));
        if (skill) reasons.set(actor, `has ${skill}`);
    }
    return reasons;
}

/**
 * automation-without-oversight: a person the task escalates to; owners of its processes first.
 */
import type { CodeAction } from 'vscode-languageserver-types';
import type { Actor } from '../../language/generated/ast.js';
import { isTask } from '../../language/generated/ast.js';
import { isPeople, MAX_CANDIDATES } from './candidates.js';
import { addAttribute } from './element-edits.js';
import { declared, fact, quickFix, type QuickFixContext } from './quick-fix.js';

export function automationWithoutOversightFixes(context: QuickFixContext): CodeAction[] {
    const task = declared(context.index, fact(context, 'task'), isTask);
    if (!task || task.escalatesTo) return [];
    const first = new Set(context.index.processesOf(task).map(process => process.owner?.ref).filter((actor): actor is Actor => actor !== undefined && isPeople(actor)));
    const people = [...first, ...context.index.actors.filter(actor => isPeople(actor) && !first.has(actor))].slice(0, MAX_CANDIDATES);
    return people.map((actor, position) => quickFix(`Escalate to ${actor.name}${first.has(actor) ? ' (owns its process)' : ''}`, [context.diagnostic],
        [addAttribute(task, `escalates to ${actor.name}`)], false, position === 0 && first.has(actor)));
}

/**
 * automation-without-oversight: a person the task escalates to; owners of its processes first.
 */
import type { CodeAction } from 'vscode-languageserver-types';
import type { Actor } from '../../language/generated/ast.js';
import { isTask } from '../../language/generated/ast.js';
import { answerers, because } from './candidates.js';
import { addAttribute } from './element-edits.js';
import { declared, fact, quickFix, type QuickFixContext } from './quick-fix.js';

export function automationWithoutOversightFixes(context: QuickFixContext): CodeAction[] {
    const task = declared(context.index, fact(context, 'task'), isTask);
    if (!task || task.escalatesTo) return [];
    const owners = context.index.processesOf(task).map(process => process.owner?.ref).filter((actor): actor is Actor => actor !== undefined);
    return answerers(context.index, because(owners, 'owns its process')).map(({ actor, reason }, position) => quickFix(`Escalate to ${actor.name}${reason ? ` (${reason})` : ''}`, [context.diagnostic],
        [addAttribute(task, `escalates to ${actor.name}`)], false, position === 0 && reason !== undefined));
}

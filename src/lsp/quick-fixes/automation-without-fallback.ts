/**
 * automation-without-fallback: the owner (or a performer) does it by hand when the tool is down.
 */
import type { CodeAction } from 'vscode-languageserver-types';
import type { Actor } from '../../language/generated/ast.js';
import { isTask } from '../../language/generated/ast.js';
import { addAttribute } from './element-edits.js';
import { declared, fact, quickFix, type QuickFixContext } from './quick-fix.js';

export function automationWithoutFallbackFixes(context: QuickFixContext): CodeAction[] {
    const task = declared(context.index, fact(context, 'task'), isTask);
    if (!task || task.fallback) return [];
    const people = [task.owner?.ref, ...task.performers.map(performer => performer.ref)].filter((actor): actor is Actor => context.index.people.canAnswerFor(actor));
    return [...new Set(people)].map((actor, position) => quickFix(`Add fallback: ${actor.name} does ${task.name} by hand`, [context.diagnostic],
        [addAttribute(task, `fallback ${actor.name}`)], false, position === 0));
}

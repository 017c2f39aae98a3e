/**
 * skill-gap (the owner lacks it), handoff-skill-gap (the receiver lacks it): give them the skill.
 */
import type { CodeAction } from 'vscode-languageserver-types';
import { isActor } from '../../language/generated/ast.js';
import { appendToList } from './element-edits.js';
import { declared, fact, quickFix, type QuickFixContext } from './quick-fix.js';

export function skillGapFixes(context: QuickFixContext): CodeAction[] {
    const actor = declared(context.index, fact(context, 'actor'), isActor);
    const skill = fact(context, 'skill');
    if (!actor || !skill || actor.skills.includes(skill)) return [];
    return [quickFix(`Add skill ${skill} to ${actor.name}`, [context.diagnostic], [appendToList(actor, 'skills', 'skills', [skill])], false, true)];
}

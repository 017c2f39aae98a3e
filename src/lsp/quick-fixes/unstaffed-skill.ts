/**
 * unstaffed-skill: give the skill to the owner of the task that needs it.
 */
import type { CodeAction } from 'vscode-languageserver-types';
import { isActor } from '../../language/generated/ast.js';
import { appendToList } from './element-edits.js';
import { declared, fact, quickFix, type QuickFixContext } from './quick-fix.js';

export function unstaffedSkillFixes(context: QuickFixContext): CodeAction[] {
    const skill = fact(context, 'skill');
    const owner = declared(context.index, fact(context, 'owner'), isActor);
    if (!skill || !owner || owner.skills.includes(skill)) return [];
    return [quickFix(`Add skill ${skill} to ${owner.name}`, [context.diagnostic], [appendToList(owner, 'skills', 'skills', [skill])], false, true)];
}

/**
 * single-point-of-failure: train someone else on the tool, give the skill to someone else, or name a stand-in for the task.
 */
import type { CodeAction } from 'vscode-languageserver-types';
import { isTask, isTool } from '../../language/generated/ast.js';
import { answerers } from './candidates.js';
import { addAttribute, appendToList } from './element-edits.js';
import { declared, fact, quickFix, type QuickFixContext } from './quick-fix.js';

export function singlePointOfFailureFixes(context: QuickFixContext): CodeAction[] {
    const element = fact(context, 'element');
    const covered = new Set(Array.isArray(context.data['people']) ? context.data['people'] as unknown[] : []);
    const others = answerers(context.index).map(({ actor }) => actor).filter(actor => !covered.has(actor.name));
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

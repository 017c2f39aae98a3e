/**
 * single-point-of-failure: train someone else on the tool, give the skill to someone else (with training on the tools
 * only that skill's work uses, which its finding names), or name a stand-in for the task.
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
        case 'skill': {
            if (!element) return [];
            // a tool only this skill's work uses is named in the finding: the stand-in learns both
            const tools = (Array.isArray(context.data['tools']) ? context.data['tools'] as unknown[] : [])
                .map(name => declared(context.index, typeof name === 'string' ? name : undefined, isTool)).filter(tool => tool !== undefined);
            return others.map(actor => {
                const untrained = tools.filter(tool => !context.index.isTrainedOn(actor, tool)).map(tool => tool.name);
                const edits = untrained.length === 0 ? [appendToList(actor, 'skills', 'skills', [element])]
                    : actor.skills.length === 0 && actor.trainedOn.length === 0 ? [addAttribute(actor, [`skills ${element}`, `trained on ${untrained.join(', ')}`])]
                        : [appendToList(actor, 'skills', 'skills', [element]), appendToList(actor, 'trainedOn', 'trained on', untrained)];
                const title = untrained.length === 0 ? `Add skill ${element} to ${actor.name}` : `Add skill ${element} and training on ${untrained.join(', ')} to ${actor.name}`;
                return quickFix(title, [context.diagnostic], edits, false);
            });
        }
        case 'task': {
            const task = declared(context.index, element, isTask);
            return task && !task.fallback ? others.map(actor => quickFix(`Add fallback: ${actor.name} stands in for ${task.name}`, [context.diagnostic],
                [addAttribute(task, `fallback ${actor.name}`)], false)) : [];
        }
        default:
            return [];
    }
}

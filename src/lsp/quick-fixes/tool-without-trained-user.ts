/**
 * tool-without-trained-user: train the owners and performers of the tasks that use it.
 */
import type { CodeAction } from 'vscode-languageserver-types';
import type { Actor } from '../../language/generated/ast.js';
import { isTool } from '../../language/generated/ast.js';
import { appendToList } from './element-edits.js';
import { declared, fact, quickFix, type QuickFixContext } from './quick-fix.js';

export function toolWithoutTrainedUserFixes(context: QuickFixContext): CodeAction[] {
    const tool = declared(context.index, fact(context, 'tool'), isTool);
    if (!tool) return [];
    const users = new Set<Actor>();
    for (const task of context.index.tasksUsingTool(tool)) {
        if (task.owner?.ref) users.add(task.owner.ref);
        for (const performer of task.performers) if (performer.ref) users.add(performer.ref);
    }
    return [...users].map((actor, position) => quickFix(`Add training: ${actor.name} trained on ${tool.name}`, [context.diagnostic],
        [appendToList(actor, 'trainedOn', 'trained on', [tool.name])], false, position === 0));
}

/**
 * tool-without-owner, personal-data-without-owner: people trained on it or working with it first.
 */
import type { CodeAction } from 'vscode-languageserver-types';
import { isTool } from '../../language/generated/ast.js';
import { assignOwner, because, peopleWorkingWith } from './candidates.js';
import { declared, fact, type QuickFixContext } from './quick-fix.js';

export function toolWithoutOwnerFixes(context: QuickFixContext): CodeAction[] {
    const tool = declared(context.index, fact(context, 'tool'), isTool);
    if (!tool || tool.owner) return [];
    return assignOwner(context, tool, because(peopleWorkingWith(context.index, tool), `works with ${tool.name}`));
}

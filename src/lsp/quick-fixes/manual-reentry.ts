/**
 * manual-reentry: declare the integration the handoff is missing.
 */
import type { CodeAction } from 'vscode-languageserver-types';
import { isTool } from '../../language/generated/ast.js';
import { appendToList } from './element-edits.js';
import { declared, fact, quickFix, type QuickFixContext } from './quick-fix.js';

export function manualReentryFixes(context: QuickFixContext): CodeAction[] {
    const from = declared(context.index, fact(context, 'fromTool'), isTool);
    const to = fact(context, 'toTool');
    if (!from || !to) return [];
    return [quickFix(`Add integration: ${from.name} feeds ${to}`, [context.diagnostic], [appendToList(from, 'feeds', 'feeds', [to])], false, true)];
}

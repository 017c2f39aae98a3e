/**
 * feedback-reaches-no-owner: send it to someone who owns what it is about.
 */
import type { CodeAction } from 'vscode-languageserver-types';
import { isFeedback } from '../../language/generated/ast.js';
import { MAX_CANDIDATES } from './candidates.js';
import { addAttribute } from './element-edits.js';
import { declared, fact, quickFix, type QuickFixContext } from './quick-fix.js';

export function feedbackReachesNoOwnerFixes(context: QuickFixContext): CodeAction[] {
    const feedback = declared(context.index, fact(context, 'feedback'), isFeedback);
    const owners = Array.isArray(context.data['owners']) ? (context.data['owners'] as unknown[]).filter((name): name is string => typeof name === 'string') : [];
    if (!feedback) return [];
    const target = feedback.target?.$refNode;
    return owners.slice(0, MAX_CANDIDATES).map((owner, position) => target
        ? {
            title: `Send it to ${owner}`,
            kind: 'quickfix',
            diagnostics: [context.diagnostic],
            isPreferred: position === 0 || undefined,
            edit: { changes: { [context.document.uri.toString()]: [{ range: target.range, newText: owner }] } }
        }
        : quickFix(`Send it to ${owner}`, [context.diagnostic], [addAttribute(feedback, `to ${owner}`)], false, position === 0));
}

/**
 * metric-without-review: add what is missing, the review cadence and/or the target, in one edit.
 */
import type { CodeAction } from 'vscode-languageserver-types';
import { isMetric } from '../../language/generated/ast.js';
import { addAttribute } from './element-edits.js';
import { declared, fact, quickFix, type QuickFixContext } from './quick-fix.js';

const CADENCES = 'monthly,weekly,quarterly,daily,yearly';

export function metricWithoutReviewFixes(context: QuickFixContext): CodeAction[] {
    const metric = declared(context.index, fact(context, 'metric'), isMetric);
    if (!metric) return [];
    const lines: string[] = [];
    if (metric.target === undefined) lines.push('target "${1:the target}"');
    if (!metric.review) lines.push(`review \${2|${CADENCES}|}`);
    if (lines.length === 0) return [];
    const title = lines.length === 2 ? `Add a target and a review cadence to ${metric.name}` : metric.review ? `Add a target to ${metric.name}` : `Add a review cadence to ${metric.name}`;
    return [quickFix(title, [context.diagnostic], [addAttribute(metric, lines, true)], context.snippets, true)];
}

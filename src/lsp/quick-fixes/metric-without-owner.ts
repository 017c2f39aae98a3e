/**
 * metric-without-owner: the owners of what it measures first, then everyone.
 */
import type { CodeAction } from 'vscode-languageserver-types';
import type { Actor } from '../../language/generated/ast.js';
import { isMetric } from '../../language/generated/ast.js';
import { assignOwner, because } from './candidates.js';
import { declared, fact, type QuickFixContext } from './quick-fix.js';

export function metricWithoutOwnerFixes(context: QuickFixContext): CodeAction[] {
    const metric = declared(context.index, fact(context, 'metric'), isMetric);
    if (!metric || metric.owner) return [];
    const first = new Set<Actor>();
    for (const subject of metric.measures) {
        const owner = subject.ref?.owner?.ref;
        if (owner) first.add(owner);
    }
    return assignOwner(context, metric, because(first, 'owns what it measures'));
}

/**
 * unmeasured-process: an owned, reviewed metric measuring it.
 */
import type { CodeAction } from 'vscode-languageserver-types';
import { isProcess } from '../../language/generated/ast.js';
import { freeName } from './candidates.js';
import { addElementAfter } from './element-edits.js';
import { declared, fact, quickFix, type QuickFixContext } from './quick-fix.js';

export function unmeasuredProcessFixes(context: QuickFixContext): CodeAction[] {
    const process = declared(context.index, fact(context, 'process'), isProcess);
    if (!process) return [];
    const owner = process.owner?.ref?.name ?? 'Owner';
    const name = freeName(context.index, `${process.name}Measure`);
    const metric = [
        `metric \${1:${name}} "\${2:What tells whether ${process.name} works}" {`,
        `  measures ${process.name}`,
        `  target "\${3:the target}"`,
        `  owner ${owner}`,
        `  review \${4|weekly,monthly,daily,quarterly,yearly|}`,
        `}`
    ].join('\n');
    return [quickFix(`Add a metric measuring ${process.name}`, [context.diagnostic], [addElementAfter(context.document, process, metric, true)], context.snippets, true)];
}

/**
 * unmeasured-process: an owned, reviewed metric measuring it, owned by whoever
 * answers for the process (its owner, else an owner of one of its tasks), else
 * by one of the business's people to choose — never a made-up name.
 */
import type { CodeAction } from 'vscode-languageserver-types';
import { isProcess } from '../../language/generated/ast.js';
import { freeName, ownerText, processAnswerer } from './candidates.js';
import { addElementAfter } from './element-edits.js';
import { declared, fact, quickFix, type QuickFixContext } from './quick-fix.js';

export function unmeasuredProcessFixes(context: QuickFixContext): CodeAction[] {
    const process = declared(context.index, fact(context, 'process'), isProcess);
    if (!process) return [];
    const answerer = processAnswerer(context.index, process);
    const owner = ownerText(context.index, answerer, 5);
    if (owner === undefined) return [];
    const name = freeName(context.index, `${process.name}Measure`);
    const metric = [
        `metric \${1:${name}} "\${2:What tells whether ${process.name} works}" {`,
        `  measures ${process.name}`,
        `  target "\${3:the target}"`,
        `  owner ${owner}`,
        `  review \${4|weekly,monthly,daily,quarterly,yearly|}`,
        `}`
    ].join('\n');
    return [quickFix(`Add a metric measuring ${process.name}${answerer ? `, owned by ${answerer.name}` : ''}`, [context.diagnostic], [addElementAfter(context.document, process, metric, true)], context.snippets, true)];
}

/**
 * unused-element: remove an actor or tool nothing refers to (its whole lines).
 */
import type { CodeAction } from 'vscode-languageserver-types';
import type { Element } from '../../language/generated/ast.js';
import { isActor, isTool } from '../../language/generated/ast.js';
import { declared, fact, type QuickFixContext } from './quick-fix.js';

export function unusedElementFixes(context: QuickFixContext): CodeAction[] {
    const kind = fact(context, 'kind');
    if (kind !== 'actor' && kind !== 'tool') return [];
    const name = fact(context, 'element');
    const element: Element | undefined = kind === 'actor' ? declared(context.index, name, isActor) : declared(context.index, name, isTool);
    const range = element?.$cstNode?.range;
    if (!element || !range) return [];
    const text = context.document.textDocument;
    const lineStart = text.getText({ start: { line: range.start.line, character: 0 }, end: range.start }).trim() === '';
    const lineEnd = text.getText({ start: range.end, end: { line: range.end.line + 1, character: 0 } }).trim() === '';
    const removal = lineStart && lineEnd ? { start: { line: range.start.line, character: 0 }, end: { line: range.end.line + 1, character: 0 } } : range;
    return [{
        title: `Remove the unused ${kind} ${element.name}`,
        kind: 'quickfix',
        diagnostics: [context.diagnostic],
        edit: { changes: { [context.document.uri.toString()]: [{ range: removal, newText: '' }] } }
    }];
}

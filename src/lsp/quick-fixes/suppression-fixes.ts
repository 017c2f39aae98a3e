/**
 * Fixes for the findings about `sts-ignore` comments themselves: give a
 * suppression its missing reason (a reason written without the colon becomes
 * one), and remove a suppression that silences nothing.
 */
import type { CodeAction } from 'vscode-languageserver-types';
import { quickFix, type QuickFixContext } from './quick-fix.js';

const IGNORE = /^(\/\/\s*sts-ignore\s+(?:[\w-]+\s*,\s*)*[\w-]+)(.*)$/;

/** sts-ignore-without-reason */
export function addSuppressionReason(context: QuickFixContext): CodeAction[] {
    const range = context.diagnostic.range;
    const comment = context.document.textDocument.getText(range);
    const match = IGNORE.exec(comment);
    if (!match) return [];
    const ids = match[1]!;
    const rest = match[2]!;
    const uri = context.document.uri.toString();
    const lineEnd = { line: range.end.line, character: range.end.character };
    const afterIds = { line: range.start.line, character: range.start.character + ids.length };
    if (rest.trim().startsWith(':')) {
        const text = rest.endsWith(' ') ? 'reason' : ' reason';
        return [quickFix('Add the reason for this sts-ignore', [context.diagnostic], [{ uri, position: lineEnd, text, snippet: text.replace('reason', '${1:reason}') }], context.snippets, true)];
    }
    if (rest.trim() !== '') {
        // `// sts-ignore untrained-user trained informally`: the words were meant as the reason.
        return [quickFix(`Make “${rest.trim()}” the reason`, [context.diagnostic], [{ uri, position: afterIds, text: ':' }], false, true)];
    }
    return [quickFix('Add the reason for this sts-ignore', [context.diagnostic], [{ uri, position: afterIds, text: ': reason', snippet: ': ${1:reason}' }], context.snippets, true)];
}

/** unused-suppression: remove the comment (its whole line when it stands alone). */
export function removeSuppression(context: QuickFixContext): CodeAction[] {
    const range = context.diagnostic.range;
    const line = range.start.line;
    const before = context.document.textDocument.getText({ start: { line, character: 0 }, end: range.start });
    const wholeLine = before.trim() === '';
    const removal = wholeLine ? { start: { line, character: 0 }, end: { line: line + 1, character: 0 } } : range;
    return [{
        title: 'Remove this sts-ignore comment',
        kind: 'quickfix',
        diagnostics: [context.diagnostic],
        isPreferred: true,
        edit: { changes: { [context.document.uri.toString()]: [{ range: removal, newText: '' }] } }
    }];
}

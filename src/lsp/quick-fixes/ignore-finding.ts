/**
 * "Ignore with reason" for every rule: a `// sts-ignore <rule-id>: <reason>`
 * comment on its own line just above the line the finding starts on, indented
 * like it. The reason is a placeholder to type over: a suppression without a
 * reason says nothing to the next reader.
 */
import type { CodeAction } from 'vscode-languageserver-types';
import { quickFix, type QuickFixContext } from './quick-fix.js';

export function ignoreFinding(context: QuickFixContext, ruleId: string): CodeAction {
    const line = context.diagnostic.range.start.line;
    const lineText = context.document.textDocument.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } });
    const indent = /^[ \t]*/.exec(lineText)?.[0] ?? '';
    const snippet = `${indent}// sts-ignore ${ruleId}: \${1:reason}\n`;
    return quickFix(`Ignore ${ruleId} here, with a reason`, [context.diagnostic], [{
        uri: context.document.uri.toString(),
        position: { line, character: 0 },
        text: `${indent}// sts-ignore ${ruleId}: reason\n`,
        snippet
    }], context.snippets);
}

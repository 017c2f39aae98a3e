/** `sts check`: prints `file:line:col severity rule-id message`, one finding a line. */
import * as path from 'node:path';
import type { Diagnostic } from 'vscode-languageserver-types';
import { findStsFiles, loadWorkspace } from './load-workspace.js';

const SEVERITY_WORDS = ['error', 'warning', 'info', 'hint'] as const;

export async function runCheck(args: readonly string[], out: NodeJS.WritableStream): Promise<number> {
    const files = findStsFiles(args);
    const { documents } = await loadWorkspace(files);
    let errors = 0;
    for (const document of documents) {
        const file = path.relative(process.cwd(), document.uri.fsPath) || document.uri.fsPath;
        for (const diagnostic of sortByPosition(document.diagnostics ?? [])) {
            const severity = severityWord(diagnostic);
            if (severity === 'error') errors++;
            const { line, character } = diagnostic.range.start;
            out.write(`${file}:${line + 1}:${character + 1} ${severity} ${ruleOf(diagnostic)} ${messageOf(diagnostic)}\n`);
        }
    }
    return errors > 0 ? 1 : 0;
}

export function severityWord(diagnostic: Diagnostic): (typeof SEVERITY_WORDS)[number] {
    return SEVERITY_WORDS[(diagnostic.severity ?? 1) - 1] ?? 'error';
}

/** The rule id, or `parse-error` for text the grammar cannot read. */
export function ruleOf(diagnostic: Diagnostic): string {
    return diagnostic.code !== undefined ? String(diagnostic.code) : 'parse-error';
}

function messageOf(diagnostic: Diagnostic): string {
    const message = typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value;
    return message.replace(/\s+/g, ' ');
}

function sortByPosition(diagnostics: Diagnostic[]): Diagnostic[] {
    return [...diagnostics].sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
}

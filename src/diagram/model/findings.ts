/**
 * The findings of documents as plain data: rule id, severity, message, where.
 */
import type { LangiumDocument } from 'langium';
import type { Diagnostic } from 'vscode-languageserver-types';
import { SEVERITIES, type DiagramFinding } from './diagram-model.js';

export function findingsOfDocuments(documents: Iterable<LangiumDocument>): DiagramFinding[] {
    const findings: DiagramFinding[] = [];
    for (const document of documents) {
        const uri = document.uri.toString();
        for (const diagnostic of document.diagnostics ?? []) findings.push(findingOf(diagnostic, uri));
    }
    return findings;
}

export function findingOf(diagnostic: Diagnostic, uri: string): DiagramFinding {
    const code = diagnostic.code ?? (diagnostic.data as { code?: unknown } | undefined)?.code;
    return {
        rule: code !== undefined ? String(code) : 'parse-error',
        severity: SEVERITIES[(diagnostic.severity ?? 1) - 1] ?? 'error',
        message: typeof diagnostic.message === 'string' ? diagnostic.message : String(diagnostic.message),
        uri,
        range: diagnostic.range
    };
}

/**
 * The findings of documents as the diagram shows them: the one conversion of
 * a diagnostic (validation/diagnostic-findings.ts), with the file it is in.
 */
import type { LangiumDocument } from 'langium';
import type { Diagnostic } from 'vscode-languageserver-types';
import { findingOf as findingOfDiagnostic } from '../../validation/diagnostic-findings.js';
import type { DiagramFinding } from './diagram-model.js';

export function findingsOfDocuments(documents: Iterable<LangiumDocument>): DiagramFinding[] {
    const findings: DiagramFinding[] = [];
    for (const document of documents) {
        const uri = document.uri.toString();
        for (const diagnostic of document.diagnostics ?? []) findings.push(findingOf(diagnostic, uri));
    }
    return findings;
}

function findingOf(diagnostic: Diagnostic, uri: string): DiagramFinding {
    const { rule, severity, message, range } = findingOfDiagnostic(diagnostic);
    return { rule, severity, message, uri, range };
}

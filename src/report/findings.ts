/**
 * The findings of a checked workspace as the command line and reports present
 * them: file paths relative to the working folder, 1-based lines and columns,
 * the rule id, its documentation link, the related places, and — separately —
 * the findings that `sts-ignore` comments silenced, with their reasons.
 */
import type { LangiumDocument } from 'langium';
import type { Range } from 'vscode-languageserver-types';
import { ruleDocsUrl } from '../config/rule-docs.js';
import type { StsCoreServices } from '../validation/core-services.js';
import type { Severity } from '../rules/rule.js';
import { findingOf, type DiagnosticFinding } from '../validation/diagnostic-findings.js';
import { displayPath } from '../workspace/display-path.js';

export interface Place {
    readonly file: string;
    readonly uri: string;
    /** 1-based */
    readonly line: number;
    readonly column: number;
    readonly endLine: number;
    readonly endColumn: number;
}

/** A finding (validation/diagnostic-findings.ts) placed for people: 1-based lines, a path from the working folder, its doc link. */
export interface ReportedFinding extends Place, Omit<DiagnosticFinding, 'range'> {
    readonly helpUri: string;
    readonly related: ReadonlyArray<Place & { readonly message: string }>;
}

export interface SilencedFinding extends Place {
    readonly rule: string;
    readonly severity: Severity;
    readonly message: string;
    readonly reason: string | undefined;
    readonly helpUri: string;
}

export interface CheckedFindings {
    readonly files: readonly string[];
    readonly findings: readonly ReportedFinding[];
    readonly suppressed: readonly SilencedFinding[];
}

export function collectFindings(services: StsCoreServices, documents: readonly LangiumDocument[], cwd = process.cwd()): CheckedFindings {
    const findings: ReportedFinding[] = [];
    const suppressed: SilencedFinding[] = [];
    for (const document of documents) {
        const uri = document.uri.toString();
        for (const diagnostic of document.diagnostics ?? []) {
            const { range, ...finding } = findingOf(diagnostic);
            findings.push({
                ...place(uri, range, cwd), ...finding,
                helpUri: diagnostic.codeDescription?.href ?? ruleDocsUrl(finding.rule),
                related: (diagnostic.relatedInformation ?? []).map(related => ({ ...place(related.location.uri, related.location.range, cwd), message: related.message }))
            });
        }
        for (const silenced of services.validation.SuppressionLog.forDocument(uri)) {
            suppressed.push({
                ...place(uri, silenced.range, cwd), rule: silenced.rule, severity: silenced.severity,
                message: silenced.message, reason: silenced.reason, helpUri: ruleDocsUrl(silenced.rule)
            });
        }
    }
    return { files: documents.map(document => displayPath(document.uri.toString(), cwd)), findings: findings.sort(byPlace), suppressed: suppressed.sort(byPlace) };
}

function place(uri: string, range: Range, cwd: string): Place {
    return {
        file: displayPath(uri, cwd), uri,
        line: range.start.line + 1, column: range.start.character + 1,
        endLine: range.end.line + 1, endColumn: range.end.character + 1
    };
}

function byPlace(a: Place, b: Place): number {
    return a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column;
}

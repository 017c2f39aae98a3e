/**
 * A diagnostic read back as a finding: which rule said it (`parse-error` for
 * text the grammar cannot read), how severe, what it says in one line, where,
 * and the facts the rule attached. The one conversion: the diagram, the report,
 * the command line, impact, the MCP tools and the quick fixes all read
 * diagnostics through it.
 */
import type { Diagnostic, Range } from 'vscode-languageserver-types';
import type { Severity } from '../rules/rule.js';

export const PARSE_ERROR = 'parse-error';

/** Worst first, in the order of the LSP's DiagnosticSeverity (1 = error … 4 = hint). */
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info', 'hint'];

export interface DiagnosticFinding {
    readonly rule: string;
    readonly severity: Severity;
    readonly message: string;
    readonly range: Range;
    /** the facts the rule attached (names of the task, tool, actor...) */
    readonly data?: Readonly<Record<string, unknown>>;
}

export function findingOf(diagnostic: Diagnostic): DiagnosticFinding {
    const data: unknown = diagnostic.data;
    return {
        rule: ruleOf(diagnostic), severity: severityOf(diagnostic), message: messageOf(diagnostic), range: diagnostic.range,
        ...(isRecord(data) ? { data } : {})
    };
}

/**
 * The rule id: the diagnostic's code, or `parse-error` for what Langium reports
 * without one (the parser's and lexer's errors, which carry their kind in
 * `data.code`, and nothing else: sts's own findings all have a code).
 */
export function ruleOf(diagnostic: Diagnostic): string {
    return diagnostic.code !== undefined ? String(diagnostic.code) : PARSE_ERROR;
}

export function severityOf(diagnostic: Diagnostic): Severity {
    return SEVERITIES[(diagnostic.severity ?? 1) - 1] ?? 'error';
}

/** The message on one line (a parser's message may span several). */
export function messageOf(diagnostic: Diagnostic): string {
    const message = typeof diagnostic.message === 'string' ? diagnostic.message : (diagnostic.message as { value: string }).value;
    return message.replace(/\s+/g, ' ').trim();
}

function isRecord(value: unknown): value is Record<string, unknown> {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}

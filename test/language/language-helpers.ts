/**
 * Small helpers for the language tests: one file parsed and checked, its model
 * and elements by name, and the findings of one rule with what they underline.
 */
import type { LangiumDocument } from 'langium';
import { expect } from 'vitest';
import type { Element, Model } from '../../src/language/generated/ast.js';
import { buildWorkspace, findingsOf, type Finding } from '../helpers/workspace.js';

/** The checks these tests are about; the rest of the catalogue has tests of its own. */
export const NAMED_CHECKS: ReadonlySet<string> = new Set(['unowned-task', 'untrained-user', 'missing-feedback-loop', 'unresolved-reference', 'duplicate-name']);

/**
 * The findings of the named checks, plus syntax errors and crashed checks. Other
 * catalogue rules (info hints about unused skills, single points of failure, ...)
 * would otherwise make every small test model here fail for reasons it is not about.
 */
export function namedFindingsOf(document: LangiumDocument): Finding[] {
    return findingsOf(document).filter(finding => NAMED_CHECKS.has(finding.rule) || !isCatalogueRule(finding.rule));
}

/** Syntax errors (`parsing-error`, `lexing-error`) and `check-failed` are not catalogue rules. */
function isCatalogueRule(rule: string): boolean {
    return !rule.endsWith('-error') && rule !== 'check-failed';
}

export interface Checked {
    readonly document: LangiumDocument<Model>;
    readonly model: Model;
    /** see namedFindingsOf */
    readonly findings: Finding[];
}

/** Builds one file (with every check) and returns its model and the findings of the named checks. */
export async function checkOne(text: string): Promise<Checked> {
    const { documents } = await buildWorkspace({ 'model.sts': text });
    const document = documents.get('model.sts')!;
    return { document, model: document.parseResult.value, findings: namedFindingsOf(document) };
}

/** Like checkOne, and fails unless the text parsed without a single syntax error. */
export async function parseClean(text: string): Promise<Checked> {
    const checked = await checkOne(text);
    expect(syntaxErrors(checked.document)).toEqual([]);
    return checked;
}

export function syntaxErrors(document: LangiumDocument): string[] {
    return [...document.parseResult.lexerErrors.map(error => error.message), ...document.parseResult.parserErrors.map(error => error.message)];
}

/** The element of that name and type, failing the test when it is missing. */
export function element<T extends Element['$type']>(model: Model, type: T, name: string): Extract<Element, { $type: T }> {
    const found = model.elements.find(candidate => candidate.$type === type && candidate.name === name);
    expect(found, `${type} ${name}`).toBeDefined();
    return found as Extract<Element, { $type: T }>;
}

/** The findings of one rule as `underlined text @ line`, sorted. */
export function underlined(findings: readonly Finding[], rule: string): string[] {
    return findings.filter(finding => finding.rule === rule).map(finding => `${finding.text} @${finding.line}`).sort();
}

/** Names of the references in a list, as written. */
export function names(references: readonly { $refText: string }[]): string[] {
    return references.map(reference => reference.$refText);
}

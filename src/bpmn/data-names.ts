/**
 * Names of data a task handles (`handles invoice, bank-details`): lower-case
 * words joined by hyphens, as the language's own examples write data kinds;
 * never a keyword of the grammar (`review` → `review-data`).
 */
import { AstUtils, GrammarAST } from 'langium';
import { StsGrammar } from '../language/generated/grammar.js';
import { wordsOf } from './names.js';

let keywords: ReadonlySet<string> | undefined;

/** Every keyword of the .sts grammar, read from the grammar itself so new keywords are covered too. */
export function grammarKeywords(): ReadonlySet<string> {
    keywords ??= new Set(AstUtils.streamAllContents(StsGrammar()).filter(GrammarAST.isKeyword).map(keyword => keyword.value).toArray());
    return keywords;
}

/** `Invoice (scanned)` → `invoice-scanned`; undefined for text with no letter or digit. */
export function dataName(text: string | undefined): string | undefined {
    const words = wordsOf(text?.replace(/([a-z])([A-Z])/g, '$1 $2')).map(word => word.toLowerCase());
    if (words.length === 0) return undefined;
    let name = words.join('-');
    if (!/^[a-z\u00C0-\u024F_]/.test(name)) name = `data-${name}`;
    return grammarKeywords().has(name) ? `${name}-data` : name;
}

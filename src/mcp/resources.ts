/**
 * What the assistant may read besides calling tools: every rule page (the same
 * Markdown as docs/rules) and the language reference, by `sts://` addresses.
 */
import { catalogue } from '../config/catalogue.js';
import { languageReference, rulePage, rulePageIds } from './package-files.js';

export interface ResourceEntry {
    readonly uri: string;
    readonly name: string;
    readonly title: string;
    readonly description: string;
    readonly mimeType: 'text/markdown';
}

export const LANGUAGE_REFERENCE_URI = 'sts://reference/language';
const RULE_PREFIX = 'sts://rules/';

export function listResources(): ResourceEntry[] {
    const rules = rulePageIds().map(id => ({
        uri: `${RULE_PREFIX}${id}`, name: id, title: `Rule ${id}`, mimeType: 'text/markdown' as const,
        description: catalogue().get(id)?.description ?? `The rule page of ${id}.`
    }));
    return [
        { uri: LANGUAGE_REFERENCE_URI, name: 'language', title: 'The sts language', description: 'How .sts files describe actors, tools, tasks, processes, handoffs, feedback and metrics; every keyword.', mimeType: 'text/markdown' },
        ...rules
    ];
}

/** The text behind an address, or undefined when there is none. */
export function readResource(uri: string): string | undefined {
    if (uri === LANGUAGE_REFERENCE_URI) return languageReference();
    if (uri.startsWith(RULE_PREFIX)) return rulePage(uri.slice(RULE_PREFIX.length));
    return undefined;
}

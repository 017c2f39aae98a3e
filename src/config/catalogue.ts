/**
 * Every finding id a configuration may name, with its default severity and
 * options: the rule modules of the registry, plus the findings that are not
 * rule modules (unresolved names from the linker, and the two about
 * `sts-ignore` comments).
 */
import { allRules, UNRESOLVED_REFERENCE } from '../rules/registry.js';
import type { RuleOptions, SeveritySetting } from '../rules/rule.js';
import { SUPPRESSION_WITHOUT_REASON, UNUSED_SUPPRESSION } from '../validation/suppression.js';

export interface CatalogueEntry {
    readonly id: string;
    readonly defaultSeverity: SeveritySetting;
    readonly defaultOptions: RuleOptions;
    readonly description: string;
}

const BUILT_IN: readonly CatalogueEntry[] = [
    { id: UNRESOLVED_REFERENCE, defaultSeverity: 'error', defaultOptions: {}, description: 'A name that is not declared.' },
    { id: SUPPRESSION_WITHOUT_REASON, defaultSeverity: 'warning', defaultOptions: {}, description: 'An sts-ignore comment that gives no reason.' },
    { id: UNUSED_SUPPRESSION, defaultSeverity: 'warning', defaultOptions: {}, description: 'An sts-ignore comment that silences nothing.' }
];

let cached: ReadonlyMap<string, CatalogueEntry> | undefined;

/** Keyed by id; built on first use so rule modules registered late are included. */
export function catalogue(): ReadonlyMap<string, CatalogueEntry> {
    if (!cached) {
        const entries = new Map<string, CatalogueEntry>();
        for (const rule of allRules) entries.set(rule.id, rule);
        for (const entry of BUILT_IN) if (!entries.has(entry.id)) entries.set(entry.id, entry);
        cached = entries;
    }
    return cached;
}

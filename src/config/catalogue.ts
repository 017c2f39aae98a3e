/**
 * Every finding id a configuration may name, with everything it declares about
 * itself (default severity, options, area, presets, quick fixes): the rule
 * modules of the registry, plus the findings that are not rule modules
 * (src/rules/built-in.ts). Configuration checks, the JSON schema, the presets,
 * report areas and the docs index are all made from this one map.
 */
import { BUILT_IN_FINDINGS } from '../rules/built-in.js';
import { allRules } from '../rules/registry.js';
import type { FindingKind } from '../rules/rule.js';

export type CatalogueEntry = FindingKind;
export type Catalogue = ReadonlyMap<string, CatalogueEntry>;

/** A catalogue of the given findings, keyed by id (the first of an id wins). */
export function catalogueOf(kinds: Iterable<FindingKind>): Catalogue {
    const entries = new Map<string, CatalogueEntry>();
    for (const kind of kinds) if (!entries.has(kind.id)) entries.set(kind.id, kind);
    return entries;
}

let cached: Catalogue | undefined;

/** Keyed by id; built on first use so rule modules registered late (tests) are included. */
export function catalogue(): Catalogue {
    return cached ??= catalogueOf([...allRules, ...BUILT_IN_FINDINGS]);
}

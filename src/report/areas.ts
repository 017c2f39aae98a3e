/**
 * The area a report lists a finding under: the one its rule module (or built-in
 * finding) declares. Findings that are no configurable check — parse errors and
 * a check that failed — belong to structure; any other unknown id is a
 * programming error (a finding id nobody declared), not something to guess.
 */
import { catalogue, type Catalogue } from '../config/catalogue.js';
import { CHECK_FAILED } from '../rules/built-in.js';
import { AREAS, type Area } from '../rules/rule.js';

export { AREAS, type Area };

/** File-level findings that are no rule: Langium's parse errors, a config file's problems, a rule that threw. */
const FILE_LEVEL = new Set(['parse-error', 'parsing-error', 'lexing-error', 'linking-error', 'config-error', CHECK_FAILED]);

export function areaOf(rule: string, entries: Catalogue = catalogue()): Area {
    const declared = entries.get(rule)?.area;
    if (declared) return declared;
    if (FILE_LEVEL.has(rule)) return 'structure';
    throw new Error(`Finding "${rule}" declares no area: declare it in its rule module (src/rules) or in src/rules/built-in.ts.`);
}

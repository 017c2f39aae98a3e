/**
 * A rule is one module that declares everything about itself, plus its doc page
 * and fixtures. Everything else — the registry, the config schema, the presets,
 * the report areas, the docs index, the quick fixes offered — is derived, and
 * these tests fail when a rule lacks a part or a derived file is stale.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { catalogue, catalogueOf } from '../../src/config/catalogue.js';
import { configSchema } from '../../src/config/config-schema.js';
import { docsIndex, withDocsIndex } from '../../src/config/docs-index.js';
import { presetSeverities } from '../../src/config/presets.js';
import { QUICK_FIXES } from '../../src/lsp/quick-fixes/index.js';
import { areaOf } from '../../src/report/areas.js';
import { BUILT_IN_FINDINGS } from '../../src/rules/built-in.js';
import { allRules } from '../../src/rules/registry.js';
import { AREAS, defineRule } from '../../src/rules/rule.js';
// @ts-expect-error -- a plain .mjs script without types
import { registrySource } from '../../scripts/rule-registry.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const README = '../../docs/rules/README.md';

/** The sts-ignore findings are about comments, not models: their cases are in test/config/suppression.test.ts. */
const FIXTURES_ELSEWHERE = new Set(['sts-ignore-without-reason', 'unused-suppression']);

const throwaway = defineRule({
    id: 'throwaway-check',
    title: 'nothing at all (a test rule)',
    area: 'automation',
    defaultSeverity: 'hint',
    presets: { 'sts:all': 'warning' },
    scope: 'local',
    description: 'A rule that exists only in this test.',
    anchor: 'this test',
    defaultOptions: { 'max-things': 3 },
    fixes: ['add-training'],
    check() { /* finds nothing */ }
});

describe('a rule declares everything about itself', () => {
    it('the registry lists every rule module in src/rules (it is generated: node scripts/rule-registry.mjs)', () => {
        expect(readFileSync(join(root, 'src/rules/registry.ts'), 'utf8')).toBe((registrySource as () => string)());
        const modules = readdirSync(join(root, 'src/rules')).filter(file => file.endsWith('.ts') && /^export const \w+ = defineRule\(/m.test(readFileSync(join(root, 'src/rules', file), 'utf8')));
        expect(allRules.length).toBe(modules.length);
    });

    it.each([...catalogue().values()].map(entry => [entry.id, entry] as const))('%s has a doc page, fixtures, an area and known fixes', (id, entry) => {
        expect(existsSync(join(root, 'docs/rules', `${id}.md`)), `docs/rules/${id}.md`).toBe(true);
        if (!FIXTURES_ELSEWHERE.has(id)) {
            const fixtures = existsSync(join(root, 'test/rules', id)) ? readdirSync(join(root, 'test/rules', id)) : [];
            expect(fixtures.some(file => file.startsWith('valid-')), `test/rules/${id}/valid-*.sts`).toBe(true);
            expect(fixtures.some(file => file.startsWith('invalid-')), `test/rules/${id}/invalid-*.sts`).toBe(true);
        }
        expect(AREAS).toContain(entry.area);
        expect(entry.title.length).toBeGreaterThan(0);
        for (const key of entry.fixes ?? []) expect(QUICK_FIXES[key], `quick fix "${key}" of ${id}`).toBeDefined();
        // sts:all promises every check on and noticeable: a rule off or a hint by default says how sts:all raises it
        if (entry.defaultSeverity === 'off' || entry.defaultSeverity === 'hint') expect(entry.presets?.['sts:all']).toBeDefined();
    });

    it('every quick fix is offered by some finding', () => {
        const offered = new Set([...catalogue().values()].flatMap(entry => entry.fixes ?? []));
        expect(Object.keys(QUICK_FIXES).filter(key => !offered.has(key))).toEqual([]);
    });

    it('the docs index in docs/rules/README.md is the one the declarations make (update: npx vitest run test/rules/rule-declarations.test.ts -u)', async () => {
        const readme = readFileSync(new URL(README, import.meta.url), 'utf8');
        await expect(withDocsIndex(readme)).toMatchFileSnapshot(README);
    });

    it('a throwaway rule shows up in the config schema, the presets, the report areas and the docs index', () => {
        const entries = catalogueOf([...allRules, throwaway, ...BUILT_IN_FINDINGS]);
        const schema = configSchema(entries) as { properties: { rules: { properties: Record<string, { description: string; anyOf: Array<{ items?: Array<{ properties?: Record<string, { default: unknown }> }> }> }> } } };
        const declared = schema.properties.rules.properties['throwaway-check'];
        expect(declared?.description).toContain('A rule that exists only in this test.');
        expect(declared?.anyOf[1]?.items?.[1]?.properties?.['max-things']?.default).toBe(3);
        expect(presetSeverities('sts:recommended', entries).get('throwaway-check')).toBe('hint');
        expect(presetSeverities('sts:all', entries).get('throwaway-check')).toBe('warning');
        expect(areaOf('throwaway-check', entries)).toBe('automation');
        const index = docsIndex(entries);
        const automation = index.slice(index.indexOf('## Automation'), index.indexOf('## Feedback'));
        expect(automation).toContain('| [throwaway-check](throwaway-check.md) | nothing at all (a test rule) | hint (warning in `sts:all`) | local | `max-things` = 3 | this test |');
        // and it is absent from the real catalogue: nothing leaked
        expect(catalogue().has('throwaway-check')).toBe(false);
    });

    it('an id nobody declared has no area to fall back on', () => {
        expect(() => areaOf('no-such-check')).toThrow(/declares no area/);
        expect(areaOf('parse-error')).toBe('structure');
    });
});

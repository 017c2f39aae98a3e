/**
 * What the README and the rule pages say `sts:all` does is what it does:
 * off and hint rules become warnings, info rules stay info, the rest stay.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { catalogue } from '../../src/config/catalogue.js';
import { presetSeverities } from '../../src/config/presets.js';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const rulesPage = readFileSync(new URL('../../docs/rules/README.md', import.meta.url), 'utf8');

describe('the sts:all preset', () => {
    const all = presetSeverities('sts:all');
    const entries = [...catalogue().values()];

    it('raises off and hint rules to warnings and leaves the others, info included, as they are', () => {
        expect(entries.some(entry => entry.defaultSeverity === 'info')).toBe(true);
        for (const entry of entries) {
            const expected = entry.defaultSeverity === 'off' || entry.defaultSeverity === 'hint' ? 'warning' : entry.defaultSeverity;
            expect(all.get(entry.id), entry.id).toBe(expected);
        }
    });

    it('is described that way in the README and on the rules page', () => {
        const sentence = (text: string) => text.split(/(?<=\.)\s/).find(part => part.includes('`sts:all`')) ?? '';
        expect(sentence(readme)).not.toMatch(/every rule on at least at warning/);
        expect(sentence(readme)).toMatch(/info-level rules stay info/);
        expect(rulesPage).toMatch(/`sts:all` [^)]*info stays info/);
    });
});

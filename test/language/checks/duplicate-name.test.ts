/** duplicate-name: two elements of one system with the same name, reported on every declaration. */
import { describe, expect, it } from 'vitest';
import { buildWorkspace } from '../../helpers/workspace.js';
import { checkOne, namedFindingsOf, underlined } from '../language-helpers.js';

describe('duplicate-name', () => {
    it('flags both declarations in one file, on their names, also across kinds', async () => {
        const { findings } = await checkOne('actor Ann\ntool Stock { owner Ann }\ntask Stock { owner Ann }');
        expect(underlined(findings, 'duplicate-name')).toEqual(['Stock @2', 'Stock @3']);
        expect(findings.every(found => found.severity === 'error')).toBe(true);
        expect(findings.find(found => found.line === 2)!.message).toContain('line 3');
    });

    it('flags both declarations across two files of one system, each pointing at the other file', async () => {
        const { documents } = await buildWorkspace({
            'people.sts': 'system Shop\nactor Ann',
            'more-people.sts': 'system Shop\n\nactor Ann'
        });
        const first = namedFindingsOf(documents.get('people.sts')!);
        const second = namedFindingsOf(documents.get('more-people.sts')!);
        expect(underlined(first, 'duplicate-name')).toEqual(['Ann @2']);
        expect(underlined(second, 'duplicate-name')).toEqual(['Ann @3']);
        expect(first[0]!.message).toContain('more-people.sts:3');
        expect(first[0]!.diagnostic.relatedInformation?.[0]?.location.uri).toBe('file:///workspace/more-people.sts');
        expect(second[0]!.diagnostic.relatedInformation?.[0]?.location.uri).toBe('file:///workspace/people.sts');
    });

    it('names the first five other places and counts the rest when a name is repeated many times', async () => {
        const { findings } = await checkOne(Array.from({ length: 30 }, () => 'actor Temp').join('\n'));
        const duplicates = findings.filter(found => found.rule === 'duplicate-name');
        expect(duplicates).toHaveLength(30);
        expect(duplicates.find(found => found.line === 1)!.message).toBe(
            'The name Temp is declared 30 times in this system (also at line 2, line 3, line 4, line 5, line 6 and 24 more): each element needs a name of its own.');
        expect(duplicates.find(found => found.line === 1)!.diagnostic.relatedInformation).toHaveLength(20);
    });

    it('does not flag distinct names, or the same name in another system', async () => {
        const { documents } = await buildWorkspace({ 'a.sts': 'system A\nactor Ann\nactor Anna', 'b.sts': 'system B\nactor Ann' });
        for (const document of documents.values()) expect(namedFindingsOf(document)).toEqual([]);
    });
});

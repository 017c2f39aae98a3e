/** unresolved-reference: a name that is not declared, with the kind expected and a likely meant name. */
import { describe, expect, it } from 'vitest';
import { checkOne, underlined } from '../language-helpers.js';

describe('unresolved-reference', () => {
    it('underlines the undeclared name and says what kind of element was expected', async () => {
        const { findings } = await checkOne(`actor Ann
task Sell { owner Ann  uses Register }
process Shop { owner Ann  Sell -> Wrap }
feedback Notes { from Visitor to Ann  about Shopping }`);
        expect(underlined(findings, 'unresolved-reference')).toEqual(['Register @2', 'Shopping @4', 'Visitor @4', 'Wrap @3']);
        const message = (text: string) => findings.find(found => found.text === text)!.message;
        expect(message('Register')).toBe('No tool named Register is declared.');
        expect(message('Wrap')).toContain('No task or actor named Wrap');
        expect(message('Shopping')).toContain('No process or task named Shopping');
        expect(message('Visitor')).toContain('No actor, task or metric named Visitor');
        expect(findings.filter(found => found.rule === 'unresolved-reference').every(found => found.severity === 'error')).toBe(true);
    });

    it('suggests a declared name of the right kind that is close', async () => {
        const { findings } = await checkOne('actor Dana\ntool Till { owner Dan }\ntask Sell { owner Dana  uses Tilll }');
        expect(findings.map(found => found.message).sort()).toEqual([
            'No actor named Dan is declared; did you mean Dana?',
            'No tool named Tilll is declared; did you mean Till?'
        ]);
        expect(findings.find(found => found.text === 'Dan')!.diagnostic.data).toMatchObject({ code: 'unresolved-reference', name: 'Dan', kind: 'Actor', property: 'owner' });
    });

    it('does not suggest a name of another kind, or one too far away', async () => {
        const { findings } = await checkOne('actor Dana\ntool Till { owner Dana }\ntask Sell { owner Tilll  uses Scales }');
        expect(findings.map(found => found.message).sort()).toEqual([
            'No actor named Tilll is declared.',
            'No tool named Scales is declared.'
        ]);
    });

    it('suggests names for the first ten missing names of a file, then only says they are missing', async () => {
        const numbers = Array.from({ length: 12 }, (_, i) => i + 1);
        const text = [
            ...numbers.map(n => `actor Worker${n} { trained on Till }`),
            'tool Till { owner Worker1 }',
            ...numbers.map(n => `task Job${n} { owner Workr${n}  uses Till }`)
        ].join('\n');
        const { findings } = await checkOne(text);
        const messages = findings.filter(found => found.rule === 'unresolved-reference').sort((a, b) => a.line - b.line).map(found => found.message);
        expect(messages).toEqual([
            ...numbers.slice(0, 10).map(n => `No actor named Workr${n} is declared; did you mean Worker${n}?`),
            'No actor named Workr11 is declared.',
            'No actor named Workr12 is declared.'
        ]);
    });

    it('stops when the name is declared', async () => {
        const { findings } = await checkOne('actor Dana { trained on Till }\ntool Till { owner Dana }\ntask Sell { owner Dana  uses Till }');
        expect(findings).toEqual([]);
    });
});

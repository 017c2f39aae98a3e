import { describe, expect, it } from 'vitest';
import type { ViewKind } from '../../src/diagram/model/diagram-model.js';
import { svgOf } from './render-helpers.js';

const texts = {
    'an empty file': '',
    'a half-typed file': 'actor Rosa\ntask Cook { owner Ro\nprocess P { Cook -> ',
    'a process with an actor in its flow and a loop back': 'actor Guest { kind customer }\nactor Chef\ntask Cook { owner Chef }\ntask Taste { owner Chef }\nprocess Loop {\n  Guest -> Cook "order"\n  Cook -> Taste -> Cook\n  Taste -> Guest "dish"\n}\n',
    'a process without steps': 'actor Rosa\nprocess Empty { owner Rosa }\n'
};

describe('pictures of incomplete or unusual text', () => {
    for (const [name, text] of Object.entries(texts)) {
        for (const view of ['system', 'process', 'training'] as ViewKind[]) {
            it(`${name}: the ${view} view still draws`, async () => {
                const svg = await svgOf(text, { view });
                expect(svg).toMatch(new RegExp(`^<svg [^>]*data-view="${view}"`));
                expect(svg.trimEnd().endsWith('</svg>')).toBe(true);
            });
        }
    }

    it('a process view of a system without processes says so', async () => {
        expect(await svgOf('actor Rosa\n', { view: 'process' })).toContain('This system has no processes yet.');
    });

    it('a flow through an actor puts the actor in its own lane and the loop back goes round', async () => {
        const svg = await svgOf(texts['a process with an actor in its flow and a loop back'], { view: 'process' });
        expect(svg).toContain('data-id="actor:Guest"');
        expect(svg).toContain('data-id="handoff:Loop:Taste->Cook"');
        expect(svg).toContain('data-actor="actor:Guest"');
    });
});

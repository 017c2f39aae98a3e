import { describe, expect, it } from 'vitest';
import type { LaidOutDiagram, ViewKind } from '../../src/diagram/model/diagram-model.js';
import { rosa } from './diagram-helpers.js';
import { pictureOf } from './render-helpers.js';

const TOLERANCE = 2; // px

/** How far each node present in both pictures moved. */
function moves(before: LaidOutDiagram, after: LaidOutDiagram): Map<string, number> {
    const old = new Map(before.nodes.map(node => [node.key, node]));
    const result = new Map<string, number>();
    for (const node of after.nodes) {
        const was = old.get(node.key);
        if (was) result.set(node.key, Math.hypot(node.x - was.x, node.y - was.y));
    }
    return result;
}

function moved(before: LaidOutDiagram, after: LaidOutDiagram, except: readonly string[] = []): string[] {
    return [...moves(before, after)].filter(([key, distance]) => distance >= TOLERANCE && !except.includes(key)).map(([key, distance]) => `${key} moved ${distance.toFixed(1)}px`);
}

// A new task for the chef that uses the POS: a one-element edit that changes where the POS "wants" to be.
const withNewTask = rosa + '\ntask Wash "Wash the dishes" { owner Chef  uses POS }\n';
const retitled = rosa.replace('task Serve { owner Waiter }', 'task Serve "Bring the plates to the table, hot, with a smile" { owner Waiter }');
// A new last step in the dine-in process.
const longerProcess = rosa.replace('  Serve -> Settle\n', '  Serve -> Settle\n  Settle -> Wash "clean plates"\n') + '\ntask Wash { owner Chef }\n';

describe('layout stability: after a one-element edit, unchanged nodes stay where they were', () => {
    for (const view of ['system', 'process', 'training'] as ViewKind[]) {
        it(`${view} view: adding a task moves nothing else`, async () => {
            const { diagram: before } = await pictureOf(rosa, { view });
            const { diagram: after } = await pictureOf(withNewTask, { view }, before);
            expect(moves(before, after).size).toBe(before.nodes.length);
            expect(moved(before, after)).toEqual([]);
        });

        it(`${view} view: retitling a task moves nothing`, async () => {
            const { diagram: before } = await pictureOf(rosa, { view });
            const { diagram: after } = await pictureOf(retitled, { view }, before);
            expect(moved(before, after)).toEqual([]);
        });
    }

    it('process view: a new last step leaves the earlier steps and the other process in place', async () => {
        const { diagram: before } = await pictureOf(rosa, { view: 'process' });
        const { diagram: after } = await pictureOf(longerProcess, { view: 'process' }, before);
        expect(after.nodes.some(node => node.key === 'process:DineIn/task:Wash')).toBe(true);
        expect(moved(before, after)).toEqual([]);
    });

    it('the system view needs the previous picture for this: laid out afresh, the POS would move under the new task', async () => {
        const { diagram: before } = await pictureOf(rosa, { view: 'system' });
        const { diagram: fresh } = await pictureOf(withNewTask, { view: 'system' });
        expect(moved(before, fresh)).toContainEqual(expect.stringMatching(/^tool:POS moved/));
    });
});

describe('layout stability in a large process (the linear-time ordering)', () => {
    const steps = Array.from({ length: 50 }, (_, step) => step);
    const text = [
        'actor Ann\nactor Bob\nactor Cy',
        ...steps.map(step => `task S${step} { owner ${['Ann', 'Bob', 'Cy'][step % 3]} }`),
        'process Long {',
        ...steps.slice(0, -1).map(step => `  S${step} -> S${step + 1} "item ${step}"`),
        '}'
    ].join('\n');

    it('re-routing one handoff moves no step', async () => {
        const { diagram: before } = await pictureOf(text, { view: 'process' });
        const { diagram: after } = await pictureOf(text.replace('  S20 -> S21 "item 20"', '  S20 -> S22 "item 20"'), { view: 'process' }, before);
        expect(after.edges.some(edge => edge.id === 'handoff:Long:S20->S22')).toBe(true);
        expect(moved(before, after)).toEqual([]);
    });

    it('without the previous picture the same edit slides the rest of the process left', async () => {
        const { diagram: before } = await pictureOf(text, { view: 'process' });
        const { diagram: fresh } = await pictureOf(text.replace('  S20 -> S21 "item 20"', '  S20 -> S22 "item 20"'), { view: 'process' });
        expect(moved(before, fresh).length).toBeGreaterThan(20);
    });
});

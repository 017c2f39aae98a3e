import { describe, expect, it } from 'vitest';
import type { Box, LaidOutDiagram, Point, ViewRequest } from '../../src/diagram/model/diagram-model.js';
import { rosa } from './diagram-helpers.js';
import { pictureOf } from './render-helpers.js';

/** Does the axis-parallel or slanted segment a→b pass through the inside of the box? (sampled every 2 px) */
function crosses(a: Point, b: Point, box: Box): boolean {
    const steps = Math.max(1, Math.ceil(Math.hypot(b.x - a.x, b.y - a.y) / 2));
    for (let step = 0; step <= steps; step++) {
        const x = a.x + ((b.x - a.x) * step) / steps;
        const y = a.y + ((b.y - a.y) * step) / steps;
        if (x > box.x + 1 && x < box.x + box.width - 1 && y > box.y + 1 && y < box.y + box.height - 1) return true;
    }
    return false;
}

function crossings(diagram: LaidOutDiagram): string[] {
    const found: string[] = [];
    for (const edge of diagram.edges) {
        const frame = edge.key.includes('/') ? edge.key.slice(0, edge.key.indexOf('/')) : '';
        const others = diagram.nodes.filter(node => node.id !== edge.from && node.id !== edge.to && (frame === '' || node.key.startsWith(`${frame}/`)));
        for (let position = 1; position < edge.points.length; position++) {
            for (const node of others) if (crosses(edge.points[position - 1]!, edge.points[position]!, node)) found.push(`${edge.key} crosses ${node.key}`);
        }
    }
    return [...new Set(found)];
}

describe('arrows go around nodes', () => {
    const requests: ViewRequest[] = [{ view: 'system' }, { view: 'process' }, { view: 'training' }];
    it.each(requests)('in the %o view of the contract example no arrow crosses a node it does not connect', async request => {
        const { diagram } = await pictureOf(rosa, request);
        expect(diagram.edges.length).toBeGreaterThan(4);
        expect(crossings(diagram)).toEqual([]);
    });

    it('arrows start and end on the border of the nodes they connect', async () => {
        const { diagram } = await pictureOf(rosa, { view: 'process', process: 'DineIn' });
        const handoff = diagram.edges.find(edge => edge.id === 'handoff:DineIn:TakeOrder->Cook')!;
        const from = diagram.nodes.find(node => node.id === 'task:TakeOrder')!;
        const to = diagram.nodes.find(node => node.id === 'task:Cook')!;
        expect(handoff.points[0]).toEqual({ x: from.x + from.width, y: from.y + from.height / 2 });
        expect(handoff.points[handoff.points.length - 1]).toEqual({ x: to.x, y: to.y + to.height / 2 });
    });
});

describe('arrows go around nodes in a larger business', () => {
    it.each([{ view: 'system' }, { view: 'process' }] as ViewRequest[])('%o view of 100 tasks, processes with shortcuts', async request => {
        const { generateModel } = await import('../../bench/diagram/generate-model.js');
        const { diagram } = await pictureOf(generateModel(100).text, request);
        expect(diagram.edges.length).toBeGreaterThan(100);
        expect(crossings(diagram)).toEqual([]);
    });
});

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
        // Flowing down, arrows leave and enter on the right side, each at its own port within the side.
        const first = handoff.points[0]!;
        const last = handoff.points[handoff.points.length - 1]!;
        expect(first.x).toBe(from.x + from.width);
        expect(first.y).toBeGreaterThan(from.y + 8);
        expect(first.y).toBeLessThan(from.y + from.height - 4);
        expect(last.x).toBe(to.x + to.width);
        expect(last.y).toBeGreaterThan(to.y + 8);
        expect(last.y).toBeLessThan(to.y + to.height - 4);
        // Flowing right (a wide panel), they leave on the right and enter on the left, in the middle.
        const { diagram: wide } = await pictureOf(rosa, { view: 'process', process: 'DineIn' }, undefined, { direction: 'right' });
        const across = wide.edges.find(edge => edge.id === 'handoff:DineIn:TakeOrder->Cook')!;
        const a = wide.nodes.find(node => node.id === 'task:TakeOrder')!;
        const b = wide.nodes.find(node => node.id === 'task:Cook')!;
        expect(across.points[0]).toEqual({ x: a.x + a.width, y: a.y + a.height / 2 });
        expect(across.points[across.points.length - 1]).toEqual({ x: b.x, y: b.y + b.height / 2 });
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

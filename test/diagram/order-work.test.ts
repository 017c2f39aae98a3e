import { describe, expect, it } from 'vitest';
import { createBundledElk } from '../../src/diagram/layout/default-elk.js';
import { orderWork } from '../../src/diagram/layout/order-work.js';
import { orderWorkFast } from '../../src/diagram/layout/order-work-fast.js';

const columns = (order: ReadonlyMap<string, { column: number }>) => Object.fromEntries([...order].map(([id, place]) => [id, place.column]));

describe('ordering the work of a process', () => {
    const ids = ['process:DineIn', 'task:TakeOrder', 'task:Cook', 'task:Serve', 'task:Settle'];
    const arrows = [['task:TakeOrder', 'task:Cook'], ['task:Cook', 'task:Serve'], ['task:Serve', 'task:Settle']] as const;

    it('puts each step one column after the step that hands it work, with ELK and without', async () => {
        const expected = { 'process:DineIn': 0, 'task:TakeOrder': 1, 'task:Cook': 2, 'task:Serve': 3, 'task:Settle': 4 };
        expect(columns(await orderWork('process:DineIn', ids, arrows, createBundledElk, undefined, 'elk'))).toEqual(expected);
        expect(columns(await orderWork('process:DineIn', ids, arrows, createBundledElk, undefined, 'fast'))).toEqual(expected);
    });

    it('fast ordering: a loop back does not push the loop’s start to the right, and branches share a column', () => {
        const order = orderWorkFast(['p', 'a', 'b', 'c', 'd'], [['p', 'a'], ['a', 'b'], ['a', 'c'], ['b', 'd'], ['c', 'd'], ['d', 'a']]);
        expect(columns(order)).toEqual({ p: 0, a: 1, b: 2, c: 2, d: 3 });
        expect(order.get('b')!.order).toBeLessThan(order.get('c')!.order);
    });
});

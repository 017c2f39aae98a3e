import { describe, expect, it } from 'vitest';
import { edge, modelOf, node, rosa } from './diagram-helpers.js';

describe('the diagram model of the contract example', () => {
    it('has a node with a stable id for every element, of each kind', async () => {
        const model = await modelOf(rosa);
        expect(model.system).toBe('RosasTrattoria');
        expect(model.nodes.map(n => n.id)).toEqual([
            'actor:Rosa', 'actor:Chef', 'actor:Waiter', 'actor:Guest', 'actor:Courier',
            'tool:POS', 'tool:OnlineOrdering', 'tool:KitchenDisplay', 'tool:ReviewSite',
            'task:TakeOrder', 'task:Cook', 'task:Serve', 'task:Settle', 'task:ConfirmOnlineOrder', 'task:Deliver',
            'process:DineIn', 'process:Delivery',
            'feedback:GuestReviews',
            'metric:TicketTime'
        ]);
        expect(node(model, 'actor:Waiter')).toMatchObject({ kind: 'actor', name: 'Waiter', title: 'Waitstaff', label: 'Waiter “Waitstaff”', detail: '4 people' });
        expect(node(model, 'actor:Guest').detail).toBe('customer');
        expect(node(model, 'tool:POS').detail).toBe('software · payment, personal-data');
        expect(node(model, 'task:ConfirmOnlineOrder').detail).toBe('automated by OnlineOrdering');
        expect(node(model, 'process:DineIn')).toMatchObject({ owner: 'actor:Rosa', tasks: ['task:TakeOrder', 'task:Cook', 'task:Serve', 'task:Settle'] });
        expect(node(model, 'feedback:GuestReviews')).toMatchObject({ from: 'actor:Guest', to: 'actor:Rosa', via: 'tool:ReviewSite', about: ['process:DineIn'], detail: 'Guest → Rosa · via ReviewSite · every week' });
        expect(node(model, 'metric:TicketTime')).toMatchObject({ owner: 'actor:Rosa', measures: ['process:DineIn'], detail: 'under 20 minutes · weekly · owner Rosa' });
    });

    it('joins them with owner, uses, handoff, training, feeds and measures edges', async () => {
        const model = await modelOf(rosa);
        expect(edge(model, 'owns:Waiter->TakeOrder')).toMatchObject({ kind: 'owns', from: 'actor:Waiter', to: 'task:TakeOrder' });
        expect(edge(model, 'uses:Settle->POS')).toMatchObject({ kind: 'uses', from: 'task:Settle', to: 'tool:POS' });
        expect(edge(model, 'handoff:DineIn:TakeOrder->Cook')).toMatchObject({ kind: 'handoff', process: 'process:DineIn', item: 'order ticket', via: 'tool:KitchenDisplay' });
        expect(edge(model, 'handoff:Delivery:Cook->Deliver')).toMatchObject({ item: 'packed order', process: 'process:Delivery' });
        // sending the ticket through the kitchen display counts as using it
        expect(edge(model, 'uses:TakeOrder->KitchenDisplay')).toMatchObject({ implicit: true });
        expect(edge(model, 'trained:Waiter->POS').kind).toBe('trained');
        expect(edge(model, 'untrained:Waiter->KitchenDisplay').kind).toBe('untrained');
        expect(model.edges.some(e => e.id === 'untrained:Waiter->POS')).toBe(false);
        expect(edge(model, 'automates:OnlineOrdering->ConfirmOnlineOrder').kind).toBe('automates');
        expect(edge(model, 'feeds:OnlineOrdering->KitchenDisplay').kind).toBe('feeds');
        expect(edge(model, 'measures:TicketTime->DineIn').kind).toBe('measures');
        // an unresolved tool draws no edge
        expect(model.edges.some(e => e.to.includes('TableTablet'))).toBe(false);
    });

    it('puts each of the four contract findings on the innermost element or handoff that holds it', async () => {
        const model = await modelOf(rosa);
        // other catalogue rules may add findings; the contract's four must land here
        const contract = new Set(['unresolved-reference', 'unowned-task', 'untrained-user', 'missing-feedback-loop']);
        const placed = [...model.nodes, ...model.edges].flatMap(holder => holder.findings.filter(finding => contract.has(finding.rule)).map(finding => `${finding.rule} on ${holder.id}`));
        expect(placed.sort()).toEqual([
            'missing-feedback-loop on process:Delivery',
            'unowned-task on task:ConfirmOnlineOrder',
            'unresolved-reference on task:TakeOrder',
            'untrained-user on handoff:DineIn:TakeOrder->Cook'
        ]);
        expect(node(model, 'process:DineIn').findings.filter(finding => contract.has(finding.rule))).toEqual([]);
        expect(model.unplacedFindings).toEqual([]);
        expect(edge(model, 'handoff:DineIn:TakeOrder->Cook').findings[0]).toMatchObject({ severity: 'warning', message: expect.stringContaining('KitchenDisplay') });
    });

    it('carries source locations for navigation', async () => {
        const model = await modelOf(rosa);
        const cook = node(model, 'task:Cook');
        expect(cook.source?.uri).toMatch(/model\.sts$/);
        expect(rosa.split('\n')[cook.source!.range.start.line]).toMatch(/^task Cook/);
        const handoff = edge(model, 'handoff:DineIn:Cook->Serve');
        expect(rosa.split('\n')[handoff.source!.range.start.line]!.trim()).toBe('Cook -> Serve "plated dishes"');
    });

    it('is plain JSON', async () => {
        const model = await modelOf(rosa);
        expect(JSON.parse(JSON.stringify(model))).toEqual(model);
    });

    it('keeps the ids of unchanged elements when one element is edited, added or removed', async () => {
        const before = await modelOf(rosa);
        const after = await modelOf(rosa
            .replace('task Serve { owner Waiter }', 'task Serve "Serve at the table" { owner Waiter }\ntask Wash { owner Chef }')
            .replace('actor Courier "Delivery driver" { kind external }', ''));
        const beforeIds = new Set([...before.nodes, ...before.edges].map(x => x.id));
        const afterIds = new Set([...after.nodes, ...after.edges].map(x => x.id));
        const gone = [...beforeIds].filter(id => !afterIds.has(id));
        const added = [...afterIds].filter(id => !beforeIds.has(id));
        expect(gone.sort()).toEqual(['actor:Courier', 'owns:Courier->Deliver']);
        expect(added.sort()).toEqual(['owns:Chef->Wash', 'task:Wash']);
        expect(node(after, 'task:Serve').title).toBe('Serve at the table');
    });

    it('copes with a half-typed file', async () => {
        const model = await modelOf('actor Rosa\ntask Cook { owner Ro\nprocess P { Cook -> ');
        expect(model.nodes.map(n => n.id)).toContain('actor:Rosa');
        expect([...model.nodes, ...model.edges].flatMap(x => x.findings).length + model.unplacedFindings.length).toBeGreaterThan(0);
    });
});

/**
 * Export: every reference model, imported and exported again, is BPMN 2.0
 * that bpmn-moddle reads without a warning, with a shape or an edge for
 * every element drawn; and imported once more it has the same actors, tasks,
 * owners and handoffs.
 */
import { BpmnModdle, type ModdleElement } from 'bpmn-moddle';
import { describe, expect, it } from 'vitest';
import { exportDocuments } from '../../src/bpmn/export-workspace.js';
import { buildWorkspace } from '../helpers/workspace.js';
import { importFile, importText, readBack, referenceModels, type ReadBack } from './bpmn-helpers.js';

async function exported(stsText: string): Promise<string> {
    const { services, documents } = await buildWorkspace({ 'imported.sts': stsText });
    return (await exportDocuments(services.Sts, [...documents.values()])).xml;
}

function essentials(back: ReadBack): { actors: string[]; owners: Record<string, string>; handoffs: string[] } {
    return { actors: [...back.actors].sort(), owners: Object.fromEntries([...back.owners].sort()), handoffs: [...new Set(back.handoffs)].sort() };
}

function all(element: ModdleElement, found: ModdleElement[] = []): ModdleElement[] {
    for (const value of Object.values(element)) {
        for (const child of Array.isArray(value) ? value : [value]) {
            if (child && typeof child === 'object' && typeof (child as ModdleElement).$type === 'string' && !found.includes(child as ModdleElement) && (child as ModdleElement).$parent === element) {
                found.push(child as ModdleElement);
                all(child as ModdleElement, found);
            }
        }
    }
    return found;
}

describe('import → export → import', () => {
    it.each(referenceModels())('%s keeps actors, tasks, owners and handoffs; the BPMN reads back without warnings', async file => {
        const first = await importFile(file);
        const xml = await exported(first.text);
        const read = await new BpmnModdle().fromXML(xml);
        expect(read.warnings.map(warning => warning.message)).toEqual([]);

        // diagram interchange: every pool, lane, task and flow is drawn
        const elements = all(read.rootElement);
        const drawn = new Set(elements.filter(element => element.$type === 'bpmndi:BPMNShape' || element.$type === 'bpmndi:BPMNEdge').map(element => element['bpmnElement']));
        const drawable = elements.filter(element => ['bpmn:Participant', 'bpmn:Lane', 'bpmn:Task', 'bpmn:ServiceTask', 'bpmn:SequenceFlow', 'bpmn:MessageFlow'].includes(element.$type));
        expect(drawable.length).toBeGreaterThan(0);
        expect(drawable.filter(element => !drawn.has(element)).map(element => element.id)).toEqual([]);

        const second = await importText(xml, 'exported.bpmn');
        const before = await readBack(first.text);
        const after = await readBack(second.text);
        expect(after.syntaxErrors).toBe(0);
        expect(after.findings.filter(finding => finding.rule === 'duplicate-name' || finding.rule === 'unresolved-reference')).toEqual([]);
        expect(essentials(before).handoffs.length).toBeGreaterThan(0);
        expect(essentials(after)).toEqual(essentials(before));
    });

    it('places the shapes where the process view puts them: lanes stacked in their pool, tasks inside their lane', async () => {
        const xml = await exported((await importFile('C.1.0.bpmn')).text);
        const read = await new BpmnModdle().fromXML(xml);
        const shapes = all(read.rootElement).filter(element => element.$type === 'bpmndi:BPMNShape');
        const boundsOf = (id: string) => shapes.find(shape => (shape['bpmnElement'] as ModdleElement).id === id)!['bounds'] as { x: number; y: number; width: number; height: number };
        const lane = boundsOf('Lane_ProcessEngineInvoiceReceipt_Accountant');
        const task = boundsOf('Task_ProcessEngineInvoiceReceipt_PrepareBankTransfer');
        const pool = boundsOf('Participant_ProcessEngineInvoiceReceipt');
        expect(task.x).toBeGreaterThanOrEqual(lane.x);
        expect(task.y).toBeGreaterThanOrEqual(lane.y);
        expect(task.y + task.height).toBeLessThanOrEqual(lane.y + lane.height);
        expect(lane.y + lane.height).toBeLessThanOrEqual(pool.y + pool.height);
        expect(xml).toContain('name="Prepare Bank Transfer" sts:name="PrepareBankTransfer"');
    });

    it('gives a hand-written model its names back, outside parties as pools of their own', async () => {
        const model = `system Bakery
actor Baker "Head baker"
actor Shop { count 2 }
actor Customer { kind customer }
tool Oven { kind equipment }
task Bake "Bake the bread" { owner Baker  uses Oven }
task Sell { owner Shop }
process Morning "Morning run" {
  owner Baker  trigger "5 am"  outcome "bread sold"
  Bake -> Sell physical "bread"
  Customer -> Sell "order"
}
`;
        const xml = await exported(model);
        expect(xml).toContain('<bpmn:participant id="Participant_Customer" name="Customer" sts:name="Customer" />');
        expect(xml).toMatch(/<bpmn:messageFlow id="MessageFlow_1" name="order" sourceRef="Participant_Customer" targetRef="Task_Morning_Sell"/);
        const back = await readBack((await importText(xml, 'bakery.bpmn')).text);
        expect(back.actors).toEqual(['Baker', 'Shop', 'Customer']);
        expect(Object.fromEntries(back.owners)).toEqual({ Bake: 'Baker', Sell: 'Shop' });
        expect(back.handoffs.sort()).toEqual(['Bake -> Sell', 'Customer -> Sell']);
        const text = (await importText(xml, 'bakery.bpmn')).text;
        expect(text).toContain('trigger "5 am"');
        expect(text).toContain('outcome "bread sold"');
    });
});

/**
 * Files from other modelling tools: the importer reads through vendor
 * extensions, maps without diagram interchange, and elements without names,
 * made here as variations of the reference file C.1.0.
 */
import { describe, expect, it } from 'vitest';
import { crossLane, importText, miwgText, readBack } from './bpmn-helpers.js';

const C10 = miwgText('C.1.0.bpmn');

describe('tolerance for what other tools write', () => {
    it('reads through vendor extension elements and attributes, and says they were not carried over', async () => {
        const extended = C10
            .replace('<definitions ', '<definitions xmlns:acme="urn:acme:modeler" ')
            .replace('<userTask id="approveInvoice"', '<userTask id="approveInvoice" acme:costCentre="4711"')
            .replace(/(<userTask id="prepareBankTransfer"[^>]*>)/, '$1<acme:unknownThing />');
        expect(extended).not.toBe(C10);
        const plain = await readBack((await importText(C10, 'C.1.0.bpmn')).text);
        const imported = await importText(extended, 'C.1.0.bpmn');
        const back = await readBack(imported.text);
        expect(back.syntaxErrors).toBe(0);
        expect(back.owners).toEqual(plain.owners);
        expect(crossLane(back)).toEqual(crossLane(plain));
        expect(imported.model.notExpressed.join('\n')).toMatch(/vendor extensions on \d+ elements \(.*acme.*\)/);
        expect(imported.model.notExpressed.join('\n')).toMatch(/the BPMN reader skipped: .*acme:unknownThing/);
    });

    it('imports a map without diagram interchange the same way', async () => {
        const withoutDi = C10.replace(/<bpmndi:BPMNDiagram[\s\S]*<\/bpmndi:BPMNDiagram>/, '');
        expect(withoutDi).not.toContain('BPMNShape');
        const plain = await importText(C10, 'C.1.0.bpmn');
        const imported = await importText(withoutDi, 'C.1.0.bpmn');
        expect(imported.model.notExpressed.some(note => note.includes('BPMN DI'))).toBe(false);
        expect(imported.text.slice(imported.text.indexOf('system '))).toBe(plain.text.slice(plain.text.indexOf('system ')));
    });

    it('gives unnamed elements stable derived names and says their tasks have no owner', async () => {
        const unnamed = C10.replace(/ name="[^"]*"/g, '');
        const first = await importText(unnamed);
        const back = await readBack(first.text);
        expect(back.syntaxErrors).toBe(0);
        expect(back.findings.filter(finding => finding.rule === 'unresolved-reference')).toEqual([]);
        expect([...back.owners.keys()]).toEqual(['Task1', 'Task2', 'Task3', 'Task4', 'UserTask1', 'UserTask2', 'UserTask3', 'UserTask4', 'ServiceTask1']);
        expect(back.handoffs).toContain('UserTask1 -> UserTask4');
        expect(first.model.notExpressed.join('\n')).toContain('a lane without a name');
        expect((await importText(unnamed)).text).toBe(first.text);
    });

    it('makes duplicate, punctuated and keyword-like names valid and distinct, keeping the text as the title', async () => {
        const xml = `<?xml version="1.0" encoding="UTF-8"?>
<definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" id="d" targetNamespace="urn:x">
  <process id="p" name="Orders &amp; returns">
    <laneSet id="ls"><lane id="l1" name="owner"><flowNodeRef>a</flowNodeRef><flowNodeRef>b</flowNodeRef></lane>
      <lane id="l2" name="Ware-house (2nd shift)"><flowNodeRef>c</flowNodeRef></lane></laneSet>
    <task id="a" name="Check order!"><documentation>Look at every line.
Call the customer if unsure.</documentation></task>
    <task id="b" name="check  order"/>
    <task id="c" name="7 days \\ &quot;wait&quot;"/>
    <sequenceFlow id="f1" sourceRef="a" targetRef="b"/><sequenceFlow id="f2" sourceRef="b" targetRef="c"/>
  </process>
</definitions>`;
        const { text } = await importText(xml);
        const back = await readBack(text);
        expect(back.syntaxErrors).toBe(0);
        expect(back.actors).toEqual(['Owner', 'WareHouse2ndShift']);
        expect(Object.fromEntries(back.owners)).toEqual({ CheckOrder: 'Owner', CheckOrder2: 'Owner', N7DaysWait: 'WareHouse2ndShift' });
        expect(text).toContain('task CheckOrder2 "check order"');
        expect(text).toContain('task N7DaysWait "7 days \\\\ \\"wait\\""');
        expect(text).toContain('// Look at every line.\n// Call the customer if unsure.\ntask CheckOrder "Check order!"');
        expect(back.handoffs).toEqual(['CheckOrder -> CheckOrder2', 'CheckOrder2 -> N7DaysWait']);
    });
});

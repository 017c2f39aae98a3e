/**
 * Every MIWG reference model imports to a model that reads back without a
 * syntax error or an unresolved name; the invoice collaboration (C.1.0) and
 * the large lanes-and-sub-processes model (B.2.0) keep exactly their lanes,
 * tasks, owners and cross-lane handoffs.
 */
import { describe, expect, it } from 'vitest';
import { crossLane, importFile, readBack, referenceModels } from './bpmn-helpers.js';

describe('the MIWG reference models', () => {
    it.each(referenceModels())('%s imports to a model that reads back cleanly', async file => {
        const imported = await importFile(file);
        const back = await readBack(imported.text);
        expect(back.syntaxErrors).toBe(0);
        expect(back.findings.filter(finding => finding.rule === 'unresolved-reference' || finding.rule === 'duplicate-name' || finding.severity === 'error' && finding.rule === 'parse-error')).toEqual([]);
        expect(back.owners.size).toBeGreaterThan(0);
        // what could not be expressed is at the top of the file, every line of it
        for (const note of imported.model.notExpressed) expect(imported.text).toContain(note.replace(/\s+/g, ' ').slice(0, 40));
        // the same map gives the same text (names are derived, not random)
        expect((await importFile(file)).text).toBe(imported.text);
    });
});

describe('C.1.0: invoice handling across two pools', () => {
    it('keeps the lanes, the tasks and their owners', async () => {
        const back = await readBack((await importFile('C.1.0.bpmn')).text);
        // the Team-Assistant pool's unnamed lane and the Team Assistant lane are one role
        expect(back.actors).toEqual(['TeamAssistant', 'Approver', 'Accountant']);
        expect(Object.fromEntries(back.owners)).toEqual({
            ScanInvoice: 'TeamAssistant', ArchiveOriginal: 'TeamAssistant', AssignApprover: 'TeamAssistant', ReviewAndDocumentResult: 'TeamAssistant',
            ApproveInvoice: 'Approver', AssignApprover2: 'TeamAssistant', RechnungKlären: 'TeamAssistant',
            PrepareBankTransfer: 'Accountant', ArchiveInvoice: 'Accountant'
        });
    });

    it('keeps the cross-lane handoffs, with the gateway conditions as comments', async () => {
        const imported = await importFile('C.1.0.bpmn');
        const back = await readBack(imported.text);
        expect(crossLane(back)).toEqual([
            'ApproveInvoice -> PrepareBankTransfer',
            'ApproveInvoice -> RechnungKlären',
            'AssignApprover2 -> ApproveInvoice',
            'RechnungKlären -> ApproveInvoice'
        ]);
        expect(imported.text).toMatch(/\/\/ exclusive gateway "Invoice approved\?", "yes", when \$\{approved\}\n\s+ApproveInvoice\s+-> PrepareBankTransfer/);
        // the message flows between the pools are handoffs too
        expect(back.handoffs).toContain('ScanInvoice -> AssignApprover2');
        expect(back.handoffs).toContain('AssignApprover2 -> AssignApprover');
    });

    it('keeps the original names as titles and the service task automated', async () => {
        const { text } = await importFile('C.1.0.bpmn');
        expect(text).toContain('task PrepareBankTransfer "Prepare Bank Transfer" { owner Accountant }');
        expect(text).toContain('task ArchiveInvoice "Archive Invoice" { owner Accountant  automated by ProcessEngine }');
        expect(text).toContain('task RechnungKlären "Rechnung klären"');
    });
});

describe('B.2.0: lanes, sub-processes, boundary events, call activities', () => {
    it('keeps the lanes, the tasks and their owners', async () => {
        const back = await readBack((await importFile('B.2.0.bpmn')).text);
        expect(back.actors).toEqual(['Lane1', 'Lane2']);
        const byOwner = new Map<string, string[]>();
        for (const [task, owner] of back.owners) byOwner.set(owner, [...byOwner.get(owner) ?? [], task]);
        expect(byOwner.get('Lane1')!.sort()).toEqual(['CollapsedCallActivity', 'CollapsedSubProcess2', 'ExpandedCallActivity', 'ReceiveTask16',
            'ServiceTask15', 'ServiceTask22', 'Task11', 'Task17', 'Task18', 'Task19', 'Task21', 'Task23', 'Task24']);
        expect(byOwner.get('Lane2')!.sort()).toEqual(['Task25', 'Task26', 'Task27', 'Task28', 'Task29', 'Task30', 'Task31', 'Task32', 'Task33']);
        // the pool without lanes, the called processes: the map does not say who does these
        expect(byOwner.get('')!.sort()).toEqual(['AbstractTask1', 'CallActivityCallingAGlobalUserTask', 'CollapsedSubProcess1MultiInstances',
            'SendTask2', 'ServiceTask14', 'ServiceTask4', 'Task10', 'Task34', 'Task5', 'Task6', 'Task9', 'UserTask12MutiInstSeq', 'UserTask13',
            'UserTask3', 'UserTask7StandardLoop', 'UserTask8']);
    });

    it('keeps the cross-lane handoffs, boundary events and message flows included', async () => {
        const back = await readBack((await importFile('B.2.0.bpmn')).text);
        expect(crossLane(back)).toEqual([
            'ReceiveTask16 -> Task10',   // message flow 2, from the end event after Receive Task 16
            'SendTask2 -> Task11',       // message flow 1, to the message start event before Task 11
            'ServiceTask22 -> Task29',   // the error boundary of Expanded Sub-Process 2
            'ServiceTask22 -> Task30',   // its non-interrupting timer
            'Task21 -> Task27'           // Task 21's interrupting timer
        ]);
    });

    it('lists what it could not express at the top', async () => {
        const { text } = await importFile('B.2.0.bpmn');
        const header = text.slice(0, text.indexOf('system '));
        expect(header).toContain('"User Task 7 Standard Loop" is a looping activity');
        expect(header).toContain('annotation: "Annotation"');
        expect(header).toContain('a group');
        expect(header).toContain('16 task(s) sit in no lane');
        expect(text).toContain('// sub-process "Expanded Sub-Process 1": UserTask7StandardLoop (flattened into this process)');
    });
});

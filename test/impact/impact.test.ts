/**
 * Every kind of impact item, each from a pair of small models that differ in
 * one way, with the exact items expected (other kinds the change also causes
 * are filtered out by kind, so each test states what it is about).
 */
import { describe, expect, it } from 'vitest';
import { impactOf, itemsOf, only } from './impact-helpers.js';

const PEOPLE = `
actor Ana "Ana, owner" { trained on Till, Sheet }
actor Ben { trained on Till }
actor Cleo
actor Guest { kind customer }
tool Till { owner Ana }
tool Sheet { owner Ana }
`;

describe('training before the change works', () => {
    it('names who must be trained on a tool they will newly work, and whether the new model plans it', async () => {
        const before = `${PEOPLE}
tool App { owner Ana }
task Book { owner Ana  uses Till }
task Count { owner Cleo }
process Sell { owner Ana  Book -> Count "the order" }`;
        const after = `${PEOPLE.replace('actor Cleo', 'actor Cleo { trained on App }')}
tool App { owner Ana }
task Book { owner Ana  performed by Ben  uses Till, App }
task Count { owner Cleo }
process Sell { owner Ana  Book -> Count via App "the order" }`;
        expect(itemsOf(await impactOf(before, after), 'training')).toEqual([
            "training: Train Ben on App: they will perform Book with it; send work through it (Book -> Count). The new model does not list this training yet: add 'trained on App' to Ben."
        ]);
        const report = await impactOf(before, after.replace('actor Ben { trained on Till }', 'actor Ben { trained on Till, App }'));
        expect(only(report, 'training')).toMatchObject([{ actor: 'Ben', tool: 'App', plannedTraining: true, work: ['performs', 'sends'], people: ['Ben'], phase: 'before' }]);
        expect(report.summary.peopleToTrain).toBe(1);
    });

    it('does not ask for training someone already had, or who already worked the tool, or on a tool that needs none', async () => {
        const before = `${PEOPLE}
tool Paper { owner Ana  needs no training }
task Book { owner Ana  uses Till }
task Note { owner Cleo  uses Sheet }`;
        const after = `${PEOPLE}
tool Paper { owner Ana  needs no training }
task Book { owner Ana  performed by Ben  uses Till, Paper }
task Note { owner Cleo  uses Sheet }
task Count { owner Cleo  uses Sheet }`;
        expect(itemsOf(await impactOf(before, after), 'training')).toEqual([]);
    });

    it('names new fallback duties', async () => {
        const before = `${PEOPLE}\ntask Remind { owner Ana  automated by Till }\ntask Confirm { owner Ana  automated by Till }\ntask Count { owner Ana  performed by Cleo }`;
        const after = `${PEOPLE}\ntask Remind { owner Ana  automated by Till  fallback Ben }\ntask Confirm { owner Ana  automated by Till  fallback Ben }\ntask Count { owner Ana  performed by Cleo  fallback Ben }`;
        expect(itemsOf(await impactOf(before, after), 'fallback-duty')).toEqual([
            'fallback-duty: Ben becomes the fallback for Remind and Confirm: when Till is down, Ben does them by hand. Show them how before the change.',
            'fallback-duty: Ben becomes the fallback for Count: when Cleo cannot, Ben does it by hand. Show them how before the change.'
        ]);
        expect(itemsOf(await impactOf(after, after), 'fallback-duty')).toEqual([]);
    });
});

describe('work changing hands', () => {
    it('a task handed to automation: who oversees it, who takes what it cannot decide, who stands in', async () => {
        const before = `${PEOPLE}\ntask Remind { owner Ana  performed by Ben  uses Till }`;
        const after = `${PEOPLE}\ntask Remind { owner Ana  automated by Till  fallback Ben }`;
        const report = await impactOf(before, after);
        expect(itemsOf(report, 'task-automated')).toEqual([
            'task-automated: Remind will be done by Till instead of Ben. Ana answers for it and oversees what Till does; nothing says who takes what it cannot decide; when Till is down, Ben takes over.'
        ]);
        expect(only(report, 'task-automated')[0]).toMatchObject({ from: ['Ben'], to: [], tool: 'Till', people: ['Ben', 'Ana'], phase: 'during' });
        expect(itemsOf(await impactOf(`${PEOPLE}\ntask Remind { performed by Ben }`, `${PEOPLE}\ntask Remind { automated by Till }`), 'task-automated')).toEqual([
            'task-automated: Remind will be done by Till instead of Ben. Nobody owns it: name who oversees what Till does; nothing says who takes what it cannot decide; nobody takes over when Till is down.'
        ]);
    });

    it('a task taken back from automation', async () => {
        const report = await impactOf(`${PEOPLE}\ntask Remind { owner Ana  automated by Till }`, `${PEOPLE}\ntask Remind { owner Ana  performed by Cleo }`);
        expect(itemsOf(report, 'task-manual')).toEqual(['task-manual: Remind will be done by hand again, by Cleo (Till did it).']);
    });

    it('a task moving between people, joined or left, and its accountability moving', async () => {
        const before = `${PEOPLE}
task A { owner Ana  performed by Ben }
task B { owner Ana  performed by Ben }
task C { owner Ana  performed by Ben, Cleo }
task D { owner Ana }
task E { owner Ana  performed by Ben }`;
        const after = `${PEOPLE}
task A { owner Ana  performed by Cleo }
task B { owner Ana  performed by Ben, Cleo }
task C { owner Ana  performed by Cleo }
task D { owner Cleo }
task E { owner Cleo  performed by Ben }`;
        const report = await impactOf(before, after);
        expect(itemsOf(report, 'task-moved', 'owner-changed')).toEqual([
            'task-moved: A moves from Ben to Cleo.',
            'task-moved: Cleo will also do B, with Ben.',
            'task-moved: Ben will no longer do C; Cleo will.',
            'owner-changed: D moves from Ana to Cleo, who will do it and answer for it.',
            'owner-changed: Accountability for E moves from Ana to Cleo.'
        ]);
        expect(report.summary.tasksChangingHands).toBe(5);
    });

    it('tasks added and removed', async () => {
        const report = await impactOf(`${PEOPLE}\ntask Old { owner Ana  performed by Ben }`, `${PEOPLE}\ntask New { owner Ana  performed by Cleo }\ntask Auto { owner Ana  automated by Till }`);
        expect(itemsOf(report, 'task-added', 'task-removed')).toEqual([
            'task-added: New task New: done by Cleo, Ana answering for it.',
            'task-added: New task Auto: done by Till, overseen by Ana.',
            'task-removed: Old is no longer done (Ben did it).'
        ]);
    });
});

describe('feedback and measurement', () => {
    const base = `${PEOPLE}\ntask Serve { owner Ana }\nprocess Dine { owner Ana  tasks Serve }\n`;
    it('feedback loops and metrics lost, and a process nothing measures any more', async () => {
        const before = `${base}feedback Reviews { from Guest to Ana  about Dine  every week }\nmetric Wait { measures Serve  owner Ana  review weekly }`;
        const report = await impactOf(before, base);
        expect(itemsOf(report, 'feedback-lost', 'metric-lost', 'process-unmeasured')).toEqual([
            'feedback-lost: Feedback Reviews stops: Ana will no longer hear from Guest about Dine. Make sure something else tells them how it goes.',
            'metric-lost: Metric Wait of Serve goes away; Ana will no longer review it.',
            'process-unmeasured: Nothing will measure Dine any more (it had Wait): without a metric nobody can tell whether the change worked.'
        ]);
        expect(only(report, 'process-unmeasured')[0]).toMatchObject({ process: 'Dine', people: ['Ana'], phase: 'before' });
    });

    it('feedback loops and metrics gained, and a process measured for the first time', async () => {
        const after = `${base}feedback Reviews { from Guest to Ana  about Dine  every week }\nmetric Wait { measures Dine  owner Ana  review weekly }`;
        expect(itemsOf(await impactOf(base, after), 'feedback-gained', 'metric-gained', 'process-measured')).toEqual([
            'feedback-gained: New feedback Reviews: Ana will hear from Guest about Dine.',
            'metric-gained: New metric Wait of Dine, reviewed by Ana.',
            'process-measured: Dine will be measured (by Wait); nothing measured it before.'
        ]);
    });
});

describe('single points of failure, workload, re-keying, data and findings', () => {
    it('single points of failure created and removed (the single-point-of-failure check of both states)', async () => {
        const before = `${PEOPLE.replace('actor Ben { trained on Till }', 'actor Ben { trained on Till, Sheet }')}\ntask Count { owner Ana  uses Sheet }`;
        const after = `${PEOPLE}\ntask Count { owner Ana  uses Sheet }`;
        expect(itemsOf(await impactOf(before, after), 'single-point-created')).toEqual([
            'single-point-created: New single point of failure: Train another person of the business on Sheet: today only Ana can work it, fewer than 2 people. If Ana is away, the work that needs it stops.'
        ]);
        expect(itemsOf(await impactOf(after, before), 'single-point-removed')).toEqual([
            'single-point-removed: No longer a single point of failure: tool Sheet no longer depends on Ana alone.'
        ]);
    });

    it('workload per person: tasks owned, done and overseen, and hours where the model gives them', async () => {
        const before = `${PEOPLE}
task A { owner Ana  performed by Ben  effort 2 hours per week }
task B { owner Ana  performed by Ben, Cleo  effort 10 minutes each  frequency 60 per week }
task C { owner Ana  performed by Cleo }`;
        const after = `${PEOPLE}
task A { owner Ana  automated by Till }
task B { owner Ana  performed by Ben, Cleo  effort 10 minutes each  frequency 60 per week }
task C { owner Cleo  performed by Cleo  effort 1 hour per day }`;
        const report = await impactOf(before, after);
        expect(itemsOf(report, 'workload')).toEqual([
            'workload: Workload of Ana: owns 3 → 2 tasks; oversees 0 → 1 automated.',
            'workload: Workload of Ben: does 2 → 1 tasks; about 7 → 5 hours a week.',
            'workload: Workload of Cleo: owns 0 → 1 tasks; about 5 → 10 hours a week.'
        ]);
        expect(only(report, 'workload').find(item => item.actor === 'Cleo')?.workload).toEqual({
            before: { owns: 0, does: 2, oversees: 0, hours: 5, withoutEffort: 1 },
            after: { owns: 1, does: 2, oversees: 0, hours: 10, withoutEffort: 0 }
        });
    });

    it('handoffs gaining and losing re-keying (the manual-reentry check of both states)', async () => {
        const before = `${PEOPLE}
task Book { owner Ana  uses Till }
task Count { owner Ana  uses Sheet }
process Close { owner Ana  Book -> Count "receipts" }`;
        const after = before.replace('tool Till { owner Ana }', 'tool Till { owner Ana  feeds Sheet }');
        expect(itemsOf(await impactOf(after, before), 'rekeying-added')).toEqual([
            'rekeying-added: From Book to Count in Close, someone will type the data from Till into Sheet again.'
        ]);
        expect(itemsOf(await impactOf(before, after), 'rekeying-removed')).toEqual([
            'rekeying-removed: From Book to Count in Close, nobody types the data from Till into Sheet again any more.'
        ]);
    });

    it('personal data changing hands: people and tools that newly hold it, or no longer do', async () => {
        const before = `${PEOPLE}
tool Diary { owner Ana  handles personal-data }
task Book { owner Ana  uses Diary  handles personal-data }
task Serve { owner Ana  performed by Ben }
process P { owner Ana  Book -> Serve "the booking" }`;
        const after = `${PEOPLE}
tool App { owner Ana  vendor "Bookly"  handles personal-data }
task Book { owner Ana  uses App  handles personal-data }
task Serve { owner Ana  performed by Ben  handles personal-data }
process P { owner Ana  Book -> Serve "the booking" with personal-data }`;
        const report = await impactOf(before, after);
        expect(itemsOf(report, 'data-gained', 'data-lost')).toEqual([
            'data-gained: App (from Bookly) will hold personal-data: agree with its vendor how the data is kept and who sees it before it goes live.',
            'data-gained: Ben will handle personal-data (task Serve, handoff Book -> Serve): make sure they may see it and know how to keep it.',
            'data-lost: Diary will no longer hold personal-data: decide what happens to the data it keeps.'
        ]);
        expect(only(report, 'data-gained').map(item => item.people)).toEqual([['Ana'], ['Ben']]);
    });

    it('findings introduced and resolved: the difference of the two check runs', async () => {
        const before = `${PEOPLE}\ntask Serve { owner Ana }`;
        const after = `${PEOPLE}\ntask Serve { performed by Ben }`;
        const report = await impactOf(before, after);
        expect(only(report, 'finding-introduced').map(item => `${item.severity} ${item.rule} ${item.people.join(',')}`)).toContain('error unowned-task ');
        expect(itemsOf(await impactOf(after, before), 'finding-resolved').some(item => item.includes('(unowned-task)'))).toBe(true);
        // The same finding in both states is neither introduced nor resolved, even when its line moved.
        const moved = await impactOf(after, `// a comment\n\n${after}`);
        expect(moved.items).toEqual([]);
    });
});

describe('renames', () => {
    it('an element under a new name with the same relations is the same element', async () => {
        const before = `${PEOPLE}
task TakeOrder { owner Ana  performed by Ben  uses Till }
task Cook { owner Cleo }
process Dine { owner Ana  TakeOrder -> Cook "ticket" }
metric Wait { measures Dine  owner Ana  review weekly }`;
        const after = before.replace(/TakeOrder/g, 'TakeTheOrder').replace(/Ben/g, 'Benjamin');
        const report = await impactOf(before, after);
        expect(itemsOf(report)).toEqual(['renamed: Ben is now called Benjamin.', 'renamed: TakeOrder is now called TakeTheOrder.']);
    });

    it('a rename together with a change reports the change under the new name', async () => {
        const before = `${PEOPLE}\ntool POS "Till at the counter" { owner Ana }\ntask Settle { owner Ana  performed by Ben  uses POS }`;
        const after = `${PEOPLE}\ntool Register "Till at the counter" { owner Ana }\ntask Settle { owner Ana  performed by Cleo  uses Register }`;
        expect(itemsOf(await impactOf(before, after), 'renamed', 'task-moved', 'training')).toEqual([
            "training: Train Cleo on Register (“Till at the counter”): they will perform Settle with it. The new model does not list this training yet: add 'trained on Register' to Cleo.",
            'renamed: POS is now called Register.',
            'task-moved: Settle moves from Ben to Cleo.'
        ]);
    });

    it('two states with nothing changed but layout have no items', async () => {
        const text = `${PEOPLE}\ntask Serve { owner Ana  performed by Ben  uses Till }`;
        const report = await impactOf(text, text.replace(/\n/g, '\n\n'));
        expect(report.items).toEqual([]);
    });
});

/**
 * A change carried in one model: `planned` elements are not there yet,
 * `retiring` ones will be gone. The two states are made as text, so both must
 * parse, and the comparison of the two reads like that of two files.
 */
import { describe, expect, it } from 'vitest';
import { plannedStates } from '../../src/impact/planned-states.js';
import { buildWorkspace } from '../helpers/workspace.js';
import { impactOf, itemsOf } from './impact-helpers.js';

const MIGRATION = `system Salon
actor Lina { trained on Diary, Phone, App }
actor Marta { trained on Diary, Phone, App }
actor Stylists { kind team  count 3 }
tool Phone { owner Lina }
tool Diary "Paper diary" { owner Marta  handles personal-data  retiring "in June" }
tool App "Online booking" { owner Lina  vendor "Bookly"  handles personal-data  planned "from May" }
task Book {
  owner Marta
  uses Phone, Diary, App
  automated by App
  fallback Marta
}
task Calendar { owner Lina  performed by Stylists  uses App  planned }
task CallBack { owner Marta  uses Phone, Diary  retiring }
process Appointment {
  owner Lina
  Book -> CallBack "the booking"
  Book -> Calendar via App "the booking"
}
metric Bookings { measures Book, CallBack  owner Lina  review weekly }
`;

function statesOf(text: string) {
    return plannedStates({ label: 'salon.sts', texts: [{ file: '/nonexistent-sts-impact/salon.sts', text }] });
}

describe('a change carried in one model (planned, retiring)', () => {
    it('makes the state now without the planned elements and every mention of them', () => {
        const { now, planned, marked } = statesOf(MIGRATION);
        expect(marked).toBe(4);
        expect(now.label).toBe('salon.sts (now)');
        expect(planned.label).toBe('salon.sts (planned)');
        const text = now.texts[0]!.text;
        expect(text).not.toMatch(/\bApp\b|\bCalendar\b/);
        expect(text).toContain('actor Lina { trained on Diary, Phone }');
        expect(text).toMatch(/task Book \{\n {2}owner Marta\n {2}uses Phone, Diary\n\s*\n {2}fallback Marta\n\}/);
        expect(text).toContain('  Book -> CallBack "the booking"\n');
        expect(text).toContain('tool Diary "Paper diary"');
    });

    it('makes the planned state without the retiring elements', () => {
        const text = statesOf(MIGRATION).planned.texts[0]!.text;
        expect(text).not.toMatch(/\bDiary\b|\bCallBack\b/);
        expect(text).toContain('actor Marta { trained on Phone, App }');
        expect(text).toContain('uses Phone, App');
        expect(text).toContain('metric Bookings { measures Book  owner Lina  review weekly }');
        expect(text).toContain('Book -> Calendar via App "the booking"');
    });

    it('both states parse and link without errors', async () => {
        const { now, planned } = statesOf(MIGRATION);
        for (const state of [now, planned]) {
            const { documents } = await buildWorkspace({ 'salon.sts': state.texts[0]!.text });
            const document = documents.get('salon.sts')!;
            expect(document.parseResult.parserErrors, state.texts[0]!.text).toEqual([]);
            expect((document.diagnostics ?? []).filter(diagnostic => diagnostic.code === 'unresolved-reference')).toEqual([]);
        }
    });

    it('the comparison of now with planned is the impact of the change', async () => {
        const { now, planned } = statesOf(MIGRATION);
        const report = await impactOf(now.texts[0]!.text, planned.texts[0]!.text);
        expect(itemsOf(report, 'task-automated', 'task-added', 'task-removed', 'data-gained', 'data-lost')).toEqual([
            'data-gained: App (from Bookly) will hold personal-data: agree with its vendor how the data is kept and who sees it before it goes live.',
            'task-automated: Book will be done by App instead of Marta. Marta answers for it and oversees what App does; nothing says who takes what it cannot decide; when App is down, Marta takes over.',
            'task-added: New task Calendar: done by Stylists, Lina answering for it.',
            'task-removed: CallBack is no longer done (Marta did it).',
            'data-lost: Diary will no longer hold personal-data: decide what happens to the data it keeps.'
        ]);
        // Marta's `trained on App` is part of the plan: App is not there now.
        expect(itemsOf(report, 'training')).toEqual([
            'training: Train Marta on App (“Online booking”): they will answer for Book, which it does automatically; take over Book when it is down.',
            "training: Train Stylists on App (“Online booking”): they will perform Calendar with it. The new model does not list this training yet: add 'trained on App' to Stylists."
        ]);
    });

    it('a model without marks has the same text in both states', () => {
        const text = 'actor A\ntask T { owner A }\n';
        const { now, planned, marked } = statesOf(text);
        expect(marked).toBe(0);
        expect([now.texts[0]!.text, planned.texts[0]!.text]).toEqual([text, text]);
    });
});

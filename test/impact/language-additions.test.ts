/**
 * The language additions the change impact needs: RACI's consulted and informed,
 * effort and frequency per task, and a planned state (`planned`, `retiring`) —
 * parsed, linked, shown on hover, kept by the formatter, and C/I in the report's RACI.
 */
import { describe, expect, it } from 'vitest';
import type { Task } from '../../src/language/generated/ast.js';
import { formatText } from '../../src/lsp/formatter.js';
import { hoursPerWeek } from '../../src/model/effort.js';
import { collectFindings } from '../../src/report/findings.js';
import { buildReport } from '../../src/report/report-model.js';
import { buildWorkspace, findingsOf } from '../helpers/workspace.js';

const MODEL = `system Bakery
actor Ana { trained on Till, Booking }
actor Ben { trained on Till }
actor Cleo { trained on Till, Booking }
tool Till { owner Ana }
tool Booking "Online booking" { owner Ana  planned "from May" }
tool Diary "Paper diary" { owner Ana  needs no training  retiring }
task TakeBooking {
  owner Ana
  performed by Ben
  uses Diary
  consulted Cleo
  informed Ana, Cleo
  effort 5 minutes each
  frequency 30 per week
}
task Bake { owner Ben  effort 20 hours per week  uses Till }
task Count { owner Ana  effort 2 hours per month  frequency weekly  uses Till }
task Order { owner Cleo  effort 30 minutes each  frequency every 2 weeks  uses Till }
task Guess { owner Cleo  effort 1 hour  uses Till }
process Bookings { owner Ana  consulted Ben  informed Cleo  TakeBooking -> Bake "the order" }
`;

async function build(text: string) {
    const { services, documents } = await buildWorkspace({ 'bakery.sts': text });
    return { services, document: documents.get('bakery.sts')! };
}

function taskNamed(document: Awaited<ReturnType<typeof build>>['document'], name: string): Task {
    return document.parseResult.value.elements.find(element => element.name === name) as Task;
}

describe('the language additions for change impact', () => {
    it('parse and link consulted, informed, effort, frequency and the planned state', async () => {
        const { document } = await build(MODEL);
        expect(document.parseResult.parserErrors).toEqual([]);
        expect(findingsOf(document).filter(finding => finding.rule === 'unresolved-reference' || finding.rule === 'parse-error')).toEqual([]);
        const take = taskNamed(document, 'TakeBooking');
        expect(take.consulted.map(actor => actor.ref?.name)).toEqual(['Cleo']);
        expect(take.informed.map(actor => actor.ref?.name)).toEqual(['Ana', 'Cleo']);
        const booking = document.parseResult.value.elements.find(element => element.name === 'Booking')!;
        expect(booking.$type === 'Tool' && booking.plan).toMatchObject({ state: 'planned', when: 'from May' });
    });

    it('turn effort and frequency into hours a week (undefined when the model does not say how often)', async () => {
        const { document } = await build(MODEL);
        expect(hoursPerWeek(taskNamed(document, 'TakeBooking'))).toBeCloseTo(2.5);   // 5 min × 30 a week
        expect(hoursPerWeek(taskNamed(document, 'Bake'))).toBe(20);
        expect(hoursPerWeek(taskNamed(document, 'Count'))).toBeCloseTo(2 * 12 / 52); // per month wins over the frequency
        expect(hoursPerWeek(taskNamed(document, 'Order'))).toBeCloseTo(0.25);        // 30 min every 2 weeks
        expect(hoursPerWeek(taskNamed(document, 'Guess'))).toBeUndefined();
    });

    it('show on hover: consulted, informed, effort in hours a week, and the planned state', async () => {
        const { services, document } = await build(MODEL);
        const hover = async (word: string) => {
            const offset = MODEL.indexOf(word);
            const result = await services.Sts.lsp.HoverProvider!.getHoverContent(document, {
                textDocument: { uri: document.uri.toString() }, position: document.textDocument.positionAt(offset + word.length - 1)
            });
            return (result?.contents as { value: string } | undefined)?.value ?? '';
        };
        const task = await hover('task TakeBooking');
        expect(task).toContain('consulted: Cleo');
        expect(task).toContain('informed: Ana, Cleo');
        expect(task).toContain('effort: 5 minutes each time (about 2.5 hours a week)');
        expect(await hover('tool Booking')).toContain('planned: being introduced, not there yet (from May)');
        expect(await hover('tool Diary')).toContain('retiring: still there, on its way out');
        expect(await hover('consulted')).toContain('RACI');
    });

    it('are kept by the formatter, one attribute per line or on one line', async () => {
        const messy = 'actor A\ntool T { owner A  planned   "soon" }\ntask X {\nowner A consulted A informed A\n   effort 3   hours per week frequency daily retiring }\n';
        const { services, document } = await build(messy);
        expect(formatText(document, services.Sts)).toBe(
            'actor A\ntool T { owner A  planned "soon" }\ntask X {\n  owner A\n  consulted A\n  informed A\n  effort 3 hours per week\n  frequency daily\n  retiring\n}\n');
    });

    it('put C and I in the report’s RACI, from the task and from its processes', async () => {
        const { services, document } = await build(MODEL);
        const [report] = buildReport(services.Sts, [document], collectFindings(services.Sts, [document], '/workspace'), '/workspace');
        const { actors, rows } = report!.raci;
        const cell = (task: string, actor: string) => rows.find(row => row.task === task)!.cells[actors.indexOf(actor)];
        expect(cell('TakeBooking', 'Ana')).toBe('A/I');
        expect(cell('TakeBooking', 'Ben')).toBe('R/C');
        expect(cell('TakeBooking', 'Cleo')).toBe('C/I');
        expect(cell('Bake', 'Ben')).toBe('A/C');
        expect(cell('Bake', 'Cleo')).toBe('I');
    });
});

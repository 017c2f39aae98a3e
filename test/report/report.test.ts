/**
 * What the owner's report says about Rosa's Trattoria (the contract example),
 * built in memory with the same code as `sts report`.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { collectFindings } from '../../src/report/findings.js';
import { renderHtml } from '../../src/report/render-html.js';
import { renderMarkdown } from '../../src/report/render-markdown.js';
import { reportDocument } from '../../src/report/report-document.js';
import { buildReport, type SystemReport } from '../../src/report/report-model.js';
import { buildWorkspace } from '../helpers/workspace.js';

const rosa = readFileSync(new URL('../language/rosa-contract.sts', import.meta.url), 'utf8');

async function reportOf(files: Record<string, string>): Promise<SystemReport[]> {
    const { services, documents } = await buildWorkspace(files);
    const list = [...documents.values()];
    return buildReport(services.Sts, list, collectFindings(services.Sts, list, '/workspace'), '/workspace');
}

function cell(matrix: { readonly rows: ReadonlyArray<{ readonly cells: readonly string[] }> }, columns: readonly string[], row: number, column: string) {
    return matrix.rows[row]!.cells[columns.indexOf(column)];
}

describe('the report on Rosa’s Trattoria', () => {
    it('groups the contract’s findings by area', async () => {
        const [system] = await reportOf({ 'rosa.sts': rosa });
        expect(system!.name).toBe('RosasTrattoria');
        expect(system!.title).toBe('Rosa\'s Trattoria');
        const rulesIn = (area: string) => system!.areas.find(entry => entry.area === area)!.findings.map(finding => finding.rule);
        expect(rulesIn('structure')).toContain('unresolved-reference');
        expect(rulesIn('people & training')).toEqual(expect.arrayContaining(['unowned-task', 'untrained-user']));
        expect(rulesIn('feedback & measurement')).toContain('missing-feedback-loop');
        expect(system!.counts.error).toBe(2);
        // Each area is either listed with its findings or named as clear.
        const markdown = renderMarkdown(reportDocument([system!]));
        const clear = /Nothing to act on in: ([^.]*)\./.exec(markdown)?.[1]?.split(', ') ?? [];
        for (const { area, findings } of system!.areas) {
            if (findings.length > 0) expect(markdown).toContain(`### ${area.charAt(0).toUpperCase()}${area.slice(1)} (${findings.length})`);
            else expect(clear).toContain(area);
        }
    });

    it('shows who is accountable for each task, and flags the task nobody owns', async () => {
        const [system] = await reportOf({ 'rosa.sts': rosa });
        const { raci } = system!;
        const row = (task: string) => raci.rows.findIndex(candidate => candidate.task === task);
        expect(cell(raci, raci.actors, row('Cook'), 'Chef')).toBe('A');
        expect(cell(raci, raci.actors, row('TakeOrder'), 'Waiter')).toBe('A');
        expect(raci.rows[row('ConfirmOnlineOrder')]!.cells.every(value => value === '')).toBe(true);
        expect(raci.rows[row('Cook')]!.processes).toEqual(['DineIn', 'Delivery']);
    });

    it('shows the waitstaff use the kitchen display untrained, and are trained on the POS', async () => {
        const [system] = await reportOf({ 'rosa.sts': rosa });
        const { training } = system!;
        const waiter = training.rows.findIndex(row => row.actor === 'Waiter');
        expect(cell(training, training.tools, waiter, 'KitchenDisplay')).toBe('uses-untrained');
        expect(cell(training, training.tools, waiter, 'POS')).toBe('trained');
        expect(cell(training, training.tools, waiter, 'ReviewSite')).toBe('not-needed');
    });

    it('names cooking as the single point of failure, as sts check does (the four waiters work the kitchen display too)', async () => {
        const [system] = await reportOf({ 'rosa.sts': rosa });
        expect(system!.singlePoints.map(({ kind, name, people }) => ({ kind, name, people }))).toEqual([
            { kind: 'skill', name: 'cooking', people: ['Chef'] }
        ]);
        expect(system!.singlePoints[0]!.message).toContain('today only Chef has it');
        // The waitstaff are four people, all trained on the POS.
        expect(system!.singlePoints.find(point => point.name === 'POS')).toBeUndefined();
    });

    it('opens with what to do first, by person, and shows who owns each process', async () => {
        const [system] = await reportOf({ 'rosa.sts': rosa });
        // Rosa owns both processes: every finding of the restaurant's work is hers to act on; the chef's display is the chef's
        expect(system!.actions[0]!.person).toBe('Rosa');
        expect(system!.actions[0]!.findings[0]!.severity).toBe('error');
        expect(system!.processOwners).toEqual([{ process: 'DineIn', owner: 'Rosa', answers: true }, { process: 'Delivery', owner: 'Rosa', answers: true }]);
        const markdown = renderMarkdown(reportDocument([system!]));
        expect(markdown.indexOf('What to do first, by person')).toBeGreaterThan(0);
        expect(markdown.indexOf('What to do first, by person')).toBeLessThan(markdown.indexOf('Findings by area'));
        expect(markdown).toContain('| DineIn | Rosa |');
    });

    it('shows dine-in’s feedback loop closed and delivery’s open', async () => {
        const [system] = await reportOf({ 'rosa.sts': rosa });
        const dineIn = system!.feedback.find(process => process.process === 'DineIn')!;
        expect(dineIn).toMatchObject({ owner: 'Rosa', closed: true });
        expect(dineIn.feedback).toEqual([{ name: 'GuestReviews', from: 'Guest', to: 'Rosa', cadence: 'every week', reachesOwner: true }]);
        expect(dineIn.metrics).toEqual([{ name: 'TicketTime', owner: 'Rosa', review: 'weekly', target: 'under 20 minutes' }]);
        expect(system!.feedback.find(process => process.process === 'Delivery')).toMatchObject({ closed: false, feedback: [], metrics: [] });
    });

    it('lists automation candidates and every exception with its reason', async () => {
        const edited = rosa
            .replace('task Serve { owner Waiter }', 'task Serve { owner Waiter  repetitive  rule-based }')
            .replace('task TakeOrder "Take', '// sts-ignore single-point-of-failure: a second cook starts in May\ntask Cook2 { owner Chef }\n// sts-ignore unowned-task: Rosa decides this week\ntask Unassigned { }\ntask TakeOrder "Take');
        const [system] = await reportOf({ 'rosa.sts': edited });
        expect(system!.automation).toEqual([{ task: 'Serve', owner: 'Waiter', marks: ['repetitive', 'rule-based'], tools: ['POS'] }]);
        expect(system!.suppressions.map(finding => [finding.rule, finding.reason])).toContainEqual(['unowned-task', 'Rosa decides this week']);
        const markdown = renderMarkdown(reportDocument([system!]));
        expect(markdown).toContain('Rosa decides this week');
        expect(markdown).toMatch(/\| Serve \| Waiter \| repetitive, rule-based \| POS \|/);
    });

    it('renders Markdown and a self-contained HTML page that escape the model’s text', async () => {
        const edited = rosa.replace('task ConfirmOnlineOrder {', '// sts-ignore unowned-task: <script>alert(1)</script> | decided *later*\ntask ConfirmOnlineOrder {');
        const [system] = await reportOf({ 'rosa.sts': edited });
        const blocks = reportDocument([system!]);
        const markdown = renderMarkdown(blocks);
        expect(markdown).toMatch(/^# STS report: Rosa's Trattoria \(RosasTrattoria\)/);
        expect(markdown).toContain('| Delivery | Rosa | ❌ open | — | — |');
        expect(markdown).toContain('| Waiter | ✅ trained | ❌ uses, untrained | — |');
        expect(markdown).toContain('\\<script\\>alert(1)\\</script\\> \\| decided \\*later\\*');
        const html = renderHtml(blocks);
        expect(html).toContain('<td><span class="bad">uses, untrained</span></td>');
        expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; | decided *later*');
        expect(html).not.toContain('<script>');
        // e-mailed reports: a rule links to its page only on the web, and every check named is explained at the end
        expect(html).not.toContain('file://');
        expect(markdown).toContain('## The checks named in this report');
        expect(markdown).toMatch(/- unowned-task: A task with no accountable owner/);
    });
});

describe('a workspace with two systems', () => {
    it('reports each system on its own', async () => {
        const systems = await reportOf({
            'rosa.sts': rosa,
            'bakery.sts': 'system Bakery\nactor Baker { trained on Oven }\ntool Oven { owner Baker }\ntask Bake { owner Baker  uses Oven }\n'
        });
        expect(systems.map(system => system.name).sort()).toEqual(['Bakery', 'RosasTrattoria']);
        const bakery = systems.find(system => system.name === 'Bakery')!;
        expect(bakery.files).toEqual(['bakery.sts']);
        expect(bakery.raci.actors).toEqual(['Baker']);
        const markdown = renderMarkdown(reportDocument(systems));
        expect(markdown).toMatch(/^# STS report\n/);
        expect(markdown).toContain('## Bakery');
    });
});

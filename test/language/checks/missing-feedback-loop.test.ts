/**
 * missing-feedback-loop: a process must tell someone who can change it whether
 * it works — feedback reaching its owner or a task owner, or an owned, reviewed metric.
 */
import { describe, expect, it } from 'vitest';
import { checkOne, underlined } from '../language-helpers.js';

const SHOP = `actor Owner
actor Baker
actor Guest { kind customer }
actor Accountant
task Bake { owner Baker }
task Sell { owner Owner }
process Morning "Morning bake" {
  owner Owner
  Bake -> Sell
}
process Evening { owner Owner  Sell -> Bake }
`;

async function loopFindings(extra: string): Promise<string[]> {
    const { findings } = await checkOne(SHOP + extra);
    return underlined(findings, 'missing-feedback-loop');
}

describe('missing-feedback-loop', () => {
    it('flags a process with no feedback and no metric, on its name, as a warning', async () => {
        const { findings } = await checkOne(SHOP);
        expect(underlined(findings, 'missing-feedback-loop')).toEqual(['Evening @11', 'Morning @7']);
        const finding = findings.find(found => found.text === 'Morning')!;
        expect(finding.severity).toBe('warning');
        expect(finding.diagnostic.data).toMatchObject({ code: 'missing-feedback-loop', process: 'Morning' });
    });

    it('is closed by feedback about the process reaching its owner', async () => {
        expect(await loopFindings('feedback Reviews { from Guest to Owner  about Morning  every week }')).toEqual(['Evening @11']);
    });

    it('is closed by feedback about the process reaching the owner of one of its tasks', async () => {
        expect(await loopFindings('feedback Reviews { from Guest to Baker  about Morning  every week }')).toEqual(['Evening @11']);
    });

    it('is closed by feedback about one of its tasks reaching that task’s owner (for every process the task is in)', async () => {
        expect(await loopFindings('feedback Crumbs { from Guest to Baker  about Bake  every day }')).toEqual([]);
    });

    it('is closed by a metric with an owner and a review cadence, measuring the process or one of its tasks', async () => {
        expect(await loopFindings('metric Loaves { measures Morning  target "200"  owner Owner  review daily }')).toEqual(['Evening @11']);
        expect(await loopFindings('metric Waste { measures Bake  owner Baker  review every 2 weeks }')).toEqual([]);
    });

    it('is not closed by feedback that reaches someone with nothing to do with the process', async () => {
        expect(await loopFindings('feedback Reviews { from Guest to Accountant  about Morning, Evening  every week }')).toEqual(['Evening @11', 'Morning @7']);
    });

    it('is not closed by feedback that reaches nobody, or that is about another process', async () => {
        expect(await loopFindings('feedback Reviews { from Guest  about Morning  every week }\nfeedback Other { from Guest to Owner  about Evening  every week }')).toEqual(['Morning @7']);
    });

    it('is not closed by feedback with no cadence, feedback to a customer, or a metric owned by a supplier, and names each near miss', async () => {
        const { findings } = await checkOne(`${SHOP}actor Mill { kind supplier }
feedback Chat { from Baker to Owner  about Morning }
feedback Thanks { from Owner to Guest  about Morning  every week }
metric Flour { measures Bake  target "no waste"  owner Mill  review yearly }`);
        expect(underlined(findings, 'missing-feedback-loop')).toEqual(['Evening @11', 'Morning @7']);
        const message = findings.find(found => found.text === 'Morning')!.message;
        expect(message).toContain('Chat reaches Owner but has no cadence');
        expect(message).toContain('Thanks goes to Guest, a customer');
        expect(message).toContain('metric Flour is owned by Mill, a supplier');
        // each near miss is its own clause: "…, a customer; metric Flour …", never "… a customer and metric Flour …"
        expect(message).toMatch(/: Chat reaches Owner but has no cadence[^;]*; Thanks goes to Guest, a customer; metric Flour is owned by Mill, a supplier\./);
    });

    it('resolves feedback about a tool, which closes no process loop by itself', async () => {
        const { findings } = await checkOne(`${SHOP}tool Oven { owner Baker }
feedback OvenNotes { from Baker to Owner  about Oven  every week }`);
        expect(findings.filter(found => found.rule === 'unresolved-reference')).toEqual([]);
        expect(underlined(findings, 'missing-feedback-loop')).toEqual(['Evening @11', 'Morning @7']);
    });

    it('is not closed by a metric without an owner or without a review cadence', async () => {
        expect(await loopFindings(`metric NoOwner { measures Morning  target "200"  review weekly }
metric NoReview { measures Morning, Evening  target "200"  owner Owner }`)).toEqual(['Evening @11', 'Morning @7']);
    });

    it('names who the feedback should reach', async () => {
        const { findings } = await checkOne(SHOP);
        expect(findings.find(found => found.text === 'Morning')!.message).toMatch(/Owner.*Baker|Baker.*Owner/);
    });
});

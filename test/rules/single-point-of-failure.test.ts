/**
 * single-point-of-failure: one cause, one finding. A tool that only the work of a thin
 * skill uses, and only that skill's holders work, is named in the skill's finding.
 */
import { describe, expect, it } from 'vitest';
import { buildWorkspace, findingsOf } from '../helpers/workspace.js';

async function checkOne(text: string) {
    const { documents } = await buildWorkspace({ 'model.sts': text });
    return { findings: findingsOf(documents.get('model.sts')!) };
}

const BOOKS = `actor Ines { skills bookkeeping  trained on Accounts }
tool Accounts "Accounting spreadsheet" { kind spreadsheet  owner Ines }
task Books { owner Ines  uses Accounts  needs bookkeeping }`;

describe('single-point-of-failure: a tool only a thin skill’s work uses', () => {
    it('is one finding on the skill, naming the tool', async () => {
        const { findings } = await checkOne(BOOKS);
        const found = findings.filter(finding => finding.rule === 'single-point-of-failure');
        expect(found.map(finding => finding.message)).toEqual([
            'Cross-train another person of the business in bookkeeping and on Accounts, which only that work uses: today only Ines has it, fewer than 2 people, and task Books needs it.'
        ]);
        expect(found[0]!.diagnostic.data).toMatchObject({ kind: 'skill', element: 'bookkeeping', tools: ['Accounts'] });
    });

    it('is a finding of its own when other work uses the tool too', async () => {
        const { findings } = await checkOne(`${BOOKS}\ntask Stock { owner Ines  uses Accounts }`);
        expect(findings.filter(finding => finding.rule === 'single-point-of-failure').map(finding => finding.message)).toEqual([
            'Cross-train another person of the business in bookkeeping: today only Ines has it, fewer than 2 people, and task Books needs it.',
            'Train another person of the business on Accounts (“Accounting spreadsheet”): today only Ines can work it, fewer than 2 people. If Ines is away, the work that needs it stops.'
        ]);
    });

    it('is a finding of its own when the one who works it is not who has the skill', async () => {
        const { findings } = await checkOne(`actor Ines { skills bookkeeping }
actor Lukas { trained on Accounts }
tool Accounts { kind spreadsheet  owner Ines }
task Books { owner Ines  performed by Lukas  uses Accounts  needs bookkeeping }`);
        expect(findings.filter(finding => finding.rule === 'single-point-of-failure').map(finding => finding.message)).toEqual([
            'Cross-train another person of the business in bookkeeping: today only Ines has it, fewer than 2 people, and task Books needs it.',
            'Train another person of the business on Accounts: today only Lukas can work it, fewer than 2 people. If Lukas is away, the work that needs it stops.'
        ]);
    });
});

describe('single-point-of-failure: the words', () => {
    it('say "only X has it" when an outside worker also has it', async () => {
        const { findings } = await checkOne(`actor Declan { skills gas-safe }
actor Mark { kind contractor  skills gas-safe }
task Service { owner Declan  performed by Mark  needs gas-safe }`);
        expect(findings.filter(finding => finding.rule === 'single-point-of-failure').map(finding => finding.message)).toEqual([
            'Cross-train another person of the business in gas-safe: today only Declan (Mark, not of the business, also does) has it, fewer than 2 people, and task Service needs it.'
        ]);
    });
});

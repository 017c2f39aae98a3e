import { describe, expect, it } from 'vitest';
import { readSuppressions } from '../../src/validation/suppression.js';
import { buildWorkspace, findingsOf, summary } from '../helpers/workspace.js';

async function checked(text: string) {
    const { services, documents } = await buildWorkspace({ 'model.sts': text });
    const document = [...documents.values()][0]!;
    const findings = findingsOf(document);
    const relevant = summary(findings).filter(finding => /^(untrained-user|unowned-task|sts-ignore-without-reason|unused-suppression)@/.test(finding));
    return { relevant, findings, suppressed: services.Sts.validation.SuppressionLog.forDocument(document.uri.toString()) };
}

const header = `system Shop
actor Owner { trained on Till }
actor Clerk
tool Till { kind software  owner Owner }
`;

describe('// sts-ignore <rule-id>: <reason>', () => {
    it('silences that rule on the element below, and keeps the reason for reports', async () => {
        const { relevant, suppressed } = await checked(`${header}// sts-ignore untrained-user: the clerk was trained informally by the owner
task Sell { owner Clerk  uses Till }
task Count { }
`);
        expect(relevant).toEqual(['unowned-task@7']);
        expect(suppressed).toEqual([expect.objectContaining({
            rule: 'untrained-user', severity: 'warning', reason: 'the clerk was trained informally by the owner',
            range: expect.objectContaining({ start: expect.objectContaining({ line: 5 }) })
        })]);
        expect(suppressed[0]!.message).toContain('Clerk');
    });

    it('silences only the rule it names, and only on the element below', async () => {
        const { relevant } = await checked(`${header}// sts-ignore unowned-task: counted by whoever is in
task Sell { owner Clerk  uses Till }
task Count { }
`);
        expect(relevant).toEqual(['unowned-task@7', 'untrained-user@6', 'unused-suppression@5']);
    });

    it('works before a handoff line inside a process, and on an element spread over lines', async () => {
        const { relevant, suppressed } = await checked(`${header}task Sell {
  owner Owner
}
task Pack {
  // sts-ignore untrained-user: the clerk only reads the till's screen
  owner Clerk
}
task Count {
  owner Owner
  uses Till
}
process Selling {
  owner Owner
  // sts-ignore untrained-user: packing slips are printed for the clerk
  Pack -> Sell via Till
}
// sts-ignore unowned-task: reason given
// sts-ignore untrained-user: two comments may stack above one element
task Audit { owner Auditor  uses Till }
actor Auditor { kind contractor }
`);
        expect(relevant.filter(finding => finding.startsWith('untrained-user'))).toEqual([]);
        expect(relevant).toContain('unused-suppression@9');
        expect(relevant).toContain('unused-suppression@21');
        expect(suppressed.map(finding => finding.reason).sort()).toEqual([
            'packing slips are printed for the clerk', 'two comments may stack above one element'
        ]);
    });

    it('without a reason still silences, but is a finding of its own', async () => {
        const { relevant, findings } = await checked(`${header}// sts-ignore untrained-user
task Sell { owner Clerk  uses Till }
`);
        expect(relevant).toEqual(['sts-ignore-without-reason@5']);
        const finding = findings.find(candidate => candidate.rule === 'sts-ignore-without-reason')!;
        expect(finding.severity).toBe('warning');
        expect(finding.message).toContain('// sts-ignore untrained-user: <reason>');
    });

    it('that silences nothing is a finding, with a suggestion when the id is misspelt', async () => {
        const { relevant, findings } = await checked(`${header}// sts-ignore untrained-users: typo
task Sell { owner Clerk  uses Till }
// sts-ignore untrained-user: nothing to silence here
task Count { owner Owner }
`);
        expect(relevant).toEqual(['untrained-user@6', 'unused-suppression@5', 'unused-suppression@7']);
        const messages = findings.filter(finding => finding.rule === 'unused-suppression').map(finding => finding.message);
        expect(messages[0]).toContain('did you mean untrained-user?');
        expect(messages[1]).toContain('silences nothing');
    });

    it('links every finding to its rule page', async () => {
        const { findings } = await checked(`${header}// sts-ignore untrained-user
task Sell { owner Clerk  uses Till }
task Count { }
`);
        for (const finding of findings) {
            expect(finding.diagnostic.codeDescription?.href).toMatch(new RegExp(`/docs/rules/${finding.rule}\\.md$`));
        }
        expect(findings.length).toBeGreaterThanOrEqual(2);
    });
});

describe('reading sts-ignore comments', () => {
    it('ignores them inside block comments and points each at the next line of code', () => {
        const suppressions = readSuppressions([
            '/* a block',
            '// sts-ignore unowned-task: inside the block, not a suppression',
            '*/',
            '// sts-ignore unowned-task, untrained-user: both',
            '',
            '// an ordinary comment',
            'task A { }',
            '// sts-ignore skill-gap: at the end'
        ].join('\n'));
        expect(suppressions.map(({ rule, targetLine, reason }) => ({ rule, targetLine, reason }))).toEqual([
            { rule: 'unowned-task', targetLine: 6, reason: 'both' },
            { rule: 'untrained-user', targetLine: 6, reason: 'both' },
            { rule: 'skill-gap', targetLine: -1, reason: 'at the end' }
        ]);
    });
});

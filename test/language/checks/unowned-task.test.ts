/** unowned-task: every task has exactly one accountable owner, automated ones too (RACI). */
import { describe, expect, it } from 'vitest';
import { checkOne, underlined } from '../language-helpers.js';

describe('unowned-task', () => {
    it('flags a task with no owner, on its name, as an error', async () => {
        const { findings } = await checkOne('actor Ann\ntask Sell { owner Ann }\ntask Count "Count the stock"');
        expect(underlined(findings, 'unowned-task')).toEqual(['Count @3']);
        const finding = findings.find(found => found.rule === 'unowned-task')!;
        expect(finding.severity).toBe('error');
        expect(finding.diagnostic.data).toMatchObject({ code: 'unowned-task', task: 'Count' });
    });

    it('flags an automated task with no owner, and says a person must answer for the tool', async () => {
        const { findings } = await checkOne('actor Ann\ntool Site { owner Ann }\ntask Confirm {\n  automated by Site\n  escalates to Ann\n}');
        expect(underlined(findings, 'unowned-task')).toEqual(['Confirm @3']);
        expect(findings[0]!.message).toContain('Site does it automatically');
        expect(findings[0]!.message).toContain('a person of the business must still answer');
    });

    const people = `actor Ann
actor Shopper { kind customer }
actor Bot { kind agent }
actor Courier { kind external }
actor Lead { kind role }
actor Cashier { kind role  count 0 }
actor Floor { kind team  members Ann }
tool Site { owner Ann }
`;

    it('flags a customer or an agent who owns manual work, on the owner, and asks for a performer and an owner of the business', async () => {
        const { findings } = await checkOne(`${people}task Order { owner Shopper  uses Site }
task Reply { owner Bot }`);
        expect(underlined(findings, 'unowned-task')).toEqual(['Bot @10', 'Shopper @9']);
        expect(findings.find(found => found.text === 'Shopper')!.message).toContain("'performed by Shopper'");
        expect(findings.find(found => found.text === 'Bot')!.message).toContain('cannot answer for it');
    });

    it('leaves an agent that owns an automated task to automation-without-oversight, and an outside party contracted for the work alone', async () => {
        const { findings } = await checkOne(`${people}task Reply { owner Bot  automated by Site }
task Deliver { owner Courier }`);
        expect(underlined(findings, 'unowned-task')).toEqual([]);
    });

    it('flags a role nobody fills as no owner at all', async () => {
        const { findings } = await checkOne(`${people}task Open { owner Lead }
task Till { owner Cashier }`);
        expect(underlined(findings, 'unowned-task')).toEqual(['Cashier @10', 'Lead @9']);
        expect(findings[0]!.message).toContain('a role nobody fills');
        expect(findings[0]!.severity).toBe('error');
    });

    it('gives a team as owner only an info-level hint: diffuse accountability', async () => {
        const { findings } = await checkOne(`${people}task Stock { owner Floor }`);
        expect(underlined(findings, 'unowned-task')).toEqual(['Floor @9']);
        expect(findings[0]!.severity).toBe('info');
        expect(findings[0]!.message).toContain('Name the one person (Ann)');
    });

    it('does not count people who only perform the task as its owner', async () => {
        const { findings } = await checkOne('actor Ann\ntask Sell { performed by Ann }');
        expect(underlined(findings, 'unowned-task')).toEqual(['Sell @2']);
    });

    it('accepts a task with an owner, declared in any order', async () => {
        const { findings } = await checkOne('task Sell { owner Ann }\nactor Ann');
        expect(findings).toEqual([]);
    });

    it('leaves a misspelt owner to unresolved-reference rather than calling the task unowned', async () => {
        const { findings } = await checkOne('actor Ann\ntask Sell { owner Anne }');
        expect(findings.map(found => found.rule)).toEqual(['unresolved-reference']);
    });
});

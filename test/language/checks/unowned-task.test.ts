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
        expect(findings[0]!.message).toContain('automated by Site');
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

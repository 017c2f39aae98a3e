/**
 * The documentation tells the truth: each rule page's failing example gets at
 * least one finding of that rule, its passing example none, and the suppression
 * example names the rule with a reason.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { allRules, UNRESOLVED_REFERENCE } from '../../src/rules/registry.js';
import { check } from '../helpers/workspace.js';

const ruleIds = [...allRules.map(rule => rule.id), UNRESOLVED_REFERENCE];

function example(page: string, heading: string): string {
    const section = page.split(/^## /m).find(part => part.startsWith(heading));
    const code = section && /```sts\n([\s\S]*?)```/.exec(section);
    expect(code, `${heading} in the page`).toBeTruthy();
    return code![1]!;
}

describe('rule documentation pages', () => {
    it.each(ruleIds)('%s: the failing example fails and the passing example passes', async rule => {
        const page = readFileSync(new URL(`../../docs/rules/${rule}.md`, import.meta.url), 'utf8');
        const failing = await check(example(page, 'Failing example'));
        expect(failing.filter(finding => finding.rule === rule).length).toBeGreaterThan(0);
        const passing = await check(example(page, 'Passing example'));
        expect(passing.filter(finding => finding.rule === rule).map(finding => finding.message)).toEqual([]);
        if (rule === UNRESOLVED_REFERENCE) {
            // a missing name cannot be silenced with a comment, only declared, corrected or switched off
            expect(page).toContain('cannot be silenced');
            return;
        }
        // each `// sts-ignore` comment, put before its line in the failing example, silences the finding and is itself used
        const block = example(page, 'How to suppress').trim().split('\n');
        const lines = example(page, 'Failing example').split('\n');
        for (let position = 0; position < block.length; position += 2) {
            const [comment, target] = [block[position]!, block[position + 1]!];
            expect(comment).toMatch(new RegExp(`^// sts-ignore ${rule}: \\S`));
            const at = lines.indexOf(target);
            expect(at, `the suppression example quotes a line of the failing example: ${target}`).toBeGreaterThanOrEqual(0);
            lines.splice(at, 0, comment);
        }
        const suppressed = await check(lines.join('\n'));
        expect(suppressed.filter(finding => finding.rule === rule || finding.rule === 'unused-suppression').map(finding => finding.message)).toEqual([]);
    });

    it.each(['sts-ignore-without-reason', 'unused-suppression'])('%s (about sts-ignore comments): the examples behave as described', async rule => {
        const page = readFileSync(new URL(`../../docs/rules/${rule}.md`, import.meta.url), 'utf8');
        expect((await check(example(page, 'Failing example'))).filter(finding => finding.rule === rule)).toHaveLength(1);
        expect((await check(example(page, 'Passing example'))).filter(finding => finding.rule === rule)).toEqual([]);
    });

    it('lists every rule in the table of docs/rules/README.md', () => {
        const table = readFileSync(new URL('../../docs/rules/README.md', import.meta.url), 'utf8');
        for (const rule of [...ruleIds, 'sts-ignore-without-reason', 'unused-suppression']) expect(table).toContain(`[${rule}](${rule}.md)`);
    });
});

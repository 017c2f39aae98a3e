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
        expect(example(page, 'How to suppress')).toMatch(new RegExp(`^// sts-ignore ${rule}: \\S`));
    });

    it('lists every rule in the table of docs/rules/README.md', () => {
        const table = readFileSync(new URL('../../docs/rules/README.md', import.meta.url), 'utf8');
        for (const rule of ruleIds) expect(table).toContain(`[${rule}](${rule}.md)`);
    });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { rulesById, UNRESOLVED_REFERENCE } from '../../src/rules/registry.js';
import { check } from '../helpers/workspace.js';

// The example from the language's contract (LANGUAGE.md), verbatim.
const rosa = readFileSync(new URL('./rosa-contract.sts', import.meta.url), 'utf8');

describe('the contract example (Rosa’s Trattoria)', () => {
    it('parses and produces exactly the four findings of the contract', async () => {
        const findings = await check(rosa);
        // no syntax error, no failed check: every finding comes from a rule of the catalogue
        expect(findings.filter(finding => !CATALOGUE.has(finding.rule)).map(finding => finding.message)).toEqual([]);
        // "other catalogue rules may add more" (LANGUAGE.md): those are pinned in test/rules/rosa-catalogue.test.ts
        expect(findings.filter(finding => CONTRACT_RULES.has(finding.rule)).map(({ rule, severity, text }) => ({ rule, severity, text })).sort(byRule)).toEqual([
            { rule: 'unresolved-reference', severity: 'error', text: 'TableTablet' },
            { rule: 'unowned-task', severity: 'error', text: 'ConfirmOnlineOrder' },
            { rule: 'missing-feedback-loop', severity: 'warning', text: 'Delivery' },
            { rule: 'untrained-user', severity: 'warning', text: 'TakeOrder -> Cook via KitchenDisplay "order ticket"' }
        ].sort(byRule));
    });
});

const CATALOGUE = new Set([...rulesById.keys(), UNRESOLVED_REFERENCE]);
const CONTRACT_RULES = new Set(['unresolved-reference', 'unowned-task', 'untrained-user', 'missing-feedback-loop']);

function byRule(a: { rule: string; text: string }, b: { rule: string; text: string }) {
    return a.rule.localeCompare(b.rule) || a.text.localeCompare(b.text);
}

/**
 * What the whole catalogue says about the contract example (LANGUAGE.md), beyond
 * its four contract findings: pinned here so that a rule change that adds an error
 * or warning to Rosa's Trattoria is a conscious decision, not an accident.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { rulesById } from '../../src/rules/registry.js';
import { check } from '../helpers/workspace.js';

const rosa = readFileSync(new URL('../language/rosa-contract.sts', import.meta.url), 'utf8');

describe('the whole catalogue on Rosa’s Trattoria', () => {
    it('adds one warning to the four contract findings: only the head chef can cook', async () => {
        const findings = await check(rosa);
        const serious = findings.filter(finding => finding.severity === 'error' || finding.severity === 'warning');
        expect(serious.map(({ rule, text }) => `${rule}: ${text}`).sort()).toEqual([
            'missing-feedback-loop: Delivery',
            // truly a single point of failure: nobody but the head chef has the skill cooking
            'single-point-of-failure: cooking',
            'unowned-task: ConfirmOnlineOrder',
            'unresolved-reference: TableTablet',
            'untrained-user: TakeOrder -> Cook via KitchenDisplay "order ticket"'
        ]);
    });

    it('adds unused skills and the unmeasured delivery process as information', async () => {
        const findings = await check(rosa);
        const quiet = findings.filter(finding => finding.severity === 'info' || finding.severity === 'hint');
        expect(quiet.map(({ rule, text }) => `${rule}: ${text}`).sort()).toEqual([
            'unmeasured-process: Delivery',
            'unused-element: finance',
            'unused-element: inventory',
            'unused-element: scheduling'
        ]);
    });

    it('reports a rule that throws as one check-failed finding, and the other rules still report', async () => {
        const rule = rulesById.get('untrained-user')!;
        const spy = vi.spyOn(rule, 'check').mockImplementation(() => { throw new Error('boom'); });
        try {
            const findings = await check(rosa);
            const failed = findings.filter(finding => finding.rule === 'check-failed');
            expect(failed).toHaveLength(1);
            expect(failed[0]!.message).toContain('untrained-user');
            expect(failed[0]!.severity).toBe('error');
            expect(findings.some(finding => finding.rule === 'untrained-user')).toBe(false);
            expect(findings.map(finding => finding.rule)).toEqual(expect.arrayContaining(['unresolved-reference', 'unowned-task', 'missing-feedback-loop', 'single-point-of-failure']));
        } finally {
            spy.mockRestore();
        }
    });
});

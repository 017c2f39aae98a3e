/**
 * Every shipped example, checked the way a user opening the repository sees it:
 * all of examples/ in one workspace (so each example version must use a system
 * name of its own). Clean examples have no findings; the findings examples have
 * exactly the (rule, line) pairs listed below for the named checks.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { LangiumDocument } from 'langium';
import { buildWorkspace, findingsOf, type Finding } from '../helpers/workspace.js';

const EXAMPLES = fileURLToPath(new URL('../../examples/', import.meta.url));

/** The checks the product is named for, plus the two structural ones the examples teach. */
const NAMED_CHECKS = new Set(['unowned-task', 'untrained-user', 'missing-feedback-loop', 'unresolved-reference', 'duplicate-name']);

/**
 * What each findings example must report, as `rule@line`. Other catalogue
 * rules may add findings of their own; only the named checks are compared.
 */
const EXPECTED: Record<string, string[]> = {
    'restaurant/findings/rosas-trattoria.sts': [
        'unresolved-reference@34',  // TableTablet
        'unowned-task@46',          // ConfirmOnlineOrder
        'untrained-user@53',        // TakeOrder -> Cook via KitchenDisplay
        'missing-feedback-loop@58'  // Delivery
    ],
    'boutique/findings/threads-first-draft.sts': [
        'duplicate-name@24',        // tool Stock
        'duplicate-name@29',        // task Stock
        'unowned-task@32',          // ShootProducts
        'unresolved-reference@34',  // Instagramm
        'untrained-user@39',        // assistants use the online store
        'missing-feedback-loop@50'  // WebOrder
    ],
    'crm-sales-team/findings/harbour-sales-draft.sts': [
        'duplicate-name@28',        // tool Quote
        'unowned-task@32',          // ImportFairLeads
        'untrained-user@36',        // Chris performs QualifyLead, not in the trained team
        'duplicate-name@38',        // task Quote
        'unresolved-reference@41',  // owner Dan
        'missing-feedback-loop@51'  // Onboarding
    ],
    'chatbot-handoff/findings/brightline-launch.sts': [
        'unowned-task@28',          // AnswerBasicEnquiry
        'unresolved-reference@33',  // escalates to Agent
        'untrained-user@38',        // agents use the chat console
        'missing-feedback-loop@44', // ChatEnquiries
        'untrained-user@49'         // ResolveEnquiry -> FixArticle via KnowledgeBase
    ]
};

function exampleFiles(folder = EXAMPLES): string[] {
    return readdirSync(folder, { withFileTypes: true }).flatMap(entry => {
        const full = path.join(folder, entry.name);
        if (entry.isDirectory()) return exampleFiles(full);
        return entry.name.endsWith('.sts') ? [path.relative(EXAMPLES, full).split(path.sep).join('/')] : [];
    }).sort();
}

function rulesAndLines(findings: readonly Finding[]): string[] {
    return findings.filter(finding => NAMED_CHECKS.has(finding.rule)).map(finding => `${finding.rule}@${finding.line}`).sort();
}

const files = exampleFiles();
const clean = files.filter(file => file.includes('/clean/'));
const withFindings = files.filter(file => file.includes('/findings/'));
let documents: Map<string, LangiumDocument>;

beforeAll(async () => {
    const sources = Object.fromEntries(files.map(file => [file, readFileSync(path.join(EXAMPLES, file), 'utf8')]));
    ({ documents } = await buildWorkspace(sources));
});

describe('the shipped examples', () => {
    it('cover the four businesses of the design, each with a clean and a findings version', () => {
        for (const business of ['boutique', 'restaurant', 'crm-sales-team', 'chatbot-handoff']) {
            expect(clean.some(file => file.startsWith(`${business}/`)), `${business} clean`).toBe(true);
            expect(withFindings.some(file => file.startsWith(`${business}/`)), `${business} findings`).toBe(true);
        }
        // change-impact/ holds a before and an after state for `sts impact` (test/impact), neither meant to be clean.
        expect(files.every(file => file.includes('/clean/') || file.includes('/findings/') || /^change-impact\/(before|after)\//.test(file))).toBe(true);
    });

    it('list an expectation for every findings example', () => {
        expect(withFindings).toEqual(Object.keys(EXPECTED).sort());
    });

    it('include a clean system spread over several files', () => {
        const restaurant = clean.filter(file => file.startsWith('restaurant/'));
        expect(restaurant.length).toBeGreaterThanOrEqual(2);
        const systemLines = restaurant.map(file => documents.get(file)!.textDocument.getText().match(/^system .*$/m)?.[0]);
        expect(new Set(systemLines).size).toBe(1);
    });

    describe.each(clean)('clean example %s', file => {
        it('has no findings of the named checks and no errors or warnings of any check', () => {
            const findings = findingsOf(documents.get(file)!);
            expect(rulesAndLines(findings)).toEqual([]);
            const serious = findings.filter(finding => finding.severity === 'error' || finding.severity === 'warning');
            expect(serious.map(finding => `${finding.rule}@${finding.line}: ${finding.message}`)).toEqual([]);
        });
    });

    describe.each(withFindings)('findings example %s', file => {
        it('reports exactly the listed findings of the named checks', () => {
            const findings = findingsOf(documents.get(file)!);
            expect(findings.filter(finding => finding.severity === 'error' && !NAMED_CHECKS.has(finding.rule) && finding.rule.endsWith('-error'))).toEqual([]);
            expect(rulesAndLines(findings)).toEqual([...(EXPECTED[file] ?? [])].sort());
        });

        it('explains each finding of the named checks in a comment above it', () => {
            const lines = documents.get(file)!.textDocument.getText().split(/\r?\n/);
            if (file === 'restaurant/findings/rosas-trattoria.sts') {
                // The contract example stays verbatim; its explanation follows it at the end.
                expect(lines.slice(75).join('\n')).toMatch(/unresolved-reference[\s\S]*unowned-task[\s\S]*untrained-user[\s\S]*missing-feedback-loop/);
                return;
            }
            for (const finding of findingsOf(documents.get(file)!).filter(finding => NAMED_CHECKS.has(finding.rule))) {
                const above = commentAbove(lines, finding.line);
                expect(above, `${finding.rule}@${finding.line}`).toContain(finding.rule);
            }
        });
    });
});

/** The block of `//` comment lines nearest above a 1-based line (within the element it sits in). */
function commentAbove(lines: readonly string[], line: number): string {
    const found: string[] = [];
    for (let index = line - 2; index >= 0 && found.length < 12; index--) {
        const text = lines[index]!.trim();
        if (text.startsWith('//')) found.push(text);
        else if (found.length > 0) break;
    }
    return found.join('\n');
}

/**
 * Every quick fix applied to the rules' own invalid fixtures (test/rules/<rule>/invalid-*.sts):
 * the finding it was offered for disappears, the result parses, and nothing
 * outside the edit changes. "Ignore with reason" is checked the same way for every rule.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CodeAction, Diagnostic } from 'vscode-languageserver-types';
import { catalogue } from '../../src/config/catalogue.js';
import { QUICK_FIXES } from '../../src/lsp/code-actions.js';
import { rulesById } from '../../src/rules/registry.js';
import { buildWorkspace, findingsOf } from '../helpers/workspace.js';
import { apply, editsByFile } from './lsp-helpers.js';

const RULES = new URL('../rules/', import.meta.url).pathname;

function invalidFixtures(): { rule: string; file: string }[] {
    const found: { rule: string; file: string }[] = [];
    for (const rule of readdirSync(RULES, { withFileTypes: true }).filter(entry => entry.isDirectory()).map(entry => entry.name).sort()) {
        for (const file of readdirSync(join(RULES, rule)).filter(name => name.startsWith('invalid') && name.endsWith('.sts')).sort()) {
            found.push({ rule, file: join(rule, file) });
        }
    }
    return found;
}

/** What identifies a finding across edits: its rule and the names in its data. */
function identity(diagnostic: Diagnostic): string {
    const data = (diagnostic.data ?? {}) as Record<string, unknown>;
    const names = Object.entries(data).filter(([key, value]) => key !== 'code' && typeof value === 'string').sort();
    return `${String(diagnostic.code)} ${JSON.stringify(names)}`;
}

async function diagnosticsOf(text: string) {
    const { services, documents } = await buildWorkspace({ 'model.sts': text });
    const document = documents.get('model.sts')!;
    return { services, document, findings: findingsOf(document) };
}

/** Applies `choose(actions)` for each finding of the rule in turn, and checks the result. */
async function checkFixes(text: string, rule: string, choose: (actions: CodeAction[]) => CodeAction | undefined): Promise<number> {
    const { services, document, findings } = await diagnosticsOf(text);
    const ofRule = findingsOf(document).filter(finding => finding.rule === rule);
    let applied = 0;
    for (const finding of ofRule) {
        const actions = await services.Sts.lsp.CodeActionProvider!.getCodeActions(document, {
            textDocument: { uri: document.uri.toString() }, range: finding.diagnostic.range, context: { diagnostics: [finding.diagnostic] }
        }) as CodeAction[];
        const action = choose(actions);
        if (!action) continue;
        const edits = editsByFile(action.edit);
        expect([...edits.keys()], action.title).toEqual(['model.sts']);
        const result = apply(text, edits.get('model.sts')!);
        expect(result.resultBefore, action.title).toBe(result.untouchedBefore);
        expect(result.resultAfter, action.title).toBe(result.untouchedAfter);
        const after = await diagnosticsOf(result.text);
        expect(after.findings.filter(f => f.rule === 'parse-error'), action.title).toEqual([]);
        // A fix never writes a name that is not declared (a made-up `owner Owner`).
        expect(after.findings.filter(f => f.rule === 'unresolved-reference').length, action.title).toBeLessThanOrEqual(findings.filter(f => f.rule === 'unresolved-reference').length);
        // Two findings may share their facts (both declarations of a duplicate name): one fewer must remain.
        const same = (list: typeof findings) => list.filter(f => identity(f.diagnostic) === identity(finding.diagnostic)).length;
        expect(same(after.findings), `${action.title} should remove ${identity(finding.diagnostic)}`).toBe(same(findings) - 1);
        applied++;
    }
    return applied;
}

const fixtures = invalidFixtures();
const fixable = fixtures.filter(({ rule }) => (catalogue().get(rule)?.fixes ?? []).some(key => QUICK_FIXES[key] !== undefined));

describe('quick fixes on the rules’ invalid fixtures', () => {
    it('has fixtures with a fix to try', () => {
        expect(fixable.length).toBeGreaterThan(10);
    });

    it.each(fixable)('$file: the preferred fix removes the finding and changes nothing else', async ({ rule, file }) => {
        const text = readFileSync(join(RULES, file), 'utf8');
        const preferred = (actions: CodeAction[]) => actions.find(action => action.isPreferred)
            ?? actions.find(action => !action.title.startsWith('Ignore') && !action.title.startsWith('Add all'));
        await checkFixes(text, rule, preferred);
    });

    it.each(fixtures.filter(({ rule }) => rulesById.has(rule)))('$file: "Ignore with reason" silences the finding', async ({ rule, file }) => {
        const text = readFileSync(join(RULES, file), 'utf8');
        const count = await checkFixes(text, rule, actions => actions.find(action => action.title.startsWith('Ignore')));
        expect(count).toBeGreaterThan(0);
    });
});

/**
 * The bundled language server as VS Code starts it: `dist/server.cjs --stdio`
 * in a child process of this Node (20 on the CI machines, so this also proves
 * the Object.groupBy polyfill made it into the bundle), spoken to over LSP.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Diagnostic } from 'vscode-languageserver/node';
import { allRules } from '../../src/rules/registry.js';
import { LanguageServerSession } from '../helpers/language-server.js';

const rosaPath = fileURLToPath(new URL('../language/rosa-contract.sts', import.meta.url));
const rosaUri = pathToFileURL(rosaPath).href;
const rosa = readFileSync(rosaPath, 'utf8');

/**
 * The errors and warnings as the editor shows them: rule id (the diagnostic's code) and 1-based
 * line. Information and hints (the wider catalogue's advice) are left out: the contract is about
 * the findings that need fixing. So are the findings of catalogue rules other than the named
 * checks (LANGUAGE.md: "other catalogue rules may add more"; Rosa's head chef is a single point
 * of failure): test/rules pins those. Crashes, parse errors and unknown codes still show.
 */
const NAMED_CHECKS = new Set(['unowned-task', 'untrained-user', 'missing-feedback-loop', 'unresolved-reference', 'duplicate-name']);
const OTHER_CATALOGUE_RULES = new Set(allRules.map(rule => rule.id).filter(id => !NAMED_CHECKS.has(id)));

function shown(diagnostics: Diagnostic[]): string[] {
    return diagnostics
        .filter(d => d.severity === undefined || d.severity <= 2)
        .filter(d => !OTHER_CATALOGUE_RULES.has(String(d.code)))
        .map(d => `${String(d.code)}@${d.range.start.line + 1}`).sort();
}

describe('the bundled language server over stdio', () => {
    let session: LanguageServerSession;

    beforeAll(async () => {
        const started = await LanguageServerSession.start();
        session = started.session;
        expect(started.initialized.capabilities.textDocumentSync, session.stderr.join('')).toBeDefined();
    });

    // Only needed when a test failed before the clean shutdown below.
    afterAll(() => session?.kill());

    it('publishes the four findings of the contract example, with rule ids as codes', async () => {
        const diagnostics = await session.open(rosaUri, rosa);
        expect(shown(diagnostics), session.stderr.join('')).toEqual([
            'missing-feedback-loop@58',
            'unowned-task@46',
            'unresolved-reference@34',
            'untrained-user@53'
        ]);
        const unowned = diagnostics.find(d => d.code === 'unowned-task')!;
        expect(unowned.message).toContain('ConfirmOnlineOrder');
        expect(unowned.severity).toBe(1); // error
    });

    it('drops a finding when an edit fixes it, and keeps the others through a parse error', async () => {
        const fixed = rosa.replace('  automated by OnlineOrdering', '  owner Rosa\n  automated by OnlineOrdering');
        // Rosa now answers for the automated task: the unowned-task finding goes. The handoff it sends
        // through KitchenDisplay is sent by the automation, not by Rosa, so no untrained-user appears there.
        expect(shown(await session.replace(rosaUri, 2, fixed))).toEqual([
            'missing-feedback-loop@59', 'unresolved-reference@34', 'untrained-user@54'
        ]);
        const broken = fixed.replace('task Serve { owner Waiter }', 'task Serve { owner }');
        const diagnostics = await session.replace(rosaUri, 3, broken);
        const codes = diagnostics.map(d => String(d.code ?? 'parse-error'));
        expect(codes).toContain('parse-error');
        expect(codes).toEqual(expect.arrayContaining(['unresolved-reference', 'untrained-user', 'missing-feedback-loop']));
    });

    it('checks an untitled document that was never saved', async () => {
        const uri = 'untitled:Untitled-1';
        const diagnostics = await session.open(uri, [
            'system Bakery',
            'actor Baker',
            'task Bake { owner Baker }',
            'task Deliver { }'
        ].join('\n'));
        expect(shown(diagnostics)).toEqual(['unowned-task@4']);
    });

    it('shuts down cleanly when asked', async () => {
        expect(await session.shutdown()).toBe(0);
    });
});

/**
 * Quick fixes: each finding id declares the keys of the fixes it offers
 * (`fixes` in its rule module); each key has a module under quick-fixes/
 * (listed in quick-fixes/index.ts), and every rule can be ignored with a reason.
 * A fix that throws loses only its own actions.
 */
import type { LangiumDocument } from 'langium';
import type { CodeActionProvider } from 'langium/lsp';
import type { CodeAction, CodeActionParams, Command } from 'vscode-languageserver';
import type { Model } from '../language/generated/ast.js';
import { catalogue } from '../config/catalogue.js';
import type { StsLspServices } from './lsp-module.js';
import { CHECK_FAILED, rulesById } from '../rules/registry.js';
import type { ClientCapabilities } from './client-capabilities.js';
import { ignoreFinding } from './quick-fixes/ignore-finding.js';
import { QUICK_FIXES } from './quick-fixes/index.js';
import type { QuickFixContext } from './quick-fixes/quick-fix.js';
import { ruleOf } from '../validation/diagnostic-findings.js';

export { QUICK_FIXES };

export class StsCodeActionProvider implements CodeActionProvider {
    private readonly capabilities: ClientCapabilities;

    constructor(private readonly services: StsLspServices) {
        this.capabilities = services.lsp.ClientCapabilities;
    }

    getCodeActions(document: LangiumDocument, params: CodeActionParams): Array<Command | CodeAction> {
        // Asked only for other kinds (source actions on save, refactorings): quick fixes are not wanted.
        const only = params.context.only;
        if (only && !only.some(kind => kind === 'quickfix' || 'quickfix'.startsWith(kind))) return [];
        const actions: CodeAction[] = [];
        const index = this.services.model.SystemIndexProvider.forDocument(document);
        for (const diagnostic of params.context.diagnostics) {
            const code = ruleOf(diagnostic);
            if (code === CHECK_FAILED) continue;
            const context: QuickFixContext = {
                document: document as LangiumDocument<Model>,
                diagnostic,
                data: (diagnostic.data ?? {}) as Record<string, unknown>,
                index,
                services: this.services,
                snippets: this.capabilities.snippetEdits,
                allDiagnostics: document.diagnostics ?? []
            };
            for (const key of catalogue().get(code)?.fixes ?? []) {
                try {
                    for (const item of QUICK_FIXES[key]?.(context) ?? []) actions.push(item);
                } catch {
                    // A fix that cannot be computed on a half-typed model is simply not offered.
                }
            }
            // unresolved-reference cannot be silenced (a name must be declared), nor can the suppression findings themselves.
            if (rulesById.has(code)) actions.push(ignoreFinding(context, code));
        }
        return actions;
    }
}

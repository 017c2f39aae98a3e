/**
 * What a quick fix is: given one finding (its diagnostic and the facts in its
 * `data`), the code actions that make it go away. One module per rule id.
 */
import type { LangiumDocument } from 'langium';
import type { CodeAction, Diagnostic, TextDocumentEdit, WorkspaceEdit } from 'vscode-languageserver-types';
import { CodeActionKind } from 'vscode-languageserver-types';
import type { Element, Model } from '../../language/generated/ast.js';
import type { StsLspServices } from '../lsp-module.js';
import type { SystemIndex } from '../../model/system-index.js';
import type { Insertion } from './element-edits.js';

export interface QuickFixContext {
    readonly document: LangiumDocument<Model>;
    readonly diagnostic: Diagnostic;
    /** the facts the rule put in the diagnostic's data (names of the actor, tool, task...) */
    readonly data: Readonly<Record<string, unknown>>;
    readonly index: SystemIndex;
    readonly services: StsLspServices;
    /** whether the client applies snippet edits (placeholders to tab through) */
    readonly snippets: boolean;
    /** every finding of the document, for "fix all of this kind" */
    readonly allDiagnostics: readonly Diagnostic[];
}

export type QuickFix = (context: QuickFixContext) => CodeAction[];

/** A string fact of the diagnostic's data, if present. */
export function fact(context: QuickFixContext, key: string): string | undefined {
    const value = context.data[key];
    return typeof value === 'string' && value.length > 0 ? value : undefined;
}

/** The element of the given type declared with this name in the document's system. */
export function declared<T extends Element>(index: SystemIndex, name: string | undefined, guard: (element: unknown) => element is T): T | undefined {
    return name === undefined ? undefined : index.declared(name).find(guard);
}

export function quickFix(title: string, diagnostics: Diagnostic[], insertions: readonly Insertion[], snippets: boolean, preferred = false): CodeAction {
    return {
        title,
        kind: CodeActionKind.QuickFix,
        diagnostics,
        isPreferred: preferred || undefined,
        edit: workspaceEdit(insertions, snippets)
    };
}

/**
 * Snippet edits (LSP 3.18) go in `documentChanges`; clients without them get the plain text in `changes`.
 * Only one snippet per edit is honoured by VS Code, so only the first insertion keeps its placeholders.
 */
export function workspaceEdit(insertions: readonly Insertion[], snippets: boolean): WorkspaceEdit {
    const useSnippets = snippets && insertions.some(insertion => insertion.snippet !== undefined);
    if (!useSnippets) {
        const changes: Record<string, { range: { start: Insertion['position']; end: Insertion['position'] }; newText: string }[]> = {};
        for (const insertion of insertions) {
            (changes[insertion.uri] ??= []).push({ range: { start: insertion.position, end: insertion.position }, newText: insertion.text });
        }
        return { changes };
    }
    const byUri = new Map<string, TextDocumentEdit>();
    let snippetUsed = false;
    for (const insertion of insertions) {
        let documentEdit = byUri.get(insertion.uri);
        if (!documentEdit) byUri.set(insertion.uri, documentEdit = { textDocument: { uri: insertion.uri, version: null }, edits: [] });
        const range = { start: insertion.position, end: insertion.position };
        if (insertion.snippet !== undefined && !snippetUsed) {
            snippetUsed = true;
            documentEdit.edits.push({ range, snippet: { kind: 'snippet', value: insertion.snippet } });
        } else {
            documentEdit.edits.push({ range, newText: insertion.text });
        }
    }
    return { documentChanges: [...byUri.values()] };
}

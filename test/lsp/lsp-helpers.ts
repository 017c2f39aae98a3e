/**
 * Helpers for the editing-feature tests: ask the real code-action provider for
 * the fixes of a finding, apply an action's edit to the texts, and compare what
 * changed outside the edit.
 */
import type { LangiumDocument } from 'langium';
import { TextDocument } from 'langium';
import type { CodeAction, Diagnostic, TextEdit, WorkspaceEdit } from 'vscode-languageserver-types';
import { buildWorkspace, findingsOf, type Finding, type Services } from '../helpers/workspace.js';

export interface FixResult {
    readonly actions: CodeAction[];
    readonly document: LangiumDocument;
    readonly services: Services;
}

/** The code actions offered for the first finding of `rule` in `file`. */
export async function fixesFor(files: Record<string, string>, rule: string, file = Object.keys(files)[0]!, which: (finding: Finding) => boolean = () => true): Promise<FixResult & { diagnostic: Diagnostic }> {
    const { services, documents } = await buildWorkspace(files);
    const document = documents.get(file)!;
    const finding = findingsOf(document).find(candidate => candidate.rule === rule && which(candidate));
    if (!finding) throw new Error(`no ${rule} finding in ${file}: ${findingsOf(document).map(f => f.rule).join(', ')}`);
    const actions = await services.Sts.lsp.CodeActionProvider!.getCodeActions(document, {
        textDocument: { uri: document.uri.toString() },
        range: finding.diagnostic.range,
        context: { diagnostics: [finding.diagnostic] }
    }) as CodeAction[];
    return { actions, document, services, diagnostic: finding.diagnostic };
}

/** The edits of a workspace edit per file name (the last path segment), snippet edits in their plain form. */
export function editsByFile(edit: WorkspaceEdit | undefined): Map<string, { range: TextEdit['range']; newText: string; snippet?: string }[]> {
    const result = new Map<string, { range: TextEdit['range']; newText: string; snippet?: string }[]>();
    const name = (uri: string) => uri.split('/').pop()!;
    for (const [uri, edits] of Object.entries(edit?.changes ?? {})) result.set(name(uri), edits.map(e => ({ range: e.range, newText: e.newText })));
    for (const change of edit?.documentChanges ?? []) {
        if (!('textDocument' in change)) continue;
        const list = result.get(name(change.textDocument.uri)) ?? [];
        for (const e of change.edits) {
            if ('snippet' in e) list.push({ range: e.range, newText: plain(e.snippet.value), snippet: e.snippet.value });
            else list.push({ range: e.range, newText: e.newText });
        }
        result.set(name(change.textDocument.uri), list);
    }
    return result;
}

function plain(snippet: string): string {
    return snippet.replace(/\$\{\d+:([^}]*)\}/g, '$1').replace(/\$\{\d+\|([^,|]*)[^}]*\}/g, '$1').replace(/\$\d+/g, '');
}

export interface Applied {
    readonly text: string;
    /** the original text before the first edit and after the last one */
    readonly untouchedBefore: string;
    readonly untouchedAfter: string;
    readonly resultBefore: string;
    readonly resultAfter: string;
}

/** Applies edits to a text the way an editor does (all ranges refer to the original). */
export function apply(text: string, edits: readonly { range: TextEdit['range']; newText: string }[]): Applied {
    const document = TextDocument.create('file:///x.sts', 'sts', 1, text);
    const offsets = edits.map(edit => ({ start: document.offsetAt(edit.range.start), end: document.offsetAt(edit.range.end), newText: edit.newText }));
    const result = TextDocument.applyEdits(document, edits.map(e => ({ range: e.range, newText: e.newText })));
    const first = Math.min(...offsets.map(o => o.start));
    const last = Math.max(...offsets.map(o => o.end));
    const grown = result.length - text.length;
    return {
        text: result,
        untouchedBefore: text.slice(0, first),
        untouchedAfter: text.slice(last),
        resultBefore: result.slice(0, first),
        resultAfter: result.slice(last + grown)
    };
}

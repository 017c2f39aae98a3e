/**
 * unused-element: remove an actor or tool nothing refers to (its whole lines).
 * The removal must not leave a new finding behind: a tool only the removed
 * element named (an actor's training, a tool's feed) goes with it, as it would
 * be unused too; when the removal would leave a person unused (the only team
 * naming its members, the only tool someone owns) it is not offered — removing
 * people is a decision, not a tidy-up.
 */
import type { AstNode, LangiumDocument } from 'langium';
import { AstUtils } from 'langium';
import type { CodeAction, Range, TextEdit } from 'vscode-languageserver-types';
import type { Element } from '../../language/generated/ast.js';
import { isActor, isTool } from '../../language/generated/ast.js';
import type { SystemIndex } from '../../model/system-index.js';
import { standsBy } from '../../rules/unused-element.js';
import { declared, fact, type QuickFixContext } from './quick-fix.js';

export function unusedElementFixes(context: QuickFixContext): CodeAction[] {
    const kind = fact(context, 'kind');
    if (kind !== 'actor' && kind !== 'tool') return [];
    const name = fact(context, 'element');
    const element: Element | undefined = kind === 'actor' ? declared(context.index, name, isActor) : declared(context.index, name, isTool);
    if (!element?.$cstNode) return [];
    const removed = removalOf(context.index, element);
    if (!removed) return [];
    const changes: Record<string, TextEdit[]> = {};
    for (const gone of removed) {
        const document = AstUtils.getDocument(gone);
        (changes[document.uri.toString()] ??= []).push({ range: wholeLines(document, gone), newText: '' });
    }
    const tools = removed.slice(1).map(tool => tool.name);
    return [{
        title: tools.length === 0
            ? `Remove the unused ${kind} ${element.name}`
            : `Remove the unused ${kind} ${element.name} and ${tools.length === 1 ? 'the tool' : 'the tools'} ${tools.join(', ')} nothing else names`,
        kind: 'quickfix',
        diagnostics: [context.diagnostic],
        edit: { changes }
    }];
}

/**
 * What goes with the element so that nothing is left unused: the tools only it (or what goes with it) names.
 * Undefined when the removal would leave an actor unused — that is for the user to decide.
 */
function removalOf(index: SystemIndex, element: Element): Element[] | undefined {
    const removed: Element[] = [element];
    for (let position = 0; position < removed.length; position++) {
        for (const target of referencedFrom(removed[position]!)) {
            if (removed.includes(target as Element) || namedOutside(index, target, removed)) continue;
            if (isTool(target)) removed.push(target);
            else if (isActor(target) && !standsBy(index, target)) return undefined;
        }
    }
    return removed;
}

/** The elements the element's own text names (`trained on`, `members`, `owner`, `feeds`…). */
function referencedFrom(element: AstNode): AstNode[] {
    const targets: AstNode[] = [];
    for (const node of AstUtils.streamAst(element)) {
        for (const { reference } of AstUtils.streamReferences(node)) {
            if ('ref' in reference) { if (reference.ref) targets.push(reference.ref); }
            else for (const item of reference.items) if (item.ref) targets.push(item.ref);
        }
    }
    return targets;
}

/** Whether anything in the system outside the removed elements names the target. */
function namedOutside(index: SystemIndex, target: AstNode, removed: readonly AstNode[]): boolean {
    for (const model of index.models) {
        for (const reference of AstUtils.getDocument(model).references) {
            const from = reference.$refNode?.astNode;
            if (!from || removed.some(element => isWithin(from, element))) continue;
            const targets = 'ref' in reference ? [reference.ref] : reference.items.map(item => item.ref);
            if (targets.includes(target)) return true;
        }
    }
    return false;
}

function isWithin(node: AstNode, container: AstNode): boolean {
    for (let current: AstNode | undefined = node; current; current = current.$container) if (current === container) return true;
    return false;
}

/** The element's own lines when nothing else is written on them, else just its text. */
function wholeLines(document: LangiumDocument, element: AstNode): Range {
    const range = element.$cstNode!.range;
    const text = document.textDocument;
    const lineStart = text.getText({ start: { line: range.start.line, character: 0 }, end: range.start }).trim() === '';
    const lineEnd = text.getText({ start: range.end, end: { line: range.end.line + 1, character: 0 } }).trim() === '';
    return lineStart && lineEnd ? { start: { line: range.start.line, character: 0 }, end: { line: range.end.line + 1, character: 0 } } : range;
}

/**
 * Text edits that add to an element's block without touching anything else:
 * a new attribute line, or one more name in an existing list. They follow the
 * block's own layout: a one-line block `{ kind customer }` stays on one line,
 * a multi-line block gets a line of its own at the indentation already used,
 * and an element without a block gets one.
 */
import type { AstNode, CstNode, LangiumDocument, LeafCstNode } from 'langium';
import { AstUtils, CstUtils, GrammarUtils } from 'langium';
import type { Position } from 'vscode-languageserver-types';

/** An insertion into one document; `snippet` is the same text in snippet syntax, when it has placeholders. */
export interface Insertion {
    readonly uri: string;
    readonly position: Position;
    readonly text: string;
    readonly snippet?: string;
}

/** Plain text of a snippet: placeholders become their default, choices their first option, tab stops vanish. */
export function plainOf(snippet: string): string {
    return snippet
        .replace(/\$\{\d+:([^}]*)\}/g, '$1')
        .replace(/\$\{\d+\|([^,|]*)[^}]*\}/g, '$1')
        .replace(/\$\d+/g, '')
        .replace(/\\([$}\\])/g, '$1');
}

/** The non-comment tokens of an element, in order. */
function tokensOf(node: AstNode): LeafCstNode[] {
    return node.$cstNode ? CstUtils.flattenCst(node.$cstNode).filter(leaf => !leaf.hidden).toArray() : [];
}

/** The element's own braces (not those of something nested in it). */
function bracesOf(node: AstNode): { open?: CstNode; close?: CstNode } {
    return {
        open: GrammarUtils.findNodeForKeyword(node.$cstNode, '{'),
        close: GrammarUtils.findNodeForKeyword(node.$cstNode, '}')
    };
}

function lineIndent(document: LangiumDocument, line: number): string {
    const text = document.textDocument.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } });
    return /^[ \t]*/.exec(text)?.[0] ?? '';
}

/**
 * Adds `attributes` (lines such as `trained on POS`, in snippet syntax if `snippet`) to the element's block.
 */
export function addAttribute(node: AstNode, attributes: string | readonly string[], snippet = false): Insertion {
    const lines = typeof attributes === 'string' ? [attributes] : attributes;
    const document = AstUtils.getDocument(node);
    const uri = document.uri.toString();
    const make = (position: Position, text: string): Insertion =>
        snippet ? { uri, position, text: plainOf(text), snippet: text } : { uri, position, text };
    const tokens = tokensOf(node);
    const { open, close } = bracesOf(node);
    const elementIndent = lineIndent(document, node.$cstNode?.range.start.line ?? 0);
    if (!open || !close) {
        const last = tokens[tokens.length - 1];
        const end = last?.range.end ?? node.$cstNode?.range.end ?? { line: 0, character: 0 };
        return make(end, ` {\n${lines.map(line => `${elementIndent}  ${line}\n`).join('')}${elementIndent}}`);
    }
    const inside = tokens.filter(token => token.offset > open.offset && token.offset < close.offset);
    const lastInside = inside[inside.length - 1];
    if (open.range.start.line === close.range.end.line) {
        // One-line block: attributes on one line are separated by two spaces, as in `{ kind device  owner Chef }`.
        const joined = lines.join('  ');
        if (lastInside) return make(lastInside.range.end, `  ${joined}`);
        const gap = close.offset - open.end;
        return make(open.range.end, gap > 0 ? ` ${joined}` : ` ${joined} `);
    }
    const firstOwnLine = inside.find(token => token.range.start.line > open.range.start.line);
    const indent = firstOwnLine ? lineIndent(document, firstOwnLine.range.start.line) : `${elementIndent}  `;
    const closeLineText = document.textDocument.getText({ start: { line: close.range.start.line, character: 0 }, end: close.range.start });
    if (closeLineText.trim() === '') {
        // `}` alone on its line: the new line goes just above it, after any trailing comment of the last attribute.
        return make({ line: close.range.start.line, character: 0 }, lines.map(line => `${indent}${line}\n`).join(''));
    }
    const after = lastInside?.range.end ?? open.range.end;
    return make(after, lines.map(line => `\n${indent}${line}`).join(''));
}

/**
 * Adds `name` to the list held by `property` (`trained on POS` → `trained on POS, KitchenDisplay`),
 * or a new `keyword name` line when the element has no such list yet.
 */
export function appendToList(node: AstNode, property: string, keyword: string, names: readonly string[]): Insertion {
    const values = GrammarUtils.findNodesForProperty(node.$cstNode, property);
    const last = values[values.length - 1];
    if (last) {
        return { uri: AstUtils.getDocument(node).uri.toString(), position: last.range.end, text: names.map(name => `, ${name}`).join('') };
    }
    return addAttribute(node, `${keyword} ${names.join(', ')}`);
}

/** Inserts whole elements (in their own paragraph) after `node`, or at the end of the document. */
export function addElementAfter(document: LangiumDocument, node: AstNode | undefined, element: string, snippet = false): Insertion {
    const uri = document.uri.toString();
    const tokens = node ? tokensOf(node) : [];
    const last = tokens[tokens.length - 1];
    if (last) {
        // At the end of the line, after any trailing comment; a multi-line neighbour gets a blank line between.
        const line = last.range.end.line;
        const lineText = document.textDocument.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } });
        const position = { line, character: lineText.replace(/\r?\n$/, '').length };
        const multiLine = (node?.$cstNode?.range.start.line ?? line) !== line || element.includes('\n');
        const text = `${multiLine ? '\n\n' : '\n'}${element}`;
        return snippet ? { uri, position, text: plainOf(text), snippet: text } : { uri, position, text };
    }
    const full = document.textDocument.getText();
    const position = document.textDocument.positionAt(full.length);
    const separator = full.length === 0 ? '' : full.endsWith('\n\n') ? '' : full.endsWith('\n') ? '\n' : '\n\n';
    const text = `${separator}${element}\n`;
    return snippet ? { uri, position, text: plainOf(text), snippet: text } : { uri, position, text };
}

/**
 * The canonical layout of a .sts file, applied by "Format Document" and
 * format-on-save. Only the whitespace between tokens changes, so the model
 * cannot change; a file with syntax errors is left alone.
 *
 * The layout:
 * - elements start at column 0; attributes inside a block are indented by 2
 *   spaces, one attribute per line; the closing `}` has a line of its own;
 * - a block written on one line (`actor Guest { kind customer }`) stays on one
 *   line, its attributes separated by two spaces; a block the author spread
 *   over several lines is laid out one attribute per line;
 * - a feedback's route `from A to B via C` stays on one line when it was, and
 *   so do a task's markers `repetitive  rule-based  error-prone`;
 * - the first `->` of every handoff line of a process is aligned;
 * - one space between tokens, none before a comma; at most one blank line
 *   is kept where the author left blank lines, none after `{` or before `}`;
 * - comments stay where they were: at the end of their line, or on a line
 *   of their own at the indentation of what surrounds them;
 * - the file ends with exactly one newline.
 */
import type { AstNode, LangiumDocument, LeafCstNode, LexerResult } from 'langium';
import { CstUtils, GrammarUtils } from 'langium';
import type { Formatter } from 'langium/lsp';
import type { DocumentFormattingParams, DocumentOnTypeFormattingOptions, DocumentRangeFormattingParams, Range, TextEdit } from 'vscode-languageserver';
import type { StsLspServices } from './lsp-module.js';

const INDENT = '  ';
const ELEMENT_KEYWORDS = new Set(['system', 'actor', 'tool', 'task', 'process', 'feedback', 'metric']);
/** The keywords that begin an attribute inside each kind of block. */
const ATTRIBUTE_KEYWORDS: Record<string, ReadonlySet<string>> = {
    System: new Set(['description']),
    Actor: new Set(['kind', 'count', 'skills', 'trained', 'members', 'description']),
    Tool: new Set(['kind', 'owner', 'vendor', 'handles', 'feeds', 'purpose', 'needs', 'description']),
    Task: new Set(['owner', 'performed', 'uses', 'needs', 'handles', 'automated', 'escalates', 'fallback', 'exclusive', 'consulted', 'informed', 'repetitive', 'rule-based', 'error-prone', 'description']),
    Process: new Set(['owner', 'trigger', 'outcome', 'tasks', 'consulted', 'informed', 'description']),
    Feedback: new Set(['from', 'to', 'via', 'about', 'description']),
    Metric: new Set(['measures', 'target', 'owner', 'review', 'description'])
};
/** Attributes written by a rule of their own, so their first token belongs to their own node. */
const OWN_NODE_ATTRIBUTES = new Set(['Flow', 'Effort', 'Frequency', 'PlannedState']);
/** Feedback attributes that may continue the route line `from A to B via C`. */
const ROUTE_KEYWORDS = new Set(['to', 'via']);
/** A task's markers, which may share a line: `repetitive  rule-based`. */
const FLAGS = new Set(['repetitive', 'rule-based', 'error-prone']);

export class StsFormatter implements Formatter {
    constructor(private readonly services: StsLspServices) { }

    formatDocument(document: LangiumDocument, _params: DocumentFormattingParams): TextEdit[] {
        return formattingEdits(document, this.services);
    }

    formatDocumentRange(document: LangiumDocument, params: DocumentRangeFormattingParams): TextEdit[] {
        return formattingEdits(document, this.services).filter(edit => contains(params.range, edit.range));
    }

    formatDocumentOnType(): TextEdit[] {
        return [];
    }

    get formatOnTypeOptions(): DocumentOnTypeFormattingOptions | undefined {
        return undefined;
    }
}

interface Token {
    readonly image: string;
    readonly offset: number;
    readonly end: number;
    readonly line: number;
    readonly endLine: number;
    readonly comment: boolean;
    readonly lineComment: boolean;
    readonly leaf?: LeafCstNode;
}

interface Block {
    readonly element: AstNode;
    readonly inline: boolean;
    /** width of the widest first step of a handoff line, for aligning the arrows */
    readonly stepWidth: number;
}

/** The whitespace edits that bring the document to the canonical layout (none if it does not parse). */
export function formattingEdits(document: LangiumDocument, services: StsLspServices): TextEdit[] {
    const text = document.textDocument.getText();
    const root = document.parseResult.value.$cstNode;
    if (!root || document.parseResult.lexerErrors.length > 0 || document.parseResult.parserErrors.length > 0) return [];
    const lexed = services.parser.Lexer.tokenize(text);
    if (lexed.errors.length > 0) return [];
    const leaves = new Map<number, LeafCstNode>();
    for (const leaf of CstUtils.flattenCst(root)) if (!leaf.hidden) leaves.set(leaf.offset, leaf);
    const tokens = [...lexed.tokens.map(token => toToken(token, false, leaves)), ...lexed.hidden.map(token => toToken(token, true, leaves))]
        .sort((a, b) => a.offset - b.offset);
    const newline = text.includes('\r\n') ? '\r\n' : '\n';
    const gaps = layout(tokens, text, newline);
    const edits: TextEdit[] = [];
    let previousEnd = 0;
    tokens.forEach((token, position) => {
        pushEdit(edits, document, text, previousEnd, token.offset, gaps[position] ?? '');
        previousEnd = token.end;
    });
    pushEdit(edits, document, text, previousEnd, text.length, tokens.length > 0 ? newline : '');
    return edits;
}

/** The whole formatted text (for tests and the command line). */
export function formatText(document: LangiumDocument, services: StsLspServices): string {
    const edits = formattingEdits(document, services);
    return applyEdits(document, edits);
}

function applyEdits(document: LangiumDocument, edits: readonly TextEdit[]): string {
    const text = document.textDocument.getText();
    let result = '';
    let from = 0;
    for (const edit of edits) {
        const start = document.textDocument.offsetAt(edit.range.start);
        result += text.slice(from, start) + edit.newText;
        from = document.textDocument.offsetAt(edit.range.end);
    }
    return result + text.slice(from);
}

function pushEdit(edits: TextEdit[], document: LangiumDocument, text: string, start: number, end: number, wanted: string): void {
    if (text.slice(start, end) === wanted) return;
    edits.push({ range: { start: document.textDocument.positionAt(start), end: document.textDocument.positionAt(end) }, newText: wanted });
}

function toToken(token: LexerResult['tokens'][number], comment: boolean, leaves: ReadonlyMap<number, LeafCstNode>): Token {
    return {
        image: token.image,
        offset: token.startOffset,
        end: token.startOffset + token.image.length,
        line: (token.startLine ?? 1) - 1,
        endLine: (token.endLine ?? token.startLine ?? 1) - 1,
        comment,
        lineComment: comment && token.image.startsWith('//'),
        leaf: comment ? undefined : leaves.get(token.startOffset)
    };
}

/** The whitespace wanted before each token. */
function layout(tokens: readonly Token[], text: string, newline: string): string[] {
    const gaps: string[] = [];
    const blocks: Block[] = [];
    let previous: Token | undefined;
    for (const token of tokens) {
        const block = blocks[blocks.length - 1];
        const indent = block && !block.inline ? INDENT : '';
        const blankBefore = previous !== undefined && blankLineBetween(text, previous.end, token.offset);
        const lineBreak = (blank: boolean) => newline + (blank ? newline : '');
        let gap: string;
        if (!previous) {
            gap = '';
        } else if (token.comment) {
            gap = token.line === previous.endLine ? ' ' : lineBreak(blankBefore && previous.image !== '{') + indent;
        } else {
            const role = roleOf(token, block);
            if (role === 'element') {
                gap = lineBreak(blankBefore);
            } else if (role === 'close') {
                gap = block?.inline ? ' ' : newline;
            } else if (role === 'attribute' && block) {
                const sameLine = token.line === previous.endLine && !previous.comment;
                const route = block.element.$type === 'Feedback' && ROUTE_KEYWORDS.has(token.image) && sameLine;
                const flags = FLAGS.has(token.image) && FLAGS.has(previous.image) && sameLine;
                if (route) gap = ' ';
                else if (flags) gap = '  ';
                else if (block.inline) gap = previous.image === '{' ? ' ' : '  ';
                else gap = lineBreak(blankBefore && previous.image !== '{') + INDENT;
            } else if (token.image === ',') {
                gap = '';
            } else {
                gap = ' '.repeat(arrowPadding(token, block));
            }
            if (previous.lineComment && !gap.includes('\n')) {
                // Nothing may follow a line comment on its line; a continued attribute goes one level deeper.
                gap = newline + indent + (role === 'continue' ? INDENT : '');
            }
        }
        gaps.push(gap);
        if (!token.comment && token.leaf) {
            if (token.image === '{' && isOwnBrace(token.leaf)) blocks.push(openBlock(token.leaf.astNode, tokens));
            else if (token.image === '}' && isOwnBrace(token.leaf)) blocks.pop();
        }
        previous = token;
    }
    return gaps;
}

type Role = 'element' | 'close' | 'attribute' | 'continue';

function roleOf(token: Token, block: Block | undefined): Role {
    const leaf = token.leaf;
    if (!leaf) return 'continue';
    const node = leaf.astNode;
    if (ELEMENT_KEYWORDS.has(token.image) && node.$container?.$type === 'Model' && node.$cstNode?.offset === leaf.offset) return 'element';
    if (!block) return 'continue';
    if (token.image === '}' && node === block.element) return 'close';
    if (node === block.element && ATTRIBUTE_KEYWORDS[node.$type]?.has(token.image)) return 'attribute';
    // A handoff line, a feedback's cadence (`every week`, `weekly`), a task's effort or frequency and
    // a planned state (`planned "in May"`) start with their own node.
    const startsOwnNode = node.$cstNode?.offset === leaf.offset && node.$container === block.element;
    if (startsOwnNode && (OWN_NODE_ATTRIBUTES.has(node.$type) || (node.$type === 'Cadence' && block.element.$type === 'Feedback'))) return 'attribute';
    return 'continue';
}

function isOwnBrace(leaf: LeafCstNode): boolean {
    return leaf.astNode.$container?.$type === 'Model';
}

function openBlock(element: AstNode, tokens: readonly Token[]): Block {
    const open = GrammarUtils.findNodeForKeyword(element.$cstNode, '{');
    const close = GrammarUtils.findNodeForKeyword(element.$cstNode, '}');
    const oneLine = open !== undefined && close !== undefined && open.range.start.line === close.range.end.line;
    const inline = oneLine && !tokens.some(token => token.lineComment && token.offset > open.offset && token.offset < close.offset);
    let stepWidth = 0;
    if (!inline && element.$type === 'Process') {
        for (const flow of (element as AstNode & { flows: AstNode[] }).flows) {
            const first = GrammarUtils.findNodeForProperty(flow.$cstNode, 'steps', 0);
            if (first) stepWidth = Math.max(stepWidth, first.text.length);
        }
    }
    return { element, inline, stepWidth };
}

/** Spaces before a token: one, or more before the first `->` of a handoff line so the arrows line up. */
function arrowPadding(token: Token, block: Block | undefined): number {
    if (token.image !== '->' || !block || block.inline || block.stepWidth === 0 || !token.leaf) return 1;
    const flow = token.leaf.astNode;
    if (flow.$type !== 'Flow') return 1;
    const arrow = GrammarUtils.findNodeForKeyword(flow.$cstNode, '->');
    if (arrow?.offset !== token.offset) return 1;
    const first = GrammarUtils.findNodeForProperty(flow.$cstNode, 'steps', 0);
    return 1 + block.stepWidth - (first?.text.length ?? block.stepWidth);
}

function blankLineBetween(text: string, start: number, end: number): boolean {
    return (text.slice(start, end).match(/\n/g)?.length ?? 0) >= 2;
}

function contains(outer: Range, inner: Range): boolean {
    const before = (a: Range['start'], b: Range['start']) => a.line < b.line || (a.line === b.line && a.character <= b.character);
    return before(outer.start, inner.start) && before(inner.end, outer.end);
}

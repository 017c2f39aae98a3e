/**
 * `// sts-ignore <rule-id>: <reason>` comments. A comment on its own line
 * silences that rule on the line that follows it: a finding there, or on the
 * element that starts there (a comment above `process X` covers findings inside
 * that process; one above a handoff line covers only that line). Several ids may
 * share one comment, separated by commas; stacked comments share the next line. Comments are read from the
 * text in one pass per document: cheaper than walking the CST, and comments at
 * the end of a file are not lost.
 */
import type { Range } from 'vscode-languageserver-types';

export { SUPPRESSION_WITHOUT_REASON, UNUSED_SUPPRESSION } from '../rules/built-in.js';

export interface Suppression {
    /** the rule id as written; empty when the comment names none */
    readonly rule: string;
    readonly reason: string | undefined;
    /** the whole comment */
    readonly range: Range;
    /** the 0-based line of the code the comment applies to, or -1 when nothing follows it */
    readonly targetLine: number;
}

const IGNORE_COMMENT = /^(\s*)\/\/\s*sts-ignore\b(.*)$/;
const STRINGS = /"(?:\\.|[^"\\])*"|'(?:\\.|[^'\\])*'/g;

export function readSuppressions(text: string): Suppression[] {
    // Most files silence nothing: one search of the text instead of a pass over its lines.
    if (!text.includes('sts-ignore')) return [];
    const suppressions: Suppression[] = [];
    let pending: Array<Omit<Suppression, 'targetLine'>> = [];
    let inBlockComment = false;
    const lines = text.split(/\r?\n/);
    lines.forEach((line, number) => {
        if (inBlockComment) {
            if (line.includes('*/')) inBlockComment = opensBlockComment(line.slice(line.indexOf('*/') + 2));
            return;
        }
        const ignore = IGNORE_COMMENT.exec(line);
        if (ignore) {
            const range = { start: { line: number, character: ignore[1]!.length }, end: { line: number, character: line.length } };
            for (const item of parseIgnore(ignore[2]!, range)) pending.push(item);
            return;
        }
        const trimmed = line.trim();
        if (trimmed === '' || trimmed.startsWith('//')) return;
        inBlockComment = opensBlockComment(line);
        // A line that is only a block comment is not the code a suppression points at.
        if (trimmed.startsWith('/*')) return;
        for (const suppression of pending) suppressions.push({ ...suppression, targetLine: number });
        pending = [];
    });
    for (const suppression of pending) suppressions.push({ ...suppression, targetLine: -1 });
    return suppressions;
}

/** `rule-a, rule-b: reason` after `sts-ignore`. */
function parseIgnore(rest: string, range: Range): Array<Omit<Suppression, 'targetLine'>> {
    const colon = rest.indexOf(':');
    const ids = (colon >= 0 ? rest.slice(0, colon) : rest).split(',').map(id => id.trim());
    const reason = colon >= 0 ? rest.slice(colon + 1).trim() || undefined : undefined;
    // Without a colon, words after the id are a reason written the wrong way; keep the first word as the id.
    const named = ids.map(id => colon >= 0 ? id : id.split(/\s+/)[0] ?? '').filter(id => id !== '');
    return (named.length > 0 ? named : ['']).map(rule => ({ rule, reason, range }));
}

/** Whether a line leaves a block comment open (ignoring `/*` inside strings and after `//`). */
function opensBlockComment(line: string): boolean {
    if (!line.includes('/*')) return false;
    const code = line.replace(STRINGS, '""');
    const lineComment = code.indexOf('//');
    const visible = lineComment >= 0 && lineComment < code.indexOf('/*') ? code.slice(0, lineComment) : code;
    const open = visible.lastIndexOf('/*');
    return open >= 0 && visible.indexOf('*/', open + 2) < 0;
}

/** Matches findings to suppressions and remembers which suppressions were used. */
export class SuppressionMatcher {
    private readonly byLine = new Map<number, Suppression[]>();
    readonly used = new Set<Suppression>();

    constructor(readonly suppressions: readonly Suppression[]) {
        for (const suppression of suppressions) {
            if (suppression.targetLine < 0) continue;
            const list = this.byLine.get(suppression.targetLine);
            if (list) list.push(suppression); else this.byLine.set(suppression.targetLine, [suppression]);
        }
    }

    /** The suppression for `rule` on any of the given lines (the finding's, its element's), if one exists. */
    match(rule: string, lines: Iterable<number>): Suppression | undefined {
        if (this.byLine.size === 0) return undefined;
        for (const line of lines) {
            const suppression = this.byLine.get(line)?.find(candidate => candidate.rule === rule);
            if (suppression) {
                this.used.add(suppression);
                return suppression;
            }
        }
        return undefined;
    }
}

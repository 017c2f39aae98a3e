/**
 * Text edits (LSP ranges, 0-based) applied to a file's text, and shown as a
 * unified diff (`--- a/file`, `+++ b/file`, `@@ -l,n +l,n @@` hunks with three
 * lines of context) — what `git apply` and `patch -p1` take. Hunks are made
 * from the edited lines themselves, so the work follows the size of the edit,
 * not of the file.
 */
import type { TextEdit } from 'vscode-languageserver-types';

const CONTEXT = 3;

/** The text with the edits applied (edits must not overlap; their order does not matter). */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
    const starts = lineStarts(text);
    const offset = (position: TextEdit['range']['start']) => Math.min((starts[position.line] ?? text.length) + position.character, starts[position.line + 1] ?? text.length);
    const sorted = edits.map(edit => ({ start: offset(edit.range.start), end: offset(edit.range.end), text: edit.newText })).sort((a, b) => b.start - a.start || b.end - a.end);
    let result = text;
    for (const edit of sorted) result = result.slice(0, edit.start) + edit.text + result.slice(edit.end);
    return result;
}

/** The diff of one file's edits; empty when they change nothing. */
export function unifiedDiff(file: string, text: string, edits: readonly TextEdit[]): string {
    if (edits.length === 0) return '';
    const oldLines = splitLines(text);
    const sorted = [...edits].sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
    // Group edits whose context would touch, then diff each group's lines.
    const groups: TextEdit[][] = [];
    for (const edit of sorted) {
        const last = groups[groups.length - 1];
        const lastEnd = last ? last.reduce((most, item) => Math.max(most, item.range.end.line), -Infinity) : -Infinity;
        if (last && edit.range.start.line - lastEnd <= CONTEXT * 2) last.push(edit); else groups.push([edit]);
    }
    const hunks: string[] = [];
    let shift = 0;
    for (const group of groups) {
        const firstLine = group[0]!.range.start.line;
        const lastLine = group.reduce((most, edit) => Math.max(most, edit.range.end.line), -Infinity);
        const from = Math.max(0, firstLine - CONTEXT);
        const to = Math.min(oldLines.length - 1, lastLine + CONTEXT);
        const before = oldLines.slice(from, to + 1);
        const localEdits = group.map(edit => ({
            ...edit,
            range: { start: { line: edit.range.start.line - from, character: edit.range.start.character }, end: { line: edit.range.end.line - from, character: edit.range.end.character } }
        }));
        const newlineAfter = to < oldLines.length - 1 || text.endsWith('\n');
        const after = splitLines(applyEdits(before.join('\n') + (newlineAfter ? '\n' : ''), localEdits));
        // Keep the common lines at both ends as context, the rest is the change.
        let head = 0;
        while (head < before.length && head < after.length && before[head] === after[head]) head++;
        let tail = 0;
        while (tail < before.length - head && tail < after.length - head && before[before.length - 1 - tail] === after[after.length - 1 - tail]) tail++;
        if (head === before.length && head === after.length) continue;
        const lead = Math.min(head, CONTEXT);
        const trail = Math.min(tail, CONTEXT);
        const removed = before.slice(head, before.length - tail);
        const added = after.slice(head, after.length - tail);
        const oldStart = from + head - lead;
        const oldCount = lead + removed.length + trail;
        const newCount = lead + added.length + trail;
        const lines = [
            `@@ -${rangeText(oldStart, oldCount)} +${rangeText(oldStart + shift, newCount)} @@`,
            ...before.slice(head - lead, head).map(line => ` ${line}`),
            ...removed.map(line => `-${line}`),
            ...added.map(line => `+${line}`),
            ...before.slice(before.length - tail, before.length - tail + trail).map(line => ` ${line}`)
        ];
        shift += added.length - removed.length;
        hunks.push(lines.join('\n'));
    }
    if (hunks.length === 0) return '';
    return [`--- a/${file}`, `+++ b/${file}`, ...hunks].join('\n') + '\n';
}

/** `start,count` with 1-based start; an empty range names the line before it, as diff does. */
function rangeText(start: number, count: number): string {
    return count === 0 ? `${start},0` : `${start + 1},${count}`;
}

function splitLines(text: string): string[] {
    const lines = text.split(/\r?\n/);
    if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
    return lines;
}

function lineStarts(text: string): number[] {
    const starts = [0];
    for (let position = 0; position < text.length; position++) if (text.charCodeAt(position) === 10) starts.push(position + 1);
    return starts;
}

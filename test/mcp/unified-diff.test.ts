/** The quick-fix tool's diffs: standard hunks a patch tool applies, for edits anywhere in a file. */
import { describe, expect, it } from 'vitest';
import { applyEdits, unifiedDiff } from '../../src/mcp/unified-diff.js';
import { applyPatch } from './apply-patch.js';

const TEXT = Array.from({ length: 20 }, (_, line) => `line ${line + 1}`).join('\n') + '\n';
const at = (line: number, character = 0) => ({ line, character });

describe('unifiedDiff', () => {
    it.each([
        ['an insertion in the middle', [{ range: { start: at(9), end: at(9) }, newText: 'new A\n' }]],
        ['an insertion at the top', [{ range: { start: at(0), end: at(0) }, newText: '// head\n' }]],
        ['an insertion after the last line', [{ range: { start: at(20), end: at(20) }, newText: 'tail\n' }]],
        ['a replacement inside a line', [{ range: { start: at(4, 5), end: at(4, 6) }, newText: 'FIVE' }]],
        ['a deletion of two lines', [{ range: { start: at(11), end: at(13) }, newText: '' }]],
        ['edits far apart (two hunks)', [{ range: { start: at(1), end: at(1) }, newText: 'a\n' }, { range: { start: at(17, 4), end: at(17, 4) }, newText: ' b' }]],
        ['edits close together (one hunk)', [{ range: { start: at(5), end: at(5) }, newText: 'x\n' }, { range: { start: at(8), end: at(8) }, newText: 'y\n' }]]
    ])('%s: patch turns the old text into the edited one', (_name, edits) => {
        const diff = unifiedDiff('model.sts', TEXT, edits);
        expect(diff.startsWith('--- a/model.sts\n+++ b/model.sts\n@@ ')).toBe(true);
        expect(applyPatch(TEXT, diff)).toBe(applyEdits(TEXT, edits));
    });

    it('writes hunks with three lines of context and correct counts', () => {
        const diff = unifiedDiff('m.sts', TEXT, [{ range: { start: at(9), end: at(9) }, newText: 'new\n' }]);
        expect(diff).toBe('--- a/m.sts\n+++ b/m.sts\n@@ -7,6 +7,7 @@\n line 7\n line 8\n line 9\n+new\n line 10\n line 11\n line 12\n');
        expect(unifiedDiff('two.sts', TEXT, [{ range: { start: at(1), end: at(1) }, newText: 'a\n' }, { range: { start: at(17), end: at(17) }, newText: 'b\n' }]).match(/^@@/gm)).toHaveLength(2);
    });

    it('is empty for edits that change nothing', () => {
        expect(unifiedDiff('m.sts', TEXT, [])).toBe('');
        expect(unifiedDiff('m.sts', TEXT, [{ range: { start: at(3), end: at(3, 6) }, newText: 'line 4' }])).toBe('');
    });
});

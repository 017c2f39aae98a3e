/**
 * Applies a unified diff of one file to its text, strictly: every context and
 * removed line must match where the hunk header says (as `patch` without fuzz).
 * An independent reader of the format, to check the diffs the tools write.
 */
export function applyPatch(text: string, diff: string): string {
    const lines = text.endsWith('\n') ? text.slice(0, -1).split('\n') : text.split('\n');
    const patchLines = diff.split('\n');
    if (!patchLines[0]?.startsWith('--- ') || !patchLines[1]?.startsWith('+++ ')) throw new Error('not a unified diff');
    const result: string[] = [];
    let consumed = 0;
    for (let index = 2; index < patchLines.length;) {
        const header = /^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/.exec(patchLines[index]!);
        if (!header) { if (patchLines[index] === '') { index++; continue; } throw new Error(`bad hunk header: ${patchLines[index]}`); }
        const oldStart = Number(header[1]);
        const oldCount = header[2] === undefined ? 1 : Number(header[2]);
        const newCount = header[4] === undefined ? 1 : Number(header[4]);
        const from = oldCount === 0 ? oldStart : oldStart - 1;
        if (from < consumed) throw new Error('hunks overlap or go backwards');
        for (; consumed < from; consumed++) result.push(lines[consumed]!);
        let seenOld = 0;
        let seenNew = 0;
        for (index++; index < patchLines.length && (seenOld < oldCount || seenNew < newCount); index++) {
            const line = patchLines[index]!;
            const body = line.slice(1);
            if (line.startsWith(' ') || line.startsWith('-')) {
                if (lines[consumed] !== body) throw new Error(`line ${consumed + 1} is '${lines[consumed]}', the patch expects '${body}'`);
                consumed++;
                seenOld++;
                if (line.startsWith(' ')) { result.push(body); seenNew++; }
            } else if (line.startsWith('+')) {
                result.push(body);
                seenNew++;
            } else {
                throw new Error(`bad hunk line: ${line}`);
            }
        }
        if (seenOld !== oldCount || seenNew !== newCount) throw new Error('hunk line counts do not match its header');
    }
    for (; consumed < lines.length; consumed++) result.push(lines[consumed]!);
    return result.join('\n') + (text.endsWith('\n') || text === '' ? '\n' : '');
}

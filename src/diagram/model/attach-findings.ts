/**
 * Puts each finding on the element or handoff whose text holds it — the
 * innermost one, so a finding on a handoff line lands on the handoff, not on
 * its process. Only elements and handoffs compete: an edge such as
 * `uses:TakeOrder->POS` is written inside its task, and the task is what the
 * user reads the finding against.
 */
import type { DiagramEdge, DiagramFinding, DiagramNode, SourceLocation, SourcePosition, SourceRange } from './diagram-model.js';

interface Holder { readonly findings: DiagramFinding[]; readonly source?: SourceLocation }

/** Returns the findings no element holds. */
export function attachFindings(findings: readonly DiagramFinding[], nodes: readonly (DiagramNode & Holder)[], edges: readonly (DiagramEdge & Holder)[]): DiagramFinding[] {
    // Per file, the holders covering each line: a finding only competes among the holders of its first line.
    const holdersByLine = new Map<string, Map<number, Holder[]>>();
    const holders: Holder[] = [...nodes, ...edges.filter(edge => edge.kind === 'handoff')];
    for (const holder of holders) {
        if (!holder.source) continue;
        let lines = holdersByLine.get(holder.source.uri);
        if (!lines) holdersByLine.set(holder.source.uri, lines = new Map<number, Holder[]>());
        for (let line = holder.source.range.start.line; line <= holder.source.range.end.line; line++) {
            const list = lines.get(line);
            if (list) list.push(holder); else lines.set(line, [holder]);
        }
    }
    const unplaced: DiagramFinding[] = [];
    for (const finding of findings) {
        let best: Holder | undefined;
        for (const holder of holdersByLine.get(finding.uri)?.get(finding.range.start.line) ?? []) {
            if (holder.source && contains(holder.source.range, finding.range) && (!best || contains(best.source!.range, holder.source.range))) best = holder;
        }
        if (best) best.findings.push(finding); else unplaced.push(finding);
    }
    return unplaced;
}

function contains(outer: SourceRange, inner: SourceRange): boolean {
    return !before(inner.start, outer.start) && !before(outer.end, inner.end);
}

function before(a: SourcePosition, b: SourcePosition): boolean {
    return a.line < b.line || (a.line === b.line && a.character < b.character);
}

/**
 * "Did you mean": the declared name most likely meant by a misspelt one. A name
 * is suggested when it is within a third of the wanted name's length in edits
 * (at least one), ignoring case; of equally close names, the first given.
 */

/** The declared name most likely meant by a misspelt one, if any is close enough. */
export function closestName(wanted: string, candidates: Iterable<string>): string | undefined {
    return new NameCandidates(candidates).closest(wanted);
}

interface Candidate {
    readonly name: string;
    readonly lower: string;
    /** position among the names given: the first of equally close names wins */
    readonly order: number;
}

/**
 * Names to suggest from, lower-cased once and grouped by length, so that many
 * searches in one set of names (one per misspelt name of a file) compare only
 * the names whose length is within the edit budget.
 */
export class NameCandidates {
    private readonly byLength = new Map<number, Candidate[]>();

    /** `counts.comparisons` grows by the names compared with each misspelt one (test/scale counts them). */
    constructor(names: Iterable<string>, private readonly counts?: { comparisons: number }) {
        let order = 0;
        for (const name of names) {
            const candidate = { name, lower: name.toLowerCase(), order: order++ };
            const group = this.byLength.get(name.length);
            if (group) group.push(candidate); else this.byLength.set(name.length, [candidate]);
        }
    }

    closest(wanted: string): string | undefined {
        const lower = wanted.toLowerCase();
        const budget = Math.max(1, Math.floor(wanted.length / 3));
        let best: Candidate | undefined;
        let bestDistance = budget + 1;
        for (let length = wanted.length - budget; length <= wanted.length + budget; length++) {
            for (const candidate of this.byLength.get(length) ?? []) {
                if (this.counts) this.counts.comparisons++;
                // one more than the best so far, so that a tie is measured and the earlier name kept
                const distance = editDistance(lower, candidate.lower, bestDistance + 1);
                if (distance > budget) continue;
                if (distance < bestDistance || (distance === bestDistance && best !== undefined && candidate.order < best.order)) {
                    best = candidate;
                    bestDistance = distance;
                }
            }
        }
        return best?.name;
    }
}

let previousRow = new Int32Array(64);
let currentRow = new Int32Array(64);

/** Levenshtein distance, giving up (returning `limit`) once it cannot be below it. */
export function editDistance(a: string, b: string, limit = Number.POSITIVE_INFINITY): number {
    if (previousRow.length <= b.length) {
        previousRow = new Int32Array(b.length * 2 + 1);
        currentRow = new Int32Array(b.length * 2 + 1);
    }
    let previous = previousRow;
    let current = currentRow;
    for (let column = 0; column <= b.length; column++) previous[column] = column;
    for (let row = 1; row <= a.length; row++) {
        current[0] = row;
        let rowMinimum = row;
        for (let column = 1; column <= b.length; column++) {
            const cost = a.charCodeAt(row - 1) === b.charCodeAt(column - 1) ? 0 : 1;
            const value = Math.min(previous[column]! + 1, current[column - 1]! + 1, previous[column - 1]! + cost);
            current[column] = value;
            if (value < rowMinimum) rowMinimum = value;
        }
        if (rowMinimum >= limit) return limit;
        const done = previous;
        previous = current;
        current = done;
    }
    return previous[b.length]!;
}

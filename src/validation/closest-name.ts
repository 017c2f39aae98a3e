/** The declared name most likely meant by a misspelt one, if any is close enough. */
export function closestName(wanted: string, candidates: Iterable<string>): string | undefined {
    const lower = wanted.toLowerCase();
    const budget = Math.max(1, Math.floor(wanted.length / 3));
    let best: string | undefined;
    let bestDistance = budget + 1;
    for (const candidate of candidates) {
        if (Math.abs(candidate.length - wanted.length) > budget) continue;
        const distance = editDistance(lower, candidate.toLowerCase(), bestDistance);
        if (distance < bestDistance) {
            best = candidate;
            bestDistance = distance;
        }
    }
    return best;
}

/** Levenshtein distance, giving up (returning `limit`) once it cannot be below it. */
export function editDistance(a: string, b: string, limit = Number.POSITIVE_INFINITY): number {
    let previous = Array.from({ length: b.length + 1 }, (_, column) => column);
    for (let row = 1; row <= a.length; row++) {
        const current = [row];
        let rowMinimum = row;
        for (let column = 1; column <= b.length; column++) {
            const cost = a[row - 1] === b[column - 1] ? 0 : 1;
            const value = Math.min((previous[column] ?? 0) + 1, (current[column - 1] ?? 0) + 1, (previous[column - 1] ?? 0) + cost);
            current.push(value);
            rowMinimum = Math.min(rowMinimum, value);
        }
        if (rowMinimum >= limit) return limit;
        previous = current;
    }
    return previous[b.length] ?? 0;
}

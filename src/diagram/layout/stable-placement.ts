/**
 * Places parts one after another along an axis, keeping each where it was in
 * the previous picture unless that would make it overlap the part before: an
 * edit that grows one part pushes only what it would cover, and a shrinking
 * part leaves a gap rather than pulling its neighbours across the screen.
 */
export interface Sized { readonly key: string; readonly size: number }

export function placeInSequence(parts: readonly Sized[], gap: number, start: number, previous: ReadonlyMap<string, number> | undefined, minimumGap = gap / 2): Map<string, number> {
    const positions = new Map<string, number>();
    let end = start - gap; // where the part before ends
    for (const part of parts) {
        const before = previous?.get(part.key);
        // A part that was placed before stays while at least `minimumGap` separates it from the one before,
        // so a neighbour may grow a little into the gap without pushing everything after it.
        const position = before !== undefined && before >= end + minimumGap ? before : end + gap;
        positions.set(part.key, position);
        end = position + part.size;
    }
    return positions;
}

/** Like `placeInSequence`, for parts that each want to be at a position (e.g. under the tasks that use them). */
export function placeNear(parts: ReadonlyArray<Sized & { readonly wanted: number }>, gap: number, start: number): Map<string, number> {
    const ordered = [...parts].sort((a, b) => a.wanted - b.wanted || (a.key < b.key ? -1 : 1));
    const positions = new Map<string, number>();
    let next = start;
    for (const part of ordered) {
        const position = Math.max(part.wanted, next);
        positions.set(part.key, position);
        next = position + part.size + gap;
    }
    return positions;
}

/**
 * A short hash of a part's content, the key of the layout cache: two 32-bit
 * FNV-1a variants side by side make an accidental collision negligible.
 */
export function contentHash(value: unknown): string {
    const text = typeof value === 'string' ? value : JSON.stringify(value);
    let first = 0x811c9dc5;
    let second = 0x01000193 ^ text.length;
    for (let position = 0; position < text.length; position++) {
        const code = text.charCodeAt(position);
        first = Math.imul(first ^ code, 0x01000193);
        second = Math.imul(second ^ code, 0x5bd1e995) ^ (second >>> 15);
    }
    return (first >>> 0).toString(16).padStart(8, '0') + (second >>> 0).toString(16).padStart(8, '0');
}

/**
 * Names in a sentence. Who counts as the business's people is src/model/people.ts
 * (`index.people`, docs/people.md): rules never decide it on their own.
 */

/** `a`, `a and b`, `a, b and c`: names in a sentence. */
export function listWords(names: readonly string[]): string {
    if (names.length <= 1) return names[0] ?? '';
    return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

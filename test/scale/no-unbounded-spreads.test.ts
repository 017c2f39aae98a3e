/**
 * No code path spreads a list of unknown length into a call's arguments
 * (`push(...items)`, `Math.max(...sizes)`, `replaceChildren(...nodes)`): every
 * argument goes on the call stack, and past roughly 100,000 of them the call
 * throws a RangeError — which once made `sts check` exit 0 with no findings on a
 * large model (docs/reliability.md). Loops and `reduce` have no such limit. This
 * reads every source file under src/, as the import-layer test does.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = fileURLToPath(new URL('../../src/', import.meta.url));

/** Calls whose arguments may not be spread, and the few places that are bounded, each with why. */
const CALLS = /\b(push|unshift|splice|max|min|fromCharCode|fromCodePoint|replaceChildren|append|prepend|apply)\(/g;
const BOUNDED: Readonly<Record<string, string>> = {
    'webview/export-image.ts': 'String.fromCharCode over chunks of at most 0x8000 bytes'
};

/** Whether a call of the listed kind on the line spreads something into its own arguments (not into an object or array inside them). */
function spreadsIntoCall(line: string): boolean {
    for (const match of line.matchAll(CALLS)) {
        let depth = 0;
        let quote: string | undefined;
        for (let at = match.index + match[0].length; at < line.length; at++) {
            const char = line[at]!;
            if (quote) { if (char === '\\') at++; else if (char === quote) quote = undefined; continue; }
            if (char === "'" || char === '"' || char === '`') quote = char;
            else if ('([{'.includes(char)) depth++;
            else if (')]}'.includes(char)) { if (depth === 0) break; depth--; }
            else if (depth === 0 && line.startsWith('...', at)) return true;
        }
    }
    return false;
}

function sourceFiles(folder: string): string[] {
    return readdirSync(folder, { withFileTypes: true }).flatMap(entry => {
        const path = join(folder, entry.name);
        if (entry.isDirectory()) return entry.name === 'generated' ? [] : sourceFiles(path);
        return entry.name.endsWith('.ts') ? [path] : [];
    });
}

describe('no unbounded spreads into calls', () => {
    it('src/ spreads no list into push, Math.max and the like (outside the bounded places listed with their reason)', () => {
        const found: string[] = [];
        for (const file of sourceFiles(SRC)) {
            const name = relative(SRC, file).split('\\').join('/');
            if (BOUNDED[name]) continue;
            readFileSync(file, 'utf8').split('\n').forEach((line, position) => {
                const code = line.replace(/\/\/.*$/, '').replace(/^\s*\*.*$/, '');
                if (spreadsIntoCall(code)) found.push(`${name}:${position + 1}: ${line.trim()}`);
            });
        }
        expect(found).toEqual([]);
    });

    it('recognises the forms it forbids', () => {
        for (const line of ['list.push(...items);', 'Math.max(0, ...sizes.map(size => size.width))', 'node.replaceChildren(...options)', 'out.push(first, ...rest)']) {
            expect(spreadsIntoCall(line), line).toBe(true);
        }
        for (const line of ['const all = [...a, ...b];', 'list.push({ ...options, x: 1 })', 'list.push([first, ...rest])', "list.push('...')", 'for (const item of items) list.push(item);']) {
            expect(spreadsIntoCall(line), line).toBe(false);
        }
    });
});

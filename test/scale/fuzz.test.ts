/**
 * Fuzzing: the shipped examples, mutated at random (seeded, so a failure can
 * be replayed) — spans cut, doubled and moved, keywords, punctuation, quotes,
 * control characters and long runs inserted — and each result built with every
 * check. No input may throw, hang or make a check fail inside (`check-failed`).
 * 2,000 inputs in every `npm test`; STS_LARGE_TESTS=1 (CI) runs 30,000.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { URI } from 'langium';
import { describe, expect, it } from 'vitest';
import type { Model } from '../../src/language/generated/ast.js';
import { newServices } from '../helpers/workspace.js';
import { seededRandom as random } from '../helpers/random.js';

const INPUTS = process.env['STS_LARGE_TESTS'] === '1' ? 30_000 : 2_000;
const SEEDS = 4;

const examples = fileURLToPath(new URL('../../examples', import.meta.url));
function stsFiles(folder: string): string[] {
    return readdirSync(folder).flatMap(name => {
        const full = path.join(folder, name);
        return statSync(full).isDirectory() ? stsFiles(full) : name.endsWith('.sts') ? [full] : [];
    });
}
const corpus = stsFiles(examples).map(file => readFileSync(file, 'utf8'));

const INSERTS = [
    'actor', 'tool', 'task', 'process', 'feedback', 'metric', 'system', 'owner', 'uses', 'trained on', 'members', 'every',
    'weekly', 'review', '->', '{', '}', ',', '"', '"unclosed', '//', '/*', '*/', 'via', 'with', 'automated by', 'sts-ignore',
    '\u001b[31m', '\u0000', '\r', '\t', '\u202e', 'Jürgen', '🙂', 'A'.repeat(300), '-'.repeat(40), '0', '-1', '99999999999999999999'
];


function mutate(text: string, next: () => number): string {
    const at = (limit: number) => Math.floor(next() * (limit + 1));
    let result = text;
    const steps = 1 + at(4);
    for (let step = 0; step < steps; step++) {
        const start = at(result.length);
        const end = Math.min(result.length, start + at(80));
        switch (at(5)) {
            case 0: result = result.slice(0, start) + result.slice(end); break;                                   // cut
            case 1: result = result.slice(0, end) + result.slice(start, end) + result.slice(end); break;          // double
            case 2: result = result.slice(0, start) + ' ' + INSERTS[at(INSERTS.length - 1)] + ' ' + result.slice(start); break;
            case 3: { const piece = result.slice(start, end); result = result.slice(0, start) + result.slice(end); const to = at(result.length); result = result.slice(0, to) + piece + result.slice(to); break; }
            case 4: result = result.slice(0, start); break;                                                      // truncate
            default: result = result.slice(0, start) + INSERTS[at(INSERTS.length - 1)] + result.slice(start);
        }
    }
    return result;
}

describe('fuzzed models', () => {
    it.each(Array.from({ length: SEEDS }, (_, seed) => [seed + 1]))(`seed %i: ${INPUTS / SEEDS} inputs build without a throw, a hang or a failed check`, async seed => {
        expect(corpus.length).toBeGreaterThan(3);
        const services = newServices();
        const { LangiumDocumentFactory, LangiumDocuments, DocumentBuilder } = services.shared.workspace;
        const next = random(seed * 7919);
        let slowest = 0;
        for (let input = 0; input < INPUTS / SEEDS; input++) {
            const text = mutate(corpus[Math.floor(next() * corpus.length)]!, next);
            const uri = URI.parse(`file:///fuzz/${seed}-${input}.sts`);
            const started = performance.now();
            try {
                const document = LangiumDocumentFactory.fromString<Model>(text, uri);
                LangiumDocuments.addDocument(document);
                await DocumentBuilder.build([document], { validation: true });
                const failed = (document.diagnostics ?? []).filter(diagnostic => diagnostic.code === 'check-failed');
                expect(failed.map(diagnostic => diagnostic.message), `seed ${seed}, input ${input}:\n${text}`).toEqual([]);
            } catch (error) {
                throw new Error(`seed ${seed}, input ${input} threw ${String(error)}; the text:\n${text}`);
            } finally {
                LangiumDocuments.deleteDocument(uri);
            }
            slowest = Math.max(slowest, performance.now() - started);
        }
        expect(slowest, 'the slowest input (ms)').toBeLessThan(10_000);
    }, 20 * 60_000);
});

/**
 * No rule crashes on text that is being typed: every invalid fixture (the ones
 * with the most going on), cut off in the middle of each line, still checks
 * without a single `check-failed` finding.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { check } from '../helpers/workspace.js';

const here = fileURLToPath(new URL('.', import.meta.url));
const fixtures = readdirSync(here, { withFileTypes: true })
    .filter(entry => entry.isDirectory())
    .flatMap(folder => readdirSync(join(here, folder.name)).filter(file => file.startsWith('invalid-')).map(file => join(here, folder.name, file)));

it('survives every invalid fixture cut off in the middle of each line', async () => {
    const crashes: string[] = [];
    for (const file of fixtures) {
        const text = readFileSync(file, 'utf8');
        const cuts = [...text.matchAll(/\n/g)].map(match => match.index! - Math.floor(text.lastIndexOf('\n', match.index! - 1) < 0 ? match.index! / 2 : (match.index! - text.lastIndexOf('\n', match.index! - 1)) / 2));
        for (const cut of cuts) {
            const findings = await check(text.slice(0, cut));
            for (const finding of findings.filter(found => found.rule === 'check-failed')) crashes.push(`${file} cut at ${cut}: ${finding.message}`);
        }
    }
    expect(crashes).toEqual([]);
}, 300_000);

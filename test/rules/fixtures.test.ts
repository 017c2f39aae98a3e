/**
 * Every rule's fixtures, one table: `test/rules/<rule-id>/valid-*.sts` must give no
 * finding of that rule; in `invalid-*.sts` the rule's findings must be exactly on
 * the lines marked with a trailing `// expect: <rule-id>` (repeat the id for two
 * findings on one line). Findings of other rules are ignored here.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { allRules, UNRESOLVED_REFERENCE } from '../../src/rules/registry.js';
import { check } from '../helpers/workspace.js';

const here = fileURLToPath(new URL('.', import.meta.url));
const docs = fileURLToPath(new URL('../../docs/rules/', import.meta.url));
const ruleIds = [...allRules.map(rule => rule.id), UNRESOLVED_REFERENCE];
const PARSE_ERRORS = new Set(['parse-error', 'parsing-error', 'lexing-error']);

interface Fixture { readonly rule: string; readonly file: string; readonly text: string }

const fixtures: Fixture[] = readdirSync(here, { withFileTypes: true })
    .filter(entry => entry.isDirectory())
    .flatMap(folder => readdirSync(join(here, folder.name))
        .filter(file => file.endsWith('.sts'))
        .map(file => ({ rule: folder.name, file, text: readFileSync(join(here, folder.name, file), 'utf8') })));

/** Lines (1-based) marked for the rule, one entry per expected finding. */
function expectedLines(text: string, rule: string): number[] {
    const lines: number[] = [];
    text.split(/\r?\n/).forEach((line, position) => {
        const marker = /\/\/\s*expect:\s*([\w\s,-]+)$/.exec(line);
        if (!marker) return;
        for (const id of marker[1]!.split(/[\s,]+/)) if (id === rule) lines.push(position + 1);
    });
    return lines;
}

describe('rule fixtures', () => {
    it.each(fixtures.map(fixture => [`${fixture.rule}/${fixture.file}`, fixture] as const))('%s', async (_name, fixture) => {
        const findings = await check(fixture.text);
        expect(findings.filter(finding => PARSE_ERRORS.has(finding.rule)).map(finding => finding.message)).toEqual([]);
        const actual = findings.filter(finding => finding.rule === fixture.rule).map(finding => finding.line).sort((a, b) => a - b);
        const expected = fixture.file.startsWith('valid-') ? [] : expectedLines(fixture.text, fixture.rule);
        if (fixture.file.startsWith('invalid-')) expect(expected.length, 'an invalid fixture marks at least one finding').toBeGreaterThan(0);
        expect(actual).toEqual(expected);
    });

    it.each(ruleIds)('%s has a valid and an invalid fixture and a documentation page', rule => {
        const own = fixtures.filter(fixture => fixture.rule === rule);
        expect(own.some(fixture => fixture.file.startsWith('valid-'))).toBe(true);
        expect(own.some(fixture => fixture.file.startsWith('invalid-'))).toBe(true);
        expect(existsSync(join(docs, `${rule}.md`))).toBe(true);
    });

    it('has fixtures only for rules that exist', () => {
        expect(fixtures.filter(fixture => !ruleIds.includes(fixture.rule)).map(fixture => fixture.rule)).toEqual([]);
    });
});

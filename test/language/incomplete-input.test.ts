/**
 * While the user types, the text is often broken. A broken element gives
 * syntax errors; it never throws, no check fails, and the elements around it
 * keep their findings.
 */
import { describe, expect, it } from 'vitest';
import { checkOne, syntaxErrors, underlined } from './language-helpers.js';
import { messageOf } from '../../src/validation/diagnostic-findings.js';

/** Intact elements with one finding each, around which the broken text is put. */
const BEFORE = `system Shop
actor Owner
task Count "Count the stock"
process Morning { owner Owner  tasks Count }
`;
const AFTER = `
task Wrap
`;

async function typing(broken: string) {
    const checked = await checkOne(BEFORE + broken + AFTER);
    expect(syntaxErrors(checked.document).length, 'syntax errors').toBeGreaterThan(0);
    expect(checked.findings.filter(finding => finding.rule === 'check-failed')).toEqual([]);
    return checked;
}

describe('incomplete input while typing', () => {
    it('a half-written task', async () => {
        const { findings } = await typing('task Sell { owner ');
        expect(underlined(findings, 'unowned-task')).toContain('Count @3');
        expect(underlined(findings, 'missing-feedback-loop')).toEqual(['Morning @4']);
    });

    it('a task keyword with no name yet', async () => {
        const { findings } = await typing('task ');
        expect(underlined(findings, 'unowned-task')).toContain('Count @3');
        expect(underlined(findings, 'missing-feedback-loop')).toEqual(['Morning @4']);
    });

    it('a missing closing brace', async () => {
        const { findings } = await typing('actor Ann {\n  skills baking\n');
        expect(underlined(findings, 'unowned-task')).toContain('Count @3');
        expect(underlined(findings, 'missing-feedback-loop')).toEqual(['Morning @4']);
    });

    it('a dangling arrow in a process', async () => {
        const { findings } = await typing('process Evening {\n  owner Owner\n  Count -> \n}');
        expect(underlined(findings, 'unowned-task')).toContain('Count @3');
        expect(underlined(findings, 'missing-feedback-loop')).toContain('Morning @4');
    });

    it('an unterminated string', async () => {
        const { findings } = await typing('task Sell "Sell the bread { owner Owner }');
        expect(underlined(findings, 'unowned-task')).toContain('Count @3');
        expect(underlined(findings, 'missing-feedback-loop')).toEqual(['Morning @4']);
    });

    it('an attribute with nothing after it, and a stray word', async () => {
        const { findings } = await typing('metric Speed { measures Morning  owner }\nfeedback Notes { from }\nhello');
        expect(underlined(findings, 'unowned-task')).toContain('Count @3');
    });

    it('an element whose name is still missing gets the syntax error, not findings about "undefined"', async () => {
        const { document } = await checkOne('system Shop\nactor owner\n');
        const messages = (document.diagnostics ?? []).map(messageOf);
        expect(messages.length).toBeGreaterThan(0);
        expect(messages.filter(message => message.includes('undefined'))).toEqual([]);
        expect(syntaxErrors(document)).toHaveLength(messages.length);
    });

    it('reports syntax errors as errors where they are', async () => {
        const { findings } = await typing('task Sell { owner ');
        const syntax = findings.filter(finding => !['unowned-task', 'missing-feedback-loop', 'unresolved-reference'].includes(finding.rule));
        expect(syntax.length).toBeGreaterThan(0);
        expect(syntax.every(finding => finding.severity === 'error' && finding.line >= 5)).toBe(true);
    });
});

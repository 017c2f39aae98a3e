/**
 * A file with more findings than a call's arguments can hold (about 120,000):
 * Langium spread the checks' findings into `push`, the call stack overflowed,
 * the error was logged and the file came out with no findings — `sts check`
 * exited 0 on a broken model. The checks here report 200,000 findings at once
 * (quick: no model of that size is built), and a failing check must show.
 */
import type { AstNode, ValidationOptions } from 'langium';
import { describe, expect, it } from 'vitest';
import { buildWorkspace, findingsOf, newServices } from '../helpers/workspace.js';

const FINDINGS = 200_000;

describe('the checks of one file', () => {
    it('keep every finding when there are 200,000 of them', async () => {
        const services = newServices();
        const validator = services.Sts.validation.DocumentValidator as unknown as { validateAst(root: AstNode, options: ValidationOptions): Promise<unknown[]> };
        validator.validateAst = async () => Array.from({ length: FINDINGS }, (_, index) => ({
            severity: 3, message: `finding ${index}`, code: 'unused-element', range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } }
        }));
        const { documents } = await buildWorkspace({ 'big.sts': 'system Big\nactor A\n' }, services);
        const findings = findingsOf(documents.get('big.sts')!);
        expect(findings).toHaveLength(FINDINGS);
        expect(findings.at(-1)?.message).toBe(`finding ${FINDINGS - 1}`);
    });

    it('report a check that failed inside as an error, never as a clean file', async () => {
        const services = newServices();
        const validator = services.Sts.validation.DocumentValidator as unknown as { validateAst(): Promise<unknown[]> };
        validator.validateAst = async () => { throw new RangeError('Maximum call stack size exceeded'); };
        const { documents } = await buildWorkspace({ 'big.sts': 'system Big\nactor A\n' }, services);
        const findings = findingsOf(documents.get('big.sts')!);
        expect(findings).toEqual([expect.objectContaining({ rule: 'check-failed', severity: 'error', line: 1 })]);
        expect(findings[0]!.message).toMatch(/stopped with an internal error \(RangeError: Maximum call stack size exceeded\)/);
    });
});

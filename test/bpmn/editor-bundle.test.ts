/**
 * The bundle the editor's "Import BPMN…" loads (dist/bpmn-import.cjs, CommonJS
 * built by esbuild with bpmn-moddle inside) imports a reference model, and
 * says which errors are the user's input rather than a bug.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { MIWG } from './bpmn-helpers.js';

const BUNDLE = fileURLToPath(new URL('../../dist/bpmn-import.cjs', import.meta.url));
type Importer = typeof import('../../src/bpmn/import-bpmn.js');

describe('dist/bpmn-import.cjs', () => {
    it('imports C.1.0 as the command line does, and tells bad input from a bug', async () => {
        expect(existsSync(BUNDLE), 'run npm run build first').toBe(true);
        const { importBpmn, isBpmnInputError } = createRequire(import.meta.url)(BUNDLE) as Importer;
        const imported = await importBpmn([{ name: 'C.1.0.bpmn', bytes: readFileSync(path.join(MIWG, 'C.1.0.bpmn')) }]);
        expect(imported.text).toContain('task ArchiveInvoice "Archive Invoice" { owner Accountant  automated by ProcessEngine }');
        const failure = await importBpmn([{ name: 'notes.bpmn', bytes: Buffer.from('just text') }]).catch((error: unknown) => error);
        expect(isBpmnInputError(failure)).toBe(true);
        expect((failure as Error).message).toBe('notes.bpmn: not XML (a BPMN file starts with `<?xml` or `<definitions`)');
    });
});

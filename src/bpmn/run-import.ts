/**
 * `sts import bpmn <file.bpmn>... [-o out.sts]`: the maps as one formatted
 * .sts model on standard output or in the file; what the model cannot
 * express is listed at its top and as warnings on standard error. Bad input
 * is one line and exit code 2.
 */
import { readFileSync, statSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { UsageError } from '../cli/usage-error.js';
import { writeOutput } from '../cli/write-output.js';
import { importBpmn, type BpmnFile } from './import-bpmn.js';
import { BpmnInputError, MAX_BPMN_BYTES } from './read-bpmn.js';

export const IMPORT_USAGE = 'sts import bpmn <file.bpmn>... [-o out.sts]';

export interface Writable { write(text: string): unknown }

export async function runImportBpmn(args: readonly string[], stdout: Writable, stderr: Writable = process.stderr): Promise<number> {
    const { files, output } = importOptions(args);
    const inputs = files.map(readInput);
    let imported;
    try {
        imported = await importBpmn(inputs);
    } catch (error) {
        if (error instanceof BpmnInputError) throw new UsageError(error.message);
        throw error;
    }
    if (output) writeOutput(output, imported.text); else stdout.write(imported.text);
    const notes = imported.model.notExpressed;
    for (const note of notes) stderr.write(`sts: warning: not expressed in the model: ${note}\n`);
    if (notes.length > 0) stderr.write(`sts: warning: ${notes.length} thing${notes.length === 1 ? '' : 's'} in the map ${notes.length === 1 ? 'is' : 'are'} not expressed; listed at the top of ${output ?? 'the model'}\n`);
    return 0;
}

function importOptions(args: readonly string[]): { files: string[]; output: string | undefined } {
    let parsed;
    try {
        parsed = parseArgs({ args: [...args], options: { output: { type: 'string', short: 'o' } }, allowPositionals: true, strict: true });
    } catch (error) {
        throw new UsageError(String((error as Error).message).replace(/\. To specify a positional argument.*$/s, '').trim());
    }
    const [format, ...files] = parsed.positionals;
    if (format !== 'bpmn') throw new UsageError(format === undefined ? `name what to import: ${IMPORT_USAGE}` : `cannot import '${format}'; only bpmn: ${IMPORT_USAGE}`);
    if (files.length === 0) throw new UsageError(`no BPMN files given: ${IMPORT_USAGE}`);
    if (parsed.values.output === '') throw new UsageError('-o needs a file name.');
    return { files, output: parsed.values.output };
}

/** The file's bytes, refused before reading when it is too large. */
function readInput(file: string): BpmnFile {
    let size;
    try {
        const stats = statSync(file);
        if (!stats.isFile()) throw new UsageError(`${file}: not a file`);
        size = stats.size;
    } catch (error) {
        if (error instanceof UsageError) throw error;
        throw new UsageError(`${file}: no such file`);
    }
    if (size > MAX_BPMN_BYTES) {
        throw new UsageError(`${file}: ${(size / 1024 / 1024).toFixed(0)} MB is more than the ${MAX_BPMN_BYTES / 1024 / 1024} MB a BPMN file may have here`);
    }
    try {
        return { name: file, bytes: readFileSync(file) };
    } catch (error) {
        throw new UsageError(`${file}: cannot be read (${(error as NodeJS.ErrnoException).code ?? 'unknown error'})`);
    }
}


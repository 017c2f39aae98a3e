/**
 * `sts import bpmn <file.bpmn>... [-o out.sts]` (declared in src/cli/commands.ts):
 * the maps as one formatted .sts model on standard output or in a new file;
 * what the model cannot express is listed at its top and as warnings on
 * standard error. Bad input is one line and exit code 2.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { UsageError } from '../services/cli-error.js';
import type { CommandInput, CommandIo } from './command.js';
import { importBpmn, type BpmnFile } from '../bpmn/import-bpmn.js';
import { BpmnInputError, MAX_BPMN_BYTES } from '../bpmn/read-bpmn.js';

export async function runImportBpmn(input: CommandInput, io: CommandIo): Promise<number> {
    const files = input.positionals;
    const output = io.output(input.string('output'), files, { writesSts: true });
    refuseMissingFolder(output.file);
    const inputs = files.map(readInput);
    let imported;
    try {
        imported = await importBpmn(inputs);
    } catch (error) {
        if (error instanceof BpmnInputError) throw new UsageError(error.message);
        throw error;
    }
    output.write(imported.text, 'text');
    const notes = imported.model.notExpressed;
    for (const note of notes) io.stderr.write(`sts: warning: not expressed in the model: ${note}\n`);
    if (notes.length > 0) {
        io.stderr.write(`sts: warning: ${notes.length} thing${notes.length === 1 ? '' : 's'} in the map ${notes.length === 1 ? 'is' : 'are'} not expressed; listed at the top of ${output.file ?? 'the model'}\n`);
    }
    return 0;
}

/** `-o` into a folder that does not exist fails before the work, not after it. */
export function refuseMissingFolder(file: string | undefined): void {
    if (file !== undefined && !existsSync(path.dirname(path.resolve(file)))) throw new UsageError(`${file}: cannot be written (ENOENT)`);
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
        throw new UsageError(`${file}: no such file or folder`);
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

/**
 * Writes a result file whole or not at all: into a temporary file beside the
 * target, then renamed over it, so an interrupted run never leaves half a
 * report where a previous good one was.
 */
import { renameSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { UsageError } from './usage-error.js';

export function writeOutput(file: string, content: string): void {
    const target = path.resolve(file);
    const temporary = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.tmp`);
    try {
        writeFileSync(temporary, content, 'utf8');
        renameSync(temporary, target);
    } catch (error) {
        rmSync(temporary, { force: true });
        throw new UsageError(`${file}: cannot be written (${(error as NodeJS.ErrnoException).code ?? 'unknown error'})`);
    }
}

/**
 * The one writer of the command line's results. A result goes to stdout or,
 * with `-o FILE`, into FILE whole or not at all: written to a temporary file
 * beside it and renamed into place, so an interrupted run never leaves half a
 * file where a good one was. FILE may never be one of the command's inputs
 * (followed through symbolic links) nor a `.sts` file (only a command that
 * makes models may create one, and never over an existing one): that is
 * checked before any work is done.
 *
 * Text is made safe on the way out: control characters from names and titles
 * (ANSI escapes) are escaped, in a way that keeps each format's meaning.
 */
import { existsSync, realpathSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { UsageError } from '../services/cli-error.js';
import { escapeControls, escapeJsonControls } from './terminal-text.js';

/** text: shown as is apart from escaped controls; json: controls as JSON escapes; bytes: untouched (PNG). */
export type OutputKind = 'text' | 'json' | 'bytes';

export interface Output {
    /** the file written, when `-o` was given */
    readonly file: string | undefined;
    write(content: string | Uint8Array, kind: OutputKind): void;
}

export interface OutputOptions {
    /** the command writes models (an import): a new `.sts` file is allowed, an existing one never */
    readonly writesSts?: boolean;
}

export function openOutput(file: string | undefined, inputs: readonly string[], stdout: NodeJS.WritableStream, options: OutputOptions = {}): Output {
    if (file === undefined) return { file, write: (content, kind) => { stdout.write(safe(content, kind)); } };
    const target = checkedTarget(file, inputs, options);
    return { file, write: (content, kind) => writeWhole(file, target, safe(content, kind)) };
}

function safe(content: string | Uint8Array, kind: OutputKind): string | Uint8Array {
    if (typeof content !== 'string' || kind === 'bytes') return content;
    return kind === 'json' ? escapeJsonControls(content) : escapeControls(content);
}

function isSts(file: string): boolean {
    return file.toLowerCase().endsWith('.sts');
}

/** The real place a path names: its symbolic links followed, or (when it does not exist yet) its folder's. */
function realPlace(file: string): string {
    const absolute = path.resolve(file);
    try {
        return realpathSync(absolute);
    } catch {
        try {
            return path.join(realpathSync(path.dirname(absolute)), path.basename(absolute));
        } catch {
            return absolute;
        }
    }
}

function checkedTarget(file: string, inputs: readonly string[], options: OutputOptions): string {
    if (file.trim() === '') throw new UsageError('-o needs a file name.');
    const target = path.resolve(file);
    const real = realPlace(target);
    const exists = existsSync(target);
    if (exists && statSync(target).isDirectory()) throw new UsageError(`-o ${file}: is a folder; name a file.`);
    if (inputs.some(input => realPlace(input) === real)) {
        throw new UsageError(`-o ${file}: is one of the input files; write the result to another file.`);
    }
    if (isSts(target) || isSts(real)) {
        if (!options.writesSts) throw new UsageError(`-o ${file}: sts never writes its results over a .sts model file; choose another name.`);
        if (exists) throw new UsageError(`-o ${file}: already exists; sts never overwrites a .sts model file (remove it or choose another name).`);
    }
    return target;
}

function writeWhole(file: string, target: string, content: string | Uint8Array): void {
    const temporary = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.tmp`);
    let created = false;
    try {
        // 'wx': never through something already at the temporary name (a stale file, a planted link)
        writeFileSync(temporary, content, { flag: 'wx' });
        created = true;
        renameSync(temporary, target);
    } catch (error) {
        if (created) rmSync(temporary, { force: true });
        throw new UsageError(`${file}: cannot be written (${(error as NodeJS.ErrnoException).code ?? 'unknown error'})`);
    }
}

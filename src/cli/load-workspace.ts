/**
 * Finds the .sts files named on the command line (folders recursively), loads
 * them into one workspace of the shared services and builds it with every check.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import type { LangiumDocument } from 'langium';
import { URI } from 'langium';
import { NodeFileSystem } from 'langium/node';
import { createStsServices, type StsServices } from '../language/sts-module.js';
import type { Model } from '../language/generated/ast.js';
import { UsageError } from './usage-error.js';

const SKIPPED_FOLDERS = new Set(['node_modules', '.git']);
/** Larger files are refused rather than risk the memory of a CI runner. */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;

export interface LoadedWorkspace {
    readonly services: StsServices;
    readonly documents: LangiumDocument<Model>[];
}

export function findStsFiles(paths: readonly string[]): string[] {
    if (paths.length === 0) throw new UsageError('no files or folders given. Usage: sts check <files or folders...>');
    const files = new Set<string>();
    for (const given of paths) {
        const absolute = path.resolve(given);
        let stats;
        try {
            stats = statSync(absolute);
        } catch {
            throw new UsageError(`${given}: no such file or folder`);
        }
        if (stats.isDirectory()) {
            const found = walk(absolute);
            if (found.length === 0) throw new UsageError(`${given}: no .sts files in this folder`);
            found.forEach(file => files.add(file));
        } else {
            files.add(absolute);
        }
    }
    return [...files].sort();
}

function walk(folder: string): string[] {
    const found: string[] = [];
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
        const full = path.join(folder, entry.name);
        if (entry.isDirectory()) {
            if (!SKIPPED_FOLDERS.has(entry.name)) found.push(...walk(full));
        } else if (entry.isFile() && entry.name.endsWith('.sts')) {
            found.push(full);
        }
    }
    return found;
}

/** Reads a file as UTF-8 text, refusing binaries, other encodings and oversized files. */
export function readText(file: string): string {
    const display = path.relative(process.cwd(), file) || file;
    let bytes: Buffer;
    try {
        if (statSync(file).size > MAX_FILE_BYTES) throw new UsageError(`${display}: larger than ${MAX_FILE_BYTES / 1024 / 1024} MiB, not read`);
        bytes = readFileSync(file);
    } catch (error) {
        if (error instanceof UsageError) throw error;
        throw new UsageError(`${display}: cannot be read (${(error as NodeJS.ErrnoException).code ?? 'unknown error'})`);
    }
    if (bytes.includes(0)) throw new UsageError(`${display}: a binary file, not an .sts text file`);
    try {
        return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
        throw new UsageError(`${display}: not valid UTF-8 text`);
    }
}

export async function loadWorkspace(files: readonly string[]): Promise<LoadedWorkspace> {
    const { shared, Sts } = createStsServices(NodeFileSystem);
    const documents = files.map(file => {
        const document = shared.workspace.LangiumDocumentFactory.fromString<Model>(readText(file), URI.file(file));
        shared.workspace.LangiumDocuments.addDocument(document);
        return document;
    });
    await shared.workspace.DocumentBuilder.build(documents, { validation: true });
    return { services: Sts, documents };
}

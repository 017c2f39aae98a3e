/**
 * The two states `sts impact` compares, as texts: the .sts files under paths in
 * the working folder, or the same paths at a git revision (read with `git show`,
 * nothing checked out). Each text keeps the absolute path it stands for, so the
 * nearest sts.config.json governs both states alike.
 */
import { execFileSync } from 'node:child_process';
import * as path from 'node:path';
import { findStsFiles, MAX_FILE_BYTES, readText } from '../services/load-workspace.js';
import { UsageError } from '../services/cli-error.js';
import { isSkippedFolder } from '../workspace/sts-workspace-manager.js';

export interface StateText {
    /** absolute path the text stands for */
    readonly file: string;
    readonly text: string;
}

export interface ModelState {
    /** how the state is named in the report: `examples/before`, `HEAD`, `main:examples` */
    readonly label: string;
    readonly texts: readonly StateText[];
}

/** The .sts files under the paths (folders recursively), as they are now. */
export function stateFromPaths(paths: readonly string[]): ModelState {
    const files = findStsFiles(paths);
    return { label: paths.join(', '), texts: files.map(file => ({ file, text: readText(file) })) };
}

/**
 * The .sts files under the paths as they were at a git revision (a commit, a branch, a tag,
 * `HEAD~2`). A path that did not exist then gives no files: everything under it is new.
 */
export function stateAtRevision(revision: string, paths: readonly string[], cwd = process.cwd()): ModelState {
    if (revision === '' || revision.startsWith('-')) throw new UsageError(`--since: '${revision}' is not a git revision.`);
    const top = git(['rev-parse', '--show-toplevel'], cwd, () => `--since ${revision}: ${cwd} is not inside a git repository.`).trim();
    git(['rev-parse', '--verify', '--quiet', `${revision}^{commit}`], cwd, () => `--since ${revision}: no such revision in this repository.`);
    const relative = paths.map(given => {
        const inside = path.relative(top, path.resolve(cwd, given));
        if (inside.startsWith('..') || path.isAbsolute(inside)) throw new UsageError(`${given}: outside the git repository at ${top}.`);
        return inside === '' ? '.' : inside.split(path.sep).join('/');
    });
    const listed = git(['ls-tree', '-r', '-z', '--name-only', revision, '--', ...relative], top, () => `--since ${revision}: cannot list its files.`);
    const names = listed.split('\0').filter(name => name.endsWith('.sts') && !name.split('/').slice(0, -1).some(isSkippedFolder)).sort();
    const texts = names.map(name => {
        const text = git(['show', `${revision}:${name}`], top, () => `--since ${revision}: cannot read ${name}.`);
        if (Buffer.byteLength(text) > MAX_FILE_BYTES) throw new UsageError(`${name} at ${revision}: larger than ${MAX_FILE_BYTES / 1024 / 1024} MiB, not read`);
        return { file: path.join(top, ...name.split('/')), text };
    });
    return { label: revision, texts };
}

function git(args: readonly string[], cwd: string, failure: () => string): string {
    try {
        return execFileSync('git', args, { cwd, encoding: 'utf8', maxBuffer: 4 * MAX_FILE_BYTES, stdio: ['ignore', 'pipe', 'pipe'] });
    } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new UsageError('--since needs git, which is not installed here.');
        throw new UsageError(failure());
    }
}

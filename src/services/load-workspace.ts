/**
 * Finds the .sts files named on the command line (folders recursively), loads
 * them into one workspace of the shared services and builds it with every check.
 */
import { readdirSync, readFileSync, realpathSync, statSync, type Stats } from 'node:fs';
import * as path from 'node:path';
import type { LangiumDocument } from 'langium';
import { DocumentState, URI } from 'langium';
import { NodeFileSystem } from 'langium/node';
import { createStsServices, type StsServices } from './sts-services.js';
import type { Model } from '../language/generated/ast.js';
import { CONFIG_ERROR, type ConfigProblem } from '../config/config-file.js';
import { displayPath } from '../workspace/display-path.js';
import type { SeveritySetting } from '../rules/rule.js';
import { progressFor } from './progress.js';
import { isSkippedFolder } from '../workspace/sts-workspace-manager.js';
import { CliError, UsageError } from './cli-error.js';

/** Larger files are refused rather than risk the memory of a CI runner. */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;

export interface LoadedWorkspace {
    readonly services: StsServices;
    readonly documents: LangiumDocument<Model>[];
}

/**
 * The .sts files named or found under the named folders, sorted. Symbolic
 * links to files and folders are followed, each real folder entered once (a
 * link back up the tree ends there, not in a loop), and a file reached by two
 * paths (itself and a link to it) is read once, under the first path found.
 */
export function findStsFiles(paths: readonly string[]): string[] {
    if (paths.length === 0) throw new UsageError('no files or folders given; name the .sts files or the folders that hold them.');
    const found = new FileSearch();
    for (const given of paths) {
        const absolute = path.resolve(given);
        let stats;
        try {
            stats = statSync(absolute);
        } catch {
            throw new UsageError(`${given}: no such file or folder`);
        }
        if (stats.isDirectory()) {
            if (found.entered(absolute)) continue;   // named twice, or inside a folder named before
            const before = found.files.length;
            found.walk(absolute);
            if (found.files.length === before) throw new UsageError(`${given}: no .sts files in this folder`);
        } else {
            found.add(absolute);
        }
    }
    return found.files.sort();
}

class FileSearch {
    readonly files: string[] = [];
    private readonly realFiles = new Set<string>();
    private readonly realFolders = new Set<string>();

    add(file: string): void {
        const real = realOrSelf(file);
        if (this.realFiles.has(real)) return;
        this.realFiles.add(real);
        this.files.push(file);
    }

    entered(folder: string): boolean {
        return this.realFolders.has(realOrSelf(folder));
    }

    /** Depth first with an explicit stack: a deep tree cannot overflow the call stack. */
    walk(root: string): void {
        const folders = [root];
        while (folders.length > 0) {
            const folder = folders.pop()!;
            const real = realOrSelf(folder);
            if (this.realFolders.has(real)) continue;
            this.realFolders.add(real);
            let entries;
            try {
                entries = readdirSync(folder, { withFileTypes: true });
            } catch (error) {
                throw new UsageError(`${path.relative(process.cwd(), folder) || folder}: cannot be read (${(error as NodeJS.ErrnoException).code ?? 'unknown error'})`);
            }
            const subfolders: string[] = [];
            for (const entry of entries) {
                const full = path.join(folder, entry.name);
                let isFolder = entry.isDirectory();
                let isFile = entry.isFile();
                if (entry.isSymbolicLink()) {
                    const target = statOrUndefined(full);   // a dangling link is skipped
                    isFolder = target?.isDirectory() ?? false;
                    isFile = target?.isFile() ?? false;
                }
                if (isFolder && !isSkippedFolder(entry.name)) subfolders.push(full);
                else if (isFile && entry.name.endsWith('.sts')) this.add(full);
            }
            // reversed onto the stack, so folders are entered in the order read
            for (let index = subfolders.length - 1; index >= 0; index--) folders.push(subfolders[index]!);
        }
    }
}

function realOrSelf(file: string): string {
    try {
        return realpathSync(file);
    } catch {
        return file;
    }
}

function statOrUndefined(file: string): Stats | undefined {
    try {
        return statSync(file);
    } catch {
        return undefined;
    }
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

export interface LoadOptions {
    /** `--config FILE`: one configuration for every file instead of the nearest one */
    readonly config?: string;
    /** `--rule id=severity` */
    readonly rules?: ReadonlyMap<string, SeveritySetting>;
    readonly quiet?: boolean;
}

/**
 * Reads every file first (so a bad one stops the run before any output), checks the
 * configuration files that govern them, then builds the workspace with every check.
 */
export async function loadWorkspace(files: readonly string[], options: LoadOptions = {}): Promise<LoadedWorkspace> {
    return loadTexts(files.map(file => [file, readText(file)] as const), options);
}

/**
 * The same for texts already read, each with the absolute path it stands for (the
 * configuration is looked up from there): `sts impact` loads a git revision this way.
 */
export async function loadTexts(texts: ReadonlyArray<readonly [string, string]>, options: LoadOptions = {}): Promise<LoadedWorkspace> {
    const files = texts.map(([file]) => file);
    const { shared, Sts } = createStsServices(NodeFileSystem);
    const settings = Sts.config.RuleSettings;
    if (options.config) settings.useConfigFile(URI.file(configPath(options.config)));
    if (options.rules) settings.setOverrides('command-line', options.rules);
    const configs = new Map<string, URI>();
    for (const [file] of texts) {
        const config = settings.configFileFor(URI.file(file));
        if (config) configs.set(config.toString(), config);
    }
    const problems = [...configs.values()].flatMap(uri => settings.loadNow(uri).problems.map(problem => ({ uri, ...problem })));
    if (problems.length > 0) throw new ConfigError(problems);

    const progress = progressFor(files.length, options.quiet ?? false);
    const documents = texts.map(([file, text]) => {
        const document = shared.workspace.LangiumDocumentFactory.fromString<Model>(text, URI.file(file));
        shared.workspace.LangiumDocuments.addDocument(document);
        return document;
    });
    const phases = [
        shared.workspace.DocumentBuilder.onBuildPhase(DocumentState.Parsed, () => progress.update(`${files.length} files read, linking names…`)),
        shared.workspace.DocumentBuilder.onBuildPhase(DocumentState.IndexedReferences, () => progress.update(`${files.length} files linked, checking…`))
    ];
    progress.update(`reading ${files.length} files…`);
    try {
        await shared.workspace.DocumentBuilder.build(documents, { validation: true });
    } finally {
        phases.forEach(phase => phase.dispose());
        progress.done();
    }
    return { services: Sts, documents };
}

function configPath(given: string): string {
    const absolute = path.resolve(given);
    let isFile: boolean;
    try {
        isFile = statSync(absolute).isFile();
    } catch {
        throw new UsageError(`--config ${given}: no such file`);
    }
    if (!isFile) throw new UsageError(`--config ${given}: not a file`);
    return absolute;
}

/** Problems in the configuration files: printed as `file:line:col error config-error message`, exit code 2. */
export class ConfigError extends CliError {
    static override readonly kind = 'ConfigError';

    constructor(readonly problems: ReadonlyArray<ConfigProblem & { uri: URI }>) {
        super(problems.map(problem => problem.message).join('\n'));
    }

    /** `sts.config.json:3:5 error config-error Unknown rule "x"`, one per problem. */
    lines(cwd = process.cwd()): string[] {
        return this.problems.map(({ uri, range, message }) =>
            `${displayPath(uri.toString(), cwd)}:${range.start.line + 1}:${range.start.character + 1} error ${CONFIG_ERROR} ${message}`);
    }
}

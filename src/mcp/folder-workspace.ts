/**
 * The workspace `sts mcp` answers from: every .sts file under one folder,
 * loaded once into the shared services (the same factory as the language server
 * and the command line) and kept current. Before each answer the folder is
 * looked at again — cheaply, by size and modification time — and only the files
 * that were added, changed or deleted since are given to the document builder,
 * which re-reads them and re-checks their systems; a changed `sts.config.json`
 * re-checks everything. A watcher on the folder starts that work as soon as a
 * file changes, so the next answer usually finds it done.
 */
import { readdirSync, statSync, watch, type FSWatcher } from 'node:fs';
import * as path from 'node:path';
import type { LangiumDocument } from 'langium';
import { DocumentState, URI } from 'langium';
import { NodeFileSystem } from 'langium/node';
import { CONFIG_FILE_NAME } from '../config/config-file.js';
import type { Model } from '../language/generated/ast.js';
import { createStsServices, type StsServices, type StsSharedServices } from '../services/sts-services.js';
import { displayPath } from '../workspace/display-path.js';
import { isSkippedFolder } from '../workspace/sts-workspace-manager.js';
import { readText } from '../services/load-workspace.js';
import type { ModelAccess } from './model-access.js';

/** What a file looked like when it was last read: a change of either means it changed. */
type Signature = string;

export class FolderWorkspace implements ModelAccess {
    readonly services: StsServices;
    readonly images = true;
    private readonly shared: StsSharedServices;
    private readonly known = new Map<string, Signature>();
    private readonly configs = new Map<string, Signature>();
    /** files left out of the model, with why (unreadable, binary, too large) */
    private readonly skipped = new Map<string, string>();
    private queue: Promise<unknown> = Promise.resolve();
    private watcher: FSWatcher | undefined;
    private watchTimer: NodeJS.Timeout | undefined;

    constructor(readonly root: string) {
        const { shared, Sts } = createStsServices(NodeFileSystem);
        this.services = Sts;
        this.shared = shared;
    }

    documents(): readonly LangiumDocument<Model>[] {
        return this.shared.workspace.LangiumDocuments.all.filter(document => !this.skipped.has(document.uri.fsPath)).toArray() as Array<LangiumDocument<Model>>;
    }

    /** Lines an answer should add: files left out and broken configuration files. */
    notes(): string[] {
        const notes = [...this.skipped].map(([file, why]) => `${displayPath(URI.file(file).toString(), this.root)} was left out: ${why}`);
        for (const loaded of this.services.config.RuleSettings.loaded()) {
            for (const problem of loaded.problems) {
                notes.push(`${displayPath(loaded.uri.toString(), this.root)}:${problem.range.start.line + 1}: configuration problem: ${problem.message}`);
            }
        }
        return notes;
    }

    /** Runs one piece of work after the previous ones, with the workspace brought up to date first. */
    withCurrentModel<T>(work: () => T | Promise<T>): Promise<T> {
        const next = this.queue.then(() => this.refresh()).then(work);
        this.queue = next.catch(() => undefined);
        return next;
    }

    /** Re-checks the workspace as soon as something under the folder changes (best effort: answers do not rely on it). */
    watch(): void {
        try {
            this.watcher = watch(this.root, { recursive: true, persistent: false }, (_event, name) => {
                if (name && !/\.sts$|sts\.config\.json$/.test(String(name))) return;
                clearTimeout(this.watchTimer);
                this.watchTimer = setTimeout(() => { void this.withCurrentModel(() => undefined).catch(() => undefined); }, 100);
            });
            this.watcher.on('error', () => this.watcher?.close());
        } catch {
            // Not every file system can be watched; answers still look at the folder first.
        }
    }

    dispose(): void {
        clearTimeout(this.watchTimer);
        this.watcher?.close();
    }

    /** Brings the built workspace in line with the folder; returns whether anything changed. */
    async refresh(): Promise<boolean> {
        const files = new Map<string, Signature>();
        const configsFound = new Map<string, Signature>();
        scan(this.root, files, configsFound);
        for (const config of this.services.config.RuleSettings.loaded()) {
            const file = config.uri.fsPath;
            if (!configsFound.has(file)) { const signature = signatureOf(file); if (signature) configsFound.set(file, signature); }
        }
        const changed: URI[] = [];
        const deleted: URI[] = [];
        for (const [file, signature] of files) {
            if (this.known.get(file) === signature) continue;
            const problem = unreadable(file);
            if (problem) {
                this.skipped.set(file, problem);
                if (this.known.has(file)) deleted.push(URI.file(file));
                this.known.delete(file);
                continue;
            }
            this.skipped.delete(file);
            this.known.set(file, signature);
            changed.push(URI.file(file));
        }
        for (const file of [...this.known.keys()]) {
            if (files.has(file)) continue;
            this.known.delete(file);
            deleted.push(URI.file(file));
        }
        for (const file of [...this.skipped.keys()]) if (!files.has(file)) this.skipped.delete(file);
        const configChanged = !sameEntries(this.configs, configsFound);
        if (configChanged) {
            this.configs.clear();
            for (const [file, signature] of configsFound) this.configs.set(file, signature);
            this.services.config.RuleSettings.invalidate();
            for (const document of this.shared.workspace.LangiumDocuments.all) {
                if (document.state > DocumentState.IndexedReferences) this.shared.workspace.DocumentBuilder.resetToState(document, DocumentState.IndexedReferences);
            }
        }
        if (changed.length === 0 && deleted.length === 0 && !configChanged) return false;
        await this.shared.workspace.DocumentBuilder.update(changed, deleted);
        // Read every governing configuration now, so its problems are known to the answers.
        for (const document of this.shared.workspace.LangiumDocuments.all) {
            const config = this.services.config.RuleSettings.configFileFor(document.uri);
            if (config) this.services.config.RuleSettings.loadNow(config);
        }
        return true;
    }
}

function scan(folder: string, files: Map<string, Signature>, configs: Map<string, Signature>): void {
    let entries;
    try {
        entries = readdirSync(folder, { withFileTypes: true });
    } catch {
        return;
    }
    for (const entry of entries) {
        const full = path.join(folder, entry.name);
        if (entry.isDirectory()) {
            if (!isSkippedFolder(entry.name)) scan(full, files, configs);
        } else if (entry.isFile() && (entry.name.endsWith('.sts') || entry.name === CONFIG_FILE_NAME)) {
            const signature = signatureOf(full);
            if (signature) (entry.name === CONFIG_FILE_NAME ? configs : files).set(full, signature);
        }
    }
}

function signatureOf(file: string): Signature | undefined {
    try {
        const stats = statSync(file);
        return `${stats.size}:${stats.mtimeMs}`;
    } catch {
        return undefined;
    }
}

/** Why a file cannot be read as a model (the command line's own checks), or undefined. */
function unreadable(file: string): string | undefined {
    try {
        readText(file);
        return undefined;
    } catch (error) {
        return String((error as Error).message).replace(/^[^:]*: /, '');
    }
}

function sameEntries(a: ReadonlyMap<string, string>, b: ReadonlyMap<string, string>): boolean {
    if (a.size !== b.size) return false;
    for (const [key, value] of a) if (b.get(key) !== value) return false;
    return true;
}

/**
 * Which rules run on a document, at which severity, with which options.
 *
 * Layers, each refining the one before: the rules' defaults (`sts:recommended`);
 * the nearest `sts.config.json` (found by walking up from the document's folder,
 * as ESLint and bpmnlint do, or the one file given with `--config`) with its
 * `extends` and `rules`; the editor's `sts.rules` setting; the command line's
 * `--rule id=severity`.
 *
 * `forDocument` runs on every validation, so everything is cached: the folder →
 * config file lookup, and the resolved settings per config file. A change to a
 * config file (`invalidate`) or to the overrides clears the caches. Files are
 * read through Langium's FileSystemProvider, so the in-memory file system of
 * the tests works like the disk.
 */
import type { FileSystemProvider, LangiumDocument, URI } from 'langium';
import { Emitter, UriUtils, type Event } from 'langium';
import type { RuleOptions, SeveritySetting } from '../rules/rule.js';
import { catalogue } from './catalogue.js';
import { CONFIG_FILE_NAME, parseConfigText, type ConfigProblem, type ParsedConfig } from './config-file.js';
import { presetSeverities } from './presets.js';

export interface RuleSetting {
    readonly severity: SeveritySetting;
    readonly options: RuleOptions;
}

export type ResolvedRules = ReadonlyMap<string, RuleSetting>;

/** A config file as last read: its problems (empty when it is in force). */
export interface LoadedConfig {
    readonly uri: URI;
    readonly problems: readonly ConfigProblem[];
}

/** Severity overrides from outside any file: the editor's settings, the command line's flags. */
export type OverrideSource = 'editor' | 'command-line';

interface ConfigEntry extends LoadedConfig {
    readonly parsed: ParsedConfig | undefined;
    resolved?: ResolvedRules;
}

/** Added to Langium's services: each document's rule settings. */
export interface StsConfigServices {
    config: {
        RuleSettings: RuleSettings;
    };
}

export class RuleSettings {
    /** folder URI → the nearest config file, or null when there is none up to the root */
    private readonly nearest = new Map<string, URI | null>();
    private readonly configs = new Map<string, ConfigEntry>();
    private readonly overrides = new Map<OverrideSource, ReadonlyMap<string, SeveritySetting>>();
    private defaultsResolved: ResolvedRules | undefined;
    private explicitConfig: URI | undefined;
    private readonly onDidLoadEmitter = new Emitter<LoadedConfig>();

    constructor(private readonly fileSystem: () => FileSystemProvider) { }

    /** Fires each time a config file is (re)read, with its problems; the server publishes them. */
    get onDidLoad(): Event<LoadedConfig> {
        return this.onDidLoadEmitter.event;
    }

    /** The settings that apply to one document. */
    forDocument(document: LangiumDocument): ResolvedRules {
        const configUri = this.configFileFor(document.uri);
        if (!configUri) return this.defaults();
        const entry = this.load(configUri);
        if (!entry.parsed) return this.defaults();
        entry.resolved ??= this.resolve(entry.parsed);
        return entry.resolved;
    }

    /** The config file that governs a document, if any. */
    configFileFor(documentUri: URI): URI | undefined {
        if (this.explicitConfig) return this.explicitConfig;
        // An unsaved document has no folder to search from.
        if (documentUri.scheme === 'untitled') return undefined;
        return this.nearestConfig(UriUtils.dirname(documentUri)) ?? undefined;
    }

    /** Every config file read so far, with its problems. */
    loaded(): LoadedConfig[] {
        return [...this.configs.values()].map(({ uri, problems }) => ({ uri, problems }));
    }

    /** Reads a config file now (the command line does this for `--config`, to fail early). */
    loadNow(uri: URI): LoadedConfig {
        return this.load(uri);
    }

    /** Use this one file for every document instead of searching (`--config FILE`). */
    useConfigFile(uri: URI | undefined): void {
        this.explicitConfig = uri;
        this.invalidate();
    }

    setOverrides(source: OverrideSource, severities: ReadonlyMap<string, SeveritySetting>): void {
        this.overrides.set(source, severities);
        this.clearResolved();
    }

    /** Forget what was read: one config file (it changed or was deleted) or all of them. */
    invalidate(configUri?: URI): void {
        // A new or deleted file can change which file is nearest for any folder.
        this.nearest.clear();
        if (configUri) this.configs.delete(configUri.toString()); else this.configs.clear();
    }

    private nearestConfig(folder: URI): URI | null {
        const key = folder.toString();
        const known = this.nearest.get(key);
        if (known !== undefined) return known;
        const candidate = UriUtils.joinPath(folder, CONFIG_FILE_NAME);
        let found: URI | null;
        if (this.exists(candidate)) {
            found = candidate;
        } else {
            const parent = UriUtils.dirname(folder);
            // The filesystem root is its own parent: stop there.
            found = parent.toString() === key ? null : this.nearestConfig(parent);
        }
        this.nearest.set(key, found);
        return found;
    }

    private exists(uri: URI): boolean {
        try {
            return this.fileSystem().existsSync(uri) && this.fileSystem().statSync(uri).isFile;
        } catch {
            return false;
        }
    }

    private load(uri: URI): ConfigEntry {
        const key = uri.toString();
        const cached = this.configs.get(key);
        if (cached) return cached;
        let entry: ConfigEntry;
        try {
            const parsed = parseConfigText(this.fileSystem().readFileSync(uri));
            entry = { uri, problems: parsed.problems, parsed: parsed.problems.length === 0 ? parsed : undefined };
        } catch (error) {
            const reason = (error as NodeJS.ErrnoException)?.code ?? (error instanceof Error ? error.message : String(error));
            const start = { line: 0, character: 0 };
            entry = { uri, parsed: undefined, problems: [{ message: `${CONFIG_FILE_NAME} cannot be read (${reason}); the default rule settings apply.`, range: { start, end: start } }] };
        }
        this.configs.set(key, entry);
        this.onDidLoadEmitter.fire({ uri: entry.uri, problems: entry.problems });
        return entry;
    }

    private defaults(): ResolvedRules {
        this.defaultsResolved ??= this.resolve(undefined);
        return this.defaultsResolved;
    }

    private clearResolved(): void {
        this.defaultsResolved = undefined;
        for (const entry of this.configs.values()) entry.resolved = undefined;
    }

    private resolve(config: ParsedConfig | undefined): ResolvedRules {
        // A file without `extends` starts from the recommended settings, like no file at all.
        const severities = presetSeverities('sts:recommended');
        for (const preset of config?.extends ?? []) for (const [id, severity] of presetSeverities(preset)) severities.set(id, severity);
        const options = new Map<string, RuleOptions>();
        for (const [id, rule] of config?.rules ?? []) {
            severities.set(id, rule.severity);
            options.set(id, rule.options);
        }
        for (const source of ['editor', 'command-line'] as const) {
            for (const [id, severity] of this.overrides.get(source) ?? []) severities.set(id, severity);
        }
        const resolved = new Map<string, RuleSetting>();
        for (const entry of catalogue().values()) {
            resolved.set(entry.id, {
                severity: severities.get(entry.id) ?? entry.defaultSeverity,
                options: { ...entry.defaultOptions, ...options.get(entry.id) }
            });
        }
        return resolved;
    }
}

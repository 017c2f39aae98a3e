/**
 * Keeps the language server's rule settings live: when an `sts.config.json`
 * is created, changed or deleted (the client watches them), or the editor's
 * `sts.rules` setting changes, the cached settings are dropped and every
 * document is validated again. A config file's own problems are published as
 * diagnostics on that file, so a broken file is underlined where it is broken.
 */
import type { Connection } from 'vscode-languageserver';
import { DiagnosticSeverity, FileChangeType } from 'vscode-languageserver';
import { DocumentState, URI } from 'langium';
import type { StsSharedServices } from '../workspace/shared-services.js';
import type { SeveritySetting } from '../rules/rule.js';
import { catalogue } from './catalogue.js';
import { CONFIG_ERROR, CONFIG_FILE_NAME, SEVERITY_NAMES } from './config-file.js';
import type { LoadedConfig, StsConfigServices } from './rule-settings.js';

/** The settings section VS Code sends (`sts.rules` in settings.json). */
export const SETTINGS_SECTION = 'sts';

export class ConfigReloader {
    private editorRules = '[]';
    /** The latest revalidation started here (tests await it). */
    settled: Promise<void> = Promise.resolve();

    constructor(private readonly shared: StsSharedServices, private readonly sts: StsConfigServices, private readonly connection?: Connection) {
        const settings = sts.config.RuleSettings;
        settings.onDidLoad(loaded => this.publish(loaded));
        shared.lsp.DocumentUpdateHandler.onWatchedFilesChange(params => {
            const configs = params.changes.filter(change => isConfigFile(change.uri));
            if (configs.length === 0) return;
            for (const change of configs) {
                const uri = URI.parse(change.uri);
                settings.invalidate(uri);
                // Read it now, so its own diagnostics follow the edit even when no open file is governed by it.
                if (change.type === FileChangeType.Deleted) this.publish({ uri, problems: [] }); else settings.loadNow(uri);
            }
            this.settled = this.revalidateAll();
        });
        const configuration = shared.workspace.ConfigurationProvider;
        configuration.onConfigurationSectionUpdate(update => {
            if (update.section === SETTINGS_SECTION) this.applyEditorRules((update.configuration as { rules?: unknown } | undefined)?.rules);
        });
        // The first settings arrive without an update event.
        void configuration.ready.then(() => configuration.getConfiguration(SETTINGS_SECTION, 'rules')).then(rules => this.applyEditorRules(rules));
    }

    /** Takes the editor's `sts.rules` ({ "<id>": "<severity>" }); unknown ids and severities are skipped with a log line. */
    applyEditorRules(rules: unknown): void {
        const severities = new Map<string, SeveritySetting>();
        if (typeof rules === 'object' && rules !== null) {
            for (const [id, severity] of Object.entries(rules)) {
                if (!catalogue().has(id)) this.log(`sts.rules: no rule named "${id}"; ignored.`);
                else if (typeof severity !== 'string' || !(SEVERITY_NAMES as readonly string[]).includes(severity)) this.log(`sts.rules: "${id}" needs one of ${SEVERITY_NAMES.join(', ')}; ignored.`);
                else severities.set(id, severity as SeveritySetting);
            }
        }
        const key = JSON.stringify([...severities]);
        if (key === this.editorRules) return;
        this.editorRules = key;
        this.sts.config.RuleSettings.setOverrides('editor', severities);
        this.settled = this.revalidateAll();
    }

    /**
     * Validates every document again, without reparsing or relinking: only the rule settings changed.
     * Resolves once no build is queued any more (a later update may have taken over this one's work).
     */
    async revalidateAll(): Promise<void> {
        const workspace = this.shared.workspace;
        await workspace.WorkspaceManager.ready;
        await workspace.WorkspaceLock.write(async token => {
            for (const document of workspace.LangiumDocuments.all) {
                if (document.state > DocumentState.IndexedReferences) workspace.DocumentBuilder.resetToState(document, DocumentState.IndexedReferences);
            }
            await workspace.DocumentBuilder.update([], [], token);
        });
        await workspace.WorkspaceLock.read(() => undefined);
    }

    private publish(loaded: LoadedConfig): void {
        void this.connection?.sendDiagnostics({
            uri: loaded.uri.toString(),
            diagnostics: loaded.problems.map(problem => ({
                range: problem.range, severity: DiagnosticSeverity.Error, source: 'sts', code: CONFIG_ERROR, message: problem.message
            }))
        });
    }

    private log(message: string): void {
        this.connection?.console.warn(message);
    }
}

function isConfigFile(uri: string): boolean {
    return uri.endsWith(`/${CONFIG_FILE_NAME}`);
}

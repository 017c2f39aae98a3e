/**
 * Whole-model checks make a document's findings depend on the other files of
 * its system (feedback in one file closes the loop of a process in another).
 * Langium rebuilds only the changed files and those whose references point at
 * them; here the other files of every system a change touches are validated
 * again too — without relinking them, which their references do not need.
 *
 * A change touches the system a file was in before it (read before Langium
 * drops a deleted file) and the system it is in after it (known only once the
 * new text is parsed: a file that is added, or whose `system` line changes,
 * joins that system mid-build, so its other files are validated after it).
 */
import type { BuildOptions, Cancellation, LangiumDocument, LangiumSharedCoreServices, URI } from 'langium';
import { DefaultDocumentBuilder, DocumentState } from 'langium';
import { systemKeyOf, type SystemKey, type SystemPartitions } from './system-partitions.js';

export class StsDocumentBuilder extends DefaultDocumentBuilder {
    /**
     * uri → the file and the system it was in before the pending change (none for a file new to the
     * workspace); kept until a build completes, so that a build cancelled after validating a file that
     * moved to another system still leaves that system's other files to the next build.
     */
    private readonly systemsBefore = new Map<string, { readonly uri: URI; readonly system: SystemKey | undefined }>();

    constructor(shared: LangiumSharedCoreServices, private readonly partitions: () => SystemPartitions) {
        super(shared);
        // Listeners run after Langium has reset the changed and relinked documents,
        // and before it picks the documents to rebuild.
        this.onUpdate(() => { this.revalidate(this.systemsLeft(), new Set()); });
    }

    override async update(changed: URI[], deleted: URI[], cancelToken?: Cancellation.CancellationToken): Promise<void> {
        for (const uri of [...changed, ...deleted]) {
            const document = this.langiumDocuments.getDocument(uri);
            const key = uri.toString();
            // The earliest entry wins: a cancelled build leaves its change pending for the next one.
            if (!this.systemsBefore.has(key)) this.systemsBefore.set(key, { uri, system: document ? systemKeyOf(document) : undefined });
        }
        return super.update(changed, deleted, cancelToken);
    }

    /**
     * True once every document of the running build got at least to `state` (and when no build runs).
     * What is computed from the documents before that — by a request the editor sends during a build,
     * such as a hover or the diagram — may mix old and new texts, and must not be kept for the build.
     */
    reached(state: DocumentState): boolean {
        return this.currentState >= state;
    }

    /**
     * Langium relinks a file when its references failed or when the index of references says it points
     * into a changed file. A file linked by a build that was cancelled before it indexed that file's
     * references is in no such index, so a change to the file its names point to would leave it linked
     * to the old declarations: it is relinked too.
     */
    protected override shouldRelink(document: LangiumDocument, changedUris: Set<string>): boolean {
        return document.state === DocumentState.Linked || super.shouldRelink(document, changedUris);
    }

    /**
     * The files whose text changed go first, then Langium's order (files open in the editor
     * before the others): every phase runs file by file in this order, so the changed file's
     * diagnostics are published before the rest of its system is validated again — and a
     * new keystroke cancels that rest instead of waiting for it.
     */
    protected override sortDocuments(documents: LangiumDocument[]): LangiumDocument[] {
        const sorted = super.sortDocuments(documents);
        return [...sorted.filter(document => document.state === DocumentState.Changed), ...sorted.filter(document => document.state !== DocumentState.Changed)];
    }

    protected override async buildDocuments(documents: LangiumDocument[], options: BuildOptions, cancelToken: Cancellation.CancellationToken): Promise<void> {
        await super.buildDocuments(documents, options, cancelToken);
        const joined = new Set<SystemKey>();
        for (const { uri, system } of this.systemsBefore.values()) {
            const document = this.langiumDocuments.getDocument(uri);
            if (document && systemKeyOf(document) !== system) joined.add(systemKeyOf(document));
        }
        this.systemsBefore.clear();
        if (joined.size === 0 || options.validation === false) return;
        const others = this.revalidate(joined, new Set(documents));
        if (others.length > 0) await super.buildDocuments(others, options, cancelToken);
    }

    /** The systems the files of the pending change were in before it. */
    private systemsLeft(): Set<SystemKey> {
        const systems = new Set<SystemKey>();
        for (const { system } of this.systemsBefore.values()) if (system !== undefined) systems.add(system);
        return systems;
    }

    /**
     * Langium appends a document's new findings to the ones it already has by spreading them
     * into `push`, which overflows the call stack beyond about 120,000 findings; here they are
     * appended one by one.
     */
    protected override async validate(document: LangiumDocument, cancelToken: Cancellation.CancellationToken): Promise<void> {
        const earlier = document.diagnostics;
        document.diagnostics = undefined;
        try {
            await super.validate(document, cancelToken);
        } finally {
            const fresh = document.diagnostics ?? [];
            if (earlier) {
                for (const diagnostic of fresh) earlier.push(diagnostic);
                document.diagnostics = earlier;
            }
        }
    }

    /** Resets the built files of the given systems to be validated again; returns them. */
    private revalidate(systems: ReadonlySet<SystemKey>, except: ReadonlySet<LangiumDocument>): LangiumDocument[] {
        const reset: LangiumDocument[] = [];
        if (systems.size === 0) return reset;
        for (const [key, members] of this.partitions().all()) {
            if (!systems.has(key)) continue;
            for (const document of members) {
                if (except.has(document) || document.state <= DocumentState.IndexedReferences) continue;
                this.resetToState(document, DocumentState.IndexedReferences);
                reset.push(document);
            }
        }
        return reset;
    }
}

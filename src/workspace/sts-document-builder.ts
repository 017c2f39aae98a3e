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
    /** uri → the system the file was in before the pending change (kept until a build completes) */
    private readonly systemsBefore = new Map<string, SystemKey>();

    constructor(shared: LangiumSharedCoreServices, private readonly partitions: () => SystemPartitions) {
        super(shared);
        // Listeners run after Langium has reset the changed and relinked documents,
        // and before it picks the documents to rebuild.
        this.onUpdate(() => { this.revalidate(new Set(this.systemsBefore.values()), new Set()); });
    }

    override async update(changed: URI[], deleted: URI[], cancelToken?: Cancellation.CancellationToken): Promise<void> {
        for (const uri of [...changed, ...deleted]) {
            const document = this.langiumDocuments.getDocument(uri);
            const key = uri.toString();
            // The earliest key wins: a cancelled build leaves its change pending for the next one.
            if (document && !this.systemsBefore.has(key)) this.systemsBefore.set(key, systemKeyOf(document));
        }
        return super.update(changed, deleted, cancelToken);
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
        for (const document of documents) {
            const key = systemKeyOf(document);
            const before = this.systemsBefore.get(document.uri.toString());
            if (before !== key) joined.add(key);
        }
        this.systemsBefore.clear();
        if (joined.size === 0 || options.validation === false) return;
        const others = this.revalidate(joined, new Set(documents));
        if (others.length > 0) await super.buildDocuments(others, options, cancelToken);
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

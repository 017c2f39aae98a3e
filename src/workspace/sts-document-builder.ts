/**
 * Whole-model checks make a document's findings depend on the other files of
 * its system (feedback in one file closes the loop of a process in another).
 * Langium rebuilds only the changed files and those whose references point at
 * them; here the other files of a changed file's system are validated again
 * too — without relinking them, which their references do not need.
 */
import type { LangiumDocument, LangiumSharedCoreServices, URI } from 'langium';
import { DefaultDocumentBuilder, DocumentState } from 'langium';
import { systemKeyOf, type SystemPartitions } from './system-partitions.js';

export class StsDocumentBuilder extends DefaultDocumentBuilder {
    constructor(shared: LangiumSharedCoreServices, partitions: () => SystemPartitions) {
        super(shared);
        // Listeners run after Langium has reset the changed and relinked documents,
        // and before it picks the documents to rebuild.
        this.onUpdate((changed, deleted) => this.revalidateSystemsOf([...changed, ...deleted], partitions()));
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

    private revalidateSystemsOf(uris: URI[], partitions: SystemPartitions): void {
        const touched = new Set<string>();
        for (const uri of uris) {
            const document = this.langiumDocuments.getDocument(uri);
            if (document) touched.add(systemKeyOf(document));
        }
        if (touched.size === 0) return;
        for (const [key, members] of partitions.all()) {
            if (!touched.has(key)) continue;
            for (const document of members) {
                if (document.state > DocumentState.IndexedReferences) this.resetToState(document, DocumentState.IndexedReferences);
            }
        }
    }
}

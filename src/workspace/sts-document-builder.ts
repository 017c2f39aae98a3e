/**
 * Whole-model checks make a document's findings depend on the other files of
 * its system (feedback in one file closes the loop of a process in another).
 * Langium rebuilds only the changed files and those whose references point at
 * them; here the other files of a changed file's system are validated again
 * too — without relinking them, which their references do not need.
 */
import type { LangiumSharedCoreServices, URI } from 'langium';
import { DefaultDocumentBuilder, DocumentState } from 'langium';
import { systemKeyOf, type SystemPartitions } from './system-partitions.js';

export class StsDocumentBuilder extends DefaultDocumentBuilder {
    constructor(shared: LangiumSharedCoreServices, partitions: () => SystemPartitions) {
        super(shared);
        // Listeners run after Langium has reset the changed and relinked documents,
        // and before it picks the documents to rebuild.
        this.onUpdate((changed, deleted) => this.revalidateSystemsOf([...changed, ...deleted], partitions()));
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

/**
 * Hands out the SystemIndex of a document's system, made lazily once per
 * workspace change and shared by every check, the diagram and the report.
 * After a change the new index starts from the system's previous one and reads
 * again only the files that changed (see SystemIndex and index-tables.ts).
 */
import type { DocumentBuilder, LangiumDocument, LangiumSharedCoreServices } from 'langium';
import { DocumentState, WorkspaceCache } from 'langium';
import { buildReached, systemKeyOf, type SystemKey, type SystemPartitions } from '../workspace/system-partitions.js';
import { SystemIndex } from './system-index.js';

/** Added to Langium's services: the system index of each document. */
export interface StsModelServices {
    model: {
        SystemIndexProvider: SystemIndexProvider;
    };
}

export class SystemIndexProvider {
    private readonly cache: WorkspaceCache<SystemKey, SystemIndex>;
    /** The last index made for each system: the starting point of the next one. */
    private readonly latest = new Map<SystemKey, SystemIndex>();
    /** How many indexes were made: one per system per workspace change (checked by test/scale). */
    builds = 0;
    private readonly builder: DocumentBuilder;

    constructor(shared: LangiumSharedCoreServices, private readonly partitions: SystemPartitions) {
        this.cache = new WorkspaceCache(shared);
        this.builder = shared.workspace.DocumentBuilder;
    }

    forDocument(document: LangiumDocument): SystemIndex {
        const key = systemKeyOf(document);
        // Asked for during a build before all its files are linked (a hover, the diagram): the last index made
        // (the model before the change), or one of the files as they are now; neither is kept for the build's
        // checks, nor made the start of the next index.
        if (!buildReached(this.builder, DocumentState.IndexedReferences)) return this.latest.get(key) ?? new SystemIndex(this.partitions.documentsOf(key));
        return this.cache.get(key, () => {
            this.builds++;
            const systems = this.partitions.all();
            for (const known of this.latest.keys()) if (!systems.has(known)) this.latest.delete(known);
            const index = new SystemIndex(systems.get(key) ?? [], this.latest.get(key));
            this.latest.set(key, index);
            return index;
        });
    }
}

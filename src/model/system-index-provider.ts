/**
 * Hands out the SystemIndex of a document's system, made lazily once per
 * workspace change and shared by every check, the diagram and the report.
 * After a change the new index starts from the system's previous one and reads
 * again only the files that changed (see SystemIndex and index-tables.ts).
 */
import type { LangiumDocument, LangiumSharedCoreServices } from 'langium';
import { WorkspaceCache } from 'langium';
import { systemKeyOf, type SystemKey, type SystemPartitions } from '../workspace/system-partitions.js';
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

    constructor(shared: LangiumSharedCoreServices, private readonly partitions: SystemPartitions) {
        this.cache = new WorkspaceCache(shared);
    }

    forDocument(document: LangiumDocument): SystemIndex {
        const key = systemKeyOf(document);
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

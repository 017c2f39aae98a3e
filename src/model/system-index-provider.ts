/**
 * Hands out the SystemIndex of a document's system, built lazily once per
 * workspace change and shared by every check, the diagram and the report.
 */
import type { LangiumDocument, LangiumSharedCoreServices } from 'langium';
import { WorkspaceCache } from 'langium';
import { systemKeyOf, type SystemKey, type SystemPartitions } from '../workspace/system-partitions.js';
import { SystemIndex } from './system-index.js';

export class SystemIndexProvider {
    private readonly cache: WorkspaceCache<SystemKey, SystemIndex>;
    /** How many indexes were built: one per system per workspace change (checked by test/scale). */
    builds = 0;

    constructor(shared: LangiumSharedCoreServices, private readonly partitions: SystemPartitions) {
        this.cache = new WorkspaceCache(shared);
    }

    forDocument(document: LangiumDocument): SystemIndex {
        const key = systemKeyOf(document);
        return this.cache.get(key, () => {
            this.builds++;
            return new SystemIndex(this.partitions.documentsOf(key));
        });
    }
}

/**
 * A workspace may hold several systems (businesses); a system may span several
 * files that each start with the same `system Name` line. Names resolve and
 * whole-model checks run within one system: its partition of the workspace.
 * A file without a `system` line is a partition of its own.
 */
import type { LangiumDocument, LangiumDocuments, LangiumSharedCoreServices } from 'langium';
import { WorkspaceCache } from 'langium';
import { isModel } from '../language/generated/ast.js';

export type SystemKey = string;

/** The partition a document belongs to, read from its (possibly stale) parse result. */
export function systemKeyOf(document: LangiumDocument): SystemKey {
    const root = document.parseResult?.value;
    const name = isModel(root) ? root.system?.name : undefined;
    return name ? `system:${name}` : `file:${document.uri.toString()}`;
}

export class SystemPartitions {
    private readonly documents: LangiumDocuments;
    private readonly cache: WorkspaceCache<'all', Map<SystemKey, LangiumDocument[]>>;

    constructor(shared: LangiumSharedCoreServices) {
        this.documents = shared.workspace.LangiumDocuments;
        this.cache = new WorkspaceCache(shared);
    }

    /** All documents of the given partition, computed once per workspace change. */
    documentsOf(key: SystemKey): readonly LangiumDocument[] {
        return this.all().get(key) ?? [];
    }

    all(): Map<SystemKey, LangiumDocument[]> {
        return this.cache.get('all', () => {
            const partitions = new Map<SystemKey, LangiumDocument[]>();
            for (const document of this.documents.all) {
                const key = systemKeyOf(document);
                const members = partitions.get(key);
                if (members) members.push(document); else partitions.set(key, [document]);
            }
            return partitions;
        });
    }
}

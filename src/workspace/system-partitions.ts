/**
 * A workspace may hold several systems (businesses); a system may span several
 * files that each start with the same `system Name` line. Names resolve and
 * whole-model checks run within one system: its partition of the workspace.
 * A file without a `system` line is a partition of its own.
 */
import type { DocumentBuilder, LangiumDocument, LangiumDocuments, LangiumSharedCoreServices } from 'langium';
import { DocumentState, WorkspaceCache } from 'langium';
import { isModel } from '../language/generated/ast.js';

export type SystemKey = string;

/** The partition a document belongs to, read from its (possibly stale) parse result. */
export function systemKeyOf(document: LangiumDocument): SystemKey {
    const root = document.parseResult?.value;
    const name = isModel(root) ? root.system?.name : undefined;
    return name ? `system:${name}` : `file:${document.uri.toString()}`;
}

/**
 * Whether the running build, if any, has brought all its documents to `state` (StsDocumentBuilder.reached;
 * another builder is taken as done). A table made from the documents before that is right for the moment
 * — a hover or the diagram asked for during a build — but must not be kept: the build is not through.
 */
export function buildReached(builder: DocumentBuilder, state: DocumentState): boolean {
    const progress = builder as DocumentBuilder & { reached?: (state: DocumentState) => boolean };
    return progress.reached?.(state) ?? true;
}

export class SystemPartitions {
    private readonly documents: LangiumDocuments;
    private readonly builder: DocumentBuilder;
    private readonly cache: WorkspaceCache<'all', Map<SystemKey, LangiumDocument[]>>;

    constructor(shared: LangiumSharedCoreServices) {
        this.documents = shared.workspace.LangiumDocuments;
        this.builder = shared.workspace.DocumentBuilder;
        this.cache = new WorkspaceCache(shared);
    }

    /** All documents of the given partition. */
    documentsOf(key: SystemKey): readonly LangiumDocument[] {
        return this.all().get(key) ?? [];
    }

    /**
     * Every partition, computed once per workspace change — once the change's files are parsed: until then
     * (a request during a build) they are computed from the texts parsed so far and not kept, or the build's
     * names and checks would go by the systems of the old texts (and a file opened during the build, still
     * an empty placeholder, would stay outside its system).
     */
    all(): Map<SystemKey, LangiumDocument[]> {
        if (!buildReached(this.builder, DocumentState.Parsed)) return this.partition();
        return this.cache.get('all', () => this.partition());
    }

    private partition(): Map<SystemKey, LangiumDocument[]> {
        const partitions = new Map<SystemKey, LangiumDocument[]>();
        for (const document of this.documents.all) {
            const key = systemKeyOf(document);
            const members = partitions.get(key);
            if (members) members.push(document); else partitions.set(key, [document]);
        }
        return partitions;
    }
}

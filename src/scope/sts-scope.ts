/**
 * Name resolution. Every element is declared at the top level and visible in
 * all files of its system (see system-partitions.ts), so one map per system
 * from name to declarations answers each reference in O(1). Langium's default
 * scope scans the local symbols of a document for every reference, which is
 * quadratic in the size of a document.
 */
import type { AstNodeDescription, AstReflection, ReferenceInfo, Scope, ScopeProvider, Stream } from 'langium';
import { AstUtils, Cancellation, DefaultLinker, DefaultScopeComputation, DocumentState, EMPTY_STREAM, interruptAndCheck, MultiMap, stream, WorkspaceCache } from 'langium';
import type { AstNode, LangiumCoreServices, LangiumDocument, LocalSymbols } from 'langium';
import { isSystem } from '../language/generated/ast.js';
import { NameCandidates } from '../language/closest-name.js';
import type { StsSharedCoreServices } from '../workspace/shared-services.js';
import { systemKeyOf, type SystemKey, type SystemPartitions } from '../workspace/system-partitions.js';
import { childNodes, visitOwnReferences, visitReferences, type WalkCounts } from '../workspace/ast-walk.js';
import { SymbolTables, type SymbolTable } from './symbol-tables.js';

export type { SymbolTable };

/** What name resolution needs: Langium's core services and the shared workspace's partitions and index. */
export type StsScopeServices = LangiumCoreServices & { shared: StsSharedCoreServices };

/** Added to Langium's services: the scope provider is this one (its symbol tables and name candidates are used elsewhere). */
export interface StsScopeAddedServices {
    references: {
        ScopeProvider: StsScopeProvider;
    };
}

/** Exports the named elements of a file; the `system` line is a partition key, not an element. */
export class StsScopeComputation extends DefaultScopeComputation {
    protected override addExportedSymbol(node: AstNode, exports: AstNodeDescription[], document: LangiumDocument): void {
        if (!isSystem(node)) super.addExportedSymbol(node, exports, document);
    }

    /** No element is local: everything is found through the system's symbol table. */
    override async collectLocalSymbols(): Promise<LocalSymbols> {
        return new MultiMap<AstNode, AstNodeDescription>();
    }
}

export class StsScopeProvider implements ScopeProvider {
    private readonly reflection: AstReflection;
    private readonly partitions: SystemPartitions;
    /** public for test/scale, which counts the files read into them */
    readonly symbols: SymbolTables;
    /** Cleared once a change's files are indexed (so linking sees their new names), and when files are deleted. */
    private readonly tables: WorkspaceCache<'all', Map<SystemKey, SymbolTable>>;
    /** per state of the tables (a new map after every change) */
    private readonly candidates = new WeakMap<Map<SystemKey, SymbolTable>, Map<string, NameCandidates>>();
    /** What name resolution did, for the scale tests' operation counts (test/scale): scopes made, names looked up, tables built, names compared for "did you mean". */
    readonly counts = { scopes: 0, lookups: 0, tableBuilds: 0, comparisons: 0 };

    constructor(services: StsScopeServices) {
        this.reflection = services.shared.AstReflection;
        this.partitions = services.shared.workspace.SystemPartitions;
        this.symbols = new SymbolTables(services.shared.workspace.IndexManager);
        this.tables = new WorkspaceCache(services.shared, DocumentState.IndexedContent);
    }

    getScope(context: ReferenceInfo): Scope {
        this.counts.scopes++;
        const referenceType = this.reflection.getReferenceType(context);
        const document = AstUtils.getDocument(context.container);
        return new TypedScope(this.symbolTable(systemKeyOf(document)), referenceType, this.reflection, this.counts);
    }

    /** The declarations of one system. */
    symbolTable(key: SystemKey): SymbolTable {
        return this.allTables().get(key) ?? new Map<string, AstNodeDescription[]>();
    }

    /**
     * The names a reference could have meant, for "did you mean": gathered once per system, kind of reference and
     * change, in an order that does not depend on the order files were read or edited in (see SymbolTables.declarations).
     */
    nameCandidates(context: ReferenceInfo): NameCandidates {
        const tables = this.allTables();
        let bySystemAndType = this.candidates.get(tables);
        if (!bySystemAndType) this.candidates.set(tables, bySystemAndType = new Map<string, NameCandidates>());
        const system = systemKeyOf(AstUtils.getDocument(context.container));
        const referenceType = this.reflection.getReferenceType(context);
        const key = `${system}\0${referenceType}`;
        let candidates = bySystemAndType.get(key);
        if (!candidates) {
            const names = stream(this.symbols.declarations(system))
                .filter(description => this.reflection.isSubtype(description.type, referenceType))
                .map(description => description.name);
            bySystemAndType.set(key, candidates = new NameCandidates(names, this.counts));
        }
        return candidates;
    }

    /** Every system's declarations, brought up to date once per workspace change. */
    private allTables(): Map<SystemKey, SymbolTable> {
        return this.tables.get('all', () => {
            this.counts.tableBuilds++;
            return this.symbols.update(this.partitions.all());
        });
    }
}

/**
 * Links a file's references in one walk over its tree (ast-walk.ts) instead of
 * Langium's nested streams, which cost more than the O(1) look-up per reference;
 * cancellation is still checked between the file's elements.
 *
 * Every reference is resolved again here, also one a request resolved on the way
 * (Langium resolves a reference when it is first read, and linking keeps that):
 * a hover or the diagram asked for while a build has not yet indexed every
 * changed file's names reads them from the tables of the texts before, and what
 * it found would otherwise outlive the build (issue 15: a name renamed across
 * many files stayed unresolved, or resolved to the old declaration, until the
 * file was edited again).
 */
export class StsLinker extends DefaultLinker {
    /** What this linker's walks visited (test/scale counts them). */
    readonly walked: WalkCounts = { nodes: 0, references: 0 };

    override async link(document: LangiumDocument, cancelToken = Cancellation.CancellationToken.None): Promise<void> {
        this.unlink(document);
        if (this.profiler?.isActive('linking')) return super.link(document, cancelToken);
        const link = (info: ReferenceInfo) => this.doLink(info, document);
        const root = document.parseResult.value;
        visitOwnReferences(root, link, this.walked);
        for (const element of childNodes(root)) {
            await interruptAndCheck(cancelToken);
            visitReferences(element, link, this.walked);
        }
    }
}

/** A view of a system's symbol table restricted to the kinds a reference accepts. */
class TypedScope implements Scope {
    constructor(
        private readonly table: SymbolTable,
        private readonly referenceType: string,
        private readonly reflection: AstReflection,
        private readonly counts: { lookups: number }
    ) { }

    getElement(name: string): AstNodeDescription | undefined {
        this.counts.lookups++;
        return this.table.get(name)?.find(description => this.accepts(description));
    }

    getElements(name: string): Stream<AstNodeDescription> {
        const found = this.table.get(name);
        return found ? stream(found).filter(description => this.accepts(description)) : EMPTY_STREAM as Stream<AstNodeDescription>;
    }

    getAllElements(): Stream<AstNodeDescription> {
        return stream(this.table.values()).flatMap(descriptions => descriptions).filter(description => this.accepts(description));
    }

    private accepts(description: AstNodeDescription): boolean {
        return this.reflection.isSubtype(description.type, this.referenceType);
    }
}

/**
 * The name → declarations table of each system, kept from one workspace change
 * to the next: after a change, only the files whose exported names Langium
 * indexed again are taken out of their system's table and put back in. A file
 * added, removed or moved to another system, or most files changing, makes the
 * table be read again from every file.
 */
import type { AstNodeDescription, LangiumDocument } from 'langium';
import type { StsIndexManager } from '../workspace/sts-index-manager.js';
import type { SystemKey } from '../workspace/system-partitions.js';

/** name → declarations (more than one means a duplicate name), in file order */
export type SymbolTable = Map<string, AstNodeDescription[]>;

interface SystemSymbols {
    readonly uris: readonly string[];
    /** each file's exported names, as the index manager gave them out */
    readonly exports: readonly (readonly AstNodeDescription[])[];
    readonly table: SymbolTable;
    /** how many files were read to make it (all, or the changed ones) */
    readonly filesRead: number;
}

export class SymbolTables {
    private latest = new Map<SystemKey, SystemSymbols>();
    /** Files read into these tables so far (test/scale checks that an edit reads one). */
    filesRead = 0;

    constructor(private readonly indexManager: StsIndexManager) { }

    /** The table of every system, brought up to date with the files' current exports. */
    update(partitions: ReadonlyMap<SystemKey, readonly LangiumDocument[]>): Map<SystemKey, SymbolTable> {
        const next = new Map<SystemKey, SystemSymbols>();
        for (const [key, members] of partitions) {
            const uris = members.map(member => member.uri.toString());
            const exports = uris.map(uri => this.indexManager.exportsOf(uri));
            const previous = this.latest.get(key);
            const symbols = (previous && refreshed(previous, uris, exports)) ?? read(uris, exports, exports.map((_, position) => position), new Map());
            this.filesRead += symbols.filesRead;
            next.set(key, symbols);
        }
        this.latest = next;
        return new Map([...next].map(([key, symbols]) => [key, symbols.table]));
    }

    /**
     * The declarations of one system as of the last update, files in the order of their URIs and each file's
     * names in its order: the same however the workspace was loaded and edited (the tables' own order is not:
     * a file read again goes to the end), so that "did you mean" picks the same name as a fresh `sts check`.
     */
    *declarations(key: SystemKey): Iterable<AstNodeDescription> {
        const symbols = this.latest.get(key);
        if (!symbols) return;
        const files = symbols.uris.map((uri, position) => ({ uri, position })).sort((a, b) => a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : 0);
        for (const { position } of files) yield* symbols.exports[position] ?? [];
    }
}

/** The previous table with the changed files taken out and put back in, or undefined when reading all is simpler. */
function refreshed(previous: SystemSymbols, uris: readonly string[], exports: readonly (readonly AstNodeDescription[])[]): SystemSymbols | undefined {
    if (previous.uris.length !== uris.length || previous.uris.some((uri, position) => uri !== uris[position])) return undefined;
    const changed = exports.flatMap((names, position) => names === previous.exports[position] ? [] : [position]);
    if (changed.length * 2 > uris.length) return undefined;
    const table = previous.table;
    for (const position of changed) {
        const gone = new Set(previous.exports[position]);
        for (const description of gone) {
            const same = table.get(description.name)?.filter(other => !gone.has(other)) ?? [];
            if (same.length > 0) table.set(description.name, same); else table.delete(description.name);
        }
    }
    return read(uris, exports, changed, table);
}

/** Adds the exports of the files at `positions` to the table, in file order. */
function read(uris: readonly string[], exports: readonly (readonly AstNodeDescription[])[], positions: readonly number[], table: SymbolTable): SystemSymbols {
    const shared = new Set<string>();
    for (const position of positions) {
        for (const description of exports[position] ?? []) {
            const same = table.get(description.name);
            if (!same) table.set(description.name, [description]);
            else {
                same.push(description);
                shared.add(description.name);
            }
        }
    }
    if (positions.length < uris.length) {
        // Names declared in more than one file: the files put back in went to the end of the list.
        const fileOf = new Map(uris.map((uri, position) => [uri, position]));
        const rank = (description: AstNodeDescription) => {
            const file = fileOf.get(description.documentUri.toString()) ?? -1;
            return [file, exports[file]?.indexOf(description) ?? -1] as const;
        };
        for (const name of shared) {
            table.get(name)?.sort((a, b) => {
                const [left, right] = [rank(a), rank(b)];
                return left[0] - right[0] || left[1] - right[1];
            });
        }
    }
    return { uris, exports, table, filesRead: positions.length };
}

/**
 * Remembers the layout of parts (a process, a cluster) by a hash of their content,
 * so an edit lays out only the parts it changed.
 */
export class LayoutCache {
    private readonly entries = new Map<string, unknown>();
    /** Entries older than the last `maxEntries` insertions are dropped. */
    constructor(private readonly maxEntries = 2000) { }

    get<T>(key: string): T | undefined { return this.entries.get(key) as T | undefined; }

    set<T>(key: string, value: T): void {
        this.entries.delete(key);
        this.entries.set(key, value);
        if (this.entries.size > this.maxEntries) {
            const oldest = this.entries.keys().next().value;
            if (oldest !== undefined) this.entries.delete(oldest);
        }
    }

    get size(): number { return this.entries.size; }
}

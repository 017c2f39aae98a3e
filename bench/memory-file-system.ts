/**
 * An in-memory file system for Langium: the benchmark and the scale tests
 * change a file's text here and let the DocumentBuilder read it back on
 * update, exactly as the language server does with a file on disk.
 */
import type { FileSystemNode, FileSystemProvider } from 'langium';
import { URI } from 'langium';

export class MemoryFileSystem implements FileSystemProvider {
    private readonly texts = new Map<string, string>();

    write(uri: URI, text: string): void { this.texts.set(uri.toString(), text); }

    readFileSync(uri: URI): string {
        const text = this.texts.get(uri.toString());
        if (text === undefined) throw new Error(`no such file: ${uri.toString()}`);
        return text;
    }

    async readFile(uri: URI): Promise<string> { return this.readFileSync(uri); }
    statSync(uri: URI): FileSystemNode {
        if (this.texts.has(uri.toString())) return { isFile: true, isDirectory: false, uri };
        const prefix = uri.toString().replace(/\/?$/, '/');
        if ([...this.texts.keys()].some(key => key.startsWith(prefix))) return { isFile: false, isDirectory: true, uri };
        throw new Error(`no such file: ${uri.toString()}`);
    }
    async stat(uri: URI): Promise<FileSystemNode> { return this.statSync(uri); }
    existsSync(uri: URI): boolean {
        try { this.statSync(uri); return true; } catch { return false; }
    }
    async exists(uri: URI): Promise<boolean> { return this.existsSync(uri); }
    readBinarySync(uri: URI): Uint8Array { return new TextEncoder().encode(this.readFileSync(uri)); }
    async readBinary(uri: URI): Promise<Uint8Array> { return this.readBinarySync(uri); }
    readDirectorySync(uri: URI): FileSystemNode[] {
        const prefix = uri.toString().replace(/\/?$/, '/');
        const children = new Map<string, FileSystemNode>();
        for (const key of this.texts.keys()) {
            if (!key.startsWith(prefix)) continue;
            const [first, ...rest] = key.slice(prefix.length).split('/');
            if (!first) continue;
            const child = URI.parse(prefix + first);
            children.set(first, { isFile: rest.length === 0, isDirectory: rest.length > 0, uri: child });
        }
        return [...children.values()];
    }
    async readDirectory(uri: URI): Promise<FileSystemNode[]> { return this.readDirectorySync(uri); }
}

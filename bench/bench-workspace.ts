/**
 * A generated workspace loaded into the real services over an in-memory file
 * system: build it (with or without the checks), edit one file and rebuild the
 * way the language server does (DocumentBuilder.update), and read the findings.
 * Shared by the benchmark and the scale tests.
 */
import type { BuildOptions, LangiumDocument } from 'langium';
import { DocumentState, URI } from 'langium';
import { createStsServices, type StsServices, type StsSharedServices } from '../src/services/sts-services.js';
import type { Model } from '../src/language/generated/ast.js';
import { elapsedSince, now, type Elapsed } from './clock.js';
import { MemoryFileSystem } from './memory-file-system.js';

/** Linking and Langium's built-in diagnostics (syntax, unresolved names), none of our rules. */
export const CHECKS_OFF: BuildOptions = { validation: { categories: ['built-in'] } };
export const ALL_CHECKS: BuildOptions = { validation: true };

export interface EditTiming {
    /** from the update call until the changed file's diagnostics were set */
    readonly changedFileReady: Elapsed;
    /** until the whole rebuild finished */
    readonly done: Elapsed;
}

export class BenchWorkspace {
    readonly fileSystem = new MemoryFileSystem();
    readonly shared: StsSharedServices;
    readonly sts: StsServices;
    readonly documents = new Map<string, LangiumDocument<Model>>();

    /** Creates the services (the parser among them: not part of any build) and writes the files; parses nothing yet. */
    constructor(private readonly files: Record<string, string>) {
        const { shared, Sts } = createStsServices({ fileSystemProvider: () => this.fileSystem });
        this.shared = shared;
        this.sts = Sts;
        // Services are created lazily; a language server builds its parser once at start-up, not per build.
        void Sts.parser.LangiumParser;
        void Sts.parser.AsyncParser;
        for (const [name, text] of Object.entries(files)) this.fileSystem.write(uriOf(name), text);
    }

    /** Parses every file into a document (on the first build) and builds them all. */
    async build(options: BuildOptions = ALL_CHECKS): Promise<void> {
        if (this.documents.size === 0) {
            for (const [name, text] of Object.entries(this.files)) {
                const document = this.shared.workspace.LangiumDocumentFactory.fromString<Model>(text, uriOf(name));
                this.shared.workspace.LangiumDocuments.addDocument(document);
                this.documents.set(name, document);
            }
        }
        await this.shared.workspace.DocumentBuilder.build([...this.documents.values()], options);
    }

    /** Forgets every document (as when a workspace is closed), keeping the services warm for the next build. */
    async clear(): Promise<void> {
        const uris = [...this.documents.keys()].map(uriOf);
        this.documents.clear();
        await this.shared.workspace.DocumentBuilder.update([], uris);
        for (const [name, text] of Object.entries(this.files)) this.fileSystem.write(uriOf(name), text);
    }

    /** Writes the file's new text and rebuilds as the language server does after a change. */
    async edit(name: string, text: string): Promise<EditTiming> {
        const uri = uriOf(name);
        this.fileSystem.write(uri, text);
        const builder = this.shared.workspace.DocumentBuilder;
        const start = now();
        let changedFileReady: Elapsed | undefined;
        const listener = builder.onDocumentPhase(DocumentState.Validated, document => {
            if (document.uri.toString() === uri.toString()) changedFileReady ??= elapsedSince(start);
        });
        try {
            await builder.update([uri], []);
        } finally {
            listener.dispose();
        }
        const done = elapsedSince(start);
        return { changedFileReady: changedFileReady ?? done, done };
    }

    /** Deletes the file and rebuilds as the language server does when a file is deleted. */
    async remove(name: string): Promise<void> {
        this.documents.delete(name);
        await this.shared.workspace.DocumentBuilder.update([], [uriOf(name)]);
    }

    document(name: string): LangiumDocument<Model> {
        const document = this.shared.workspace.LangiumDocuments.getDocument(uriOf(name));
        if (!document) throw new Error(`no document ${name}`);
        return document as LangiumDocument<Model>;
    }

    /** Files (by name) whose references point into the named file: they are relinked when it changes. */
    dependentsOf(name: string): string[] {
        const changed = new Set([uriOf(name).toString()]);
        const index = this.shared.workspace.IndexManager;
        return [...this.documents.keys()].filter(other => other !== name && index.isAffected(this.document(other), changed));
    }
}

export function uriOf(name: string): URI {
    return URI.parse(`file:///bench/${name}`);
}

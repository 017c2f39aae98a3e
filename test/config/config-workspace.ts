/**
 * A workspace on Langium's in-memory file system, so configuration files can be
 * found by walking up folders exactly as on disk, and changed between builds.
 */
import type { LangiumDocument } from 'langium';
import { URI } from 'langium';
import { VirtualFileSystemProvider } from 'langium/test';
import { createStsServices } from '../../src/services/sts-services.js';
import type { Model } from '../../src/language/generated/ast.js';
import { findingsOf, summary } from '../helpers/workspace.js';

export class ConfigWorkspace {
    readonly files = new VirtualFileSystemProvider();
    readonly services = createStsServices({ fileSystemProvider: () => this.files });
    private readonly documents = new Map<string, LangiumDocument<Model>>();

    /** Writes a file (`/project/sts.config.json`, `/project/a/model.sts`); .sts files join the workspace. */
    write(path: string, text: string): this {
        this.files.insert(URI.file(path), text);
        if (path.endsWith('.sts')) {
            const workspace = this.services.shared.workspace;
            const uri = URI.file(path);
            if (workspace.LangiumDocuments.hasDocument(uri)) workspace.LangiumDocuments.deleteDocument(uri);
            const document = workspace.LangiumDocumentFactory.fromString<Model>(text, uri);
            workspace.LangiumDocuments.addDocument(document);
            this.documents.set(path, document);
        }
        return this;
    }

    async build(): Promise<void> {
        await this.services.shared.workspace.DocumentBuilder.build([...this.documents.values()], { validation: true });
    }

    document(path: string): LangiumDocument<Model> {
        const document = this.documents.get(path);
        if (!document) throw new Error(`no document ${path}`);
        return document;
    }

    /** `rule@line` of one file, sorted. */
    findings(path: string): string[] {
        return summary(findingsOf(this.document(path)));
    }

    severities(path: string): Record<string, string> {
        return Object.fromEntries(findingsOf(this.document(path)).map(finding => [finding.rule, finding.severity]));
    }
}

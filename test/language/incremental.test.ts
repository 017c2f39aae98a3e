/**
 * Whole-model findings follow edits in other files of the same system: the
 * editor's update (DocumentBuilder.update) revalidates every file of a changed
 * file's system, though Langium alone would only rebuild files that reference it.
 */
import { describe, expect, it } from 'vitest';
import type { LangiumDocument } from 'langium';
import { TextDocument, URI } from 'langium';
import type { Model } from '../../src/language/generated/ast.js';
import { newServices, summary, type Services } from '../helpers/workspace.js';
import { namedFindingsOf } from './language-helpers.js';

const PROCESS = `system Shop
actor Owner
actor Guest { kind customer }
task Bake { owner Owner }
process Morning { owner Owner  tasks Bake }`;
const NO_FEEDBACK = `system Shop
// feedback about the morning bake goes here
`;
const FEEDBACK = `system Shop
feedback Reviews { from Guest to Owner  about Morning  every week }
`;
const OTHER_SYSTEM = 'system Florist\nactor Flo\ntask Arrange { owner Flo }';

/** An editor session: documents opened through TextDocuments, edits applied with DocumentBuilder.update. */
class Session {
    readonly services: Services = newServices();
    private readonly versions = new Map<string, number>();

    async open(files: Record<string, string>): Promise<void> {
        const documents = Object.entries(files).map(([name, text]) => {
            const textDocument = TextDocument.create(this.uri(name).toString(), 'sts', 1, text);
            this.versions.set(name, 1);
            this.services.shared.workspace.TextDocuments?.set(textDocument);
            const document = this.services.shared.workspace.LangiumDocumentFactory.fromTextDocument(textDocument);
            this.services.shared.workspace.LangiumDocuments.addDocument(document);
            return document;
        });
        await this.services.shared.workspace.DocumentBuilder.build(documents, { validation: true });
    }

    async remove(name: string): Promise<void> {
        this.services.shared.workspace.TextDocuments?.delete(this.uri(name));
        await this.services.shared.workspace.DocumentBuilder.update([], [this.uri(name)]);
    }

    async edit(name: string, text: string): Promise<void> {
        const version = (this.versions.get(name) ?? 1) + 1;
        this.versions.set(name, version);
        this.services.shared.workspace.TextDocuments?.set(TextDocument.create(this.uri(name).toString(), 'sts', version, text));
        await this.services.shared.workspace.DocumentBuilder.update([this.uri(name)], []);
    }

    document(name: string): LangiumDocument<Model> {
        return this.services.shared.workspace.LangiumDocuments.getDocument(this.uri(name)) as LangiumDocument<Model>;
    }

    findings(name: string): string[] {
        return summary(namedFindingsOf(this.document(name)));
    }

    private uri(name: string): URI {
        return URI.parse(`file:///workspace/${name}`);
    }
}

describe('editing one file of a two-file system', () => {
    it('clears the missing-feedback-loop finding in file A when feedback is added in file B', async () => {
        const session = new Session();
        await session.open({ 'a.sts': PROCESS, 'b.sts': NO_FEEDBACK });
        expect(session.findings('a.sts')).toEqual(['missing-feedback-loop@5']);

        await session.edit('b.sts', FEEDBACK);

        expect(session.findings('a.sts')).toEqual([]);
        expect(session.findings('b.sts')).toEqual([]);
    });

    it('brings the finding back when the feedback is removed again', async () => {
        const session = new Session();
        await session.open({ 'a.sts': PROCESS, 'b.sts': FEEDBACK });
        expect(session.findings('a.sts')).toEqual([]);

        await session.edit('b.sts', NO_FEEDBACK);

        expect(session.findings('a.sts')).toEqual(['missing-feedback-loop@5']);
    });

    it('brings the finding back when the file with the feedback is deleted', async () => {
        const session = new Session();
        await session.open({ 'a.sts': PROCESS, 'b.sts': FEEDBACK });
        expect(session.findings('a.sts')).toEqual([]);

        await session.remove('b.sts');

        expect(session.findings('a.sts')).toEqual(['missing-feedback-loop@5']);
    });

    it('follows a file that moves to another system', async () => {
        const session = new Session();
        await session.open({ 'a.sts': PROCESS, 'b.sts': FEEDBACK });
        await session.edit('b.sts', FEEDBACK.replace('system Shop', 'system Elsewhere'));
        expect(session.findings('a.sts')).toEqual(['missing-feedback-loop@5']);
        expect(session.findings('b.sts')).toEqual(['unresolved-reference@2', 'unresolved-reference@2', 'unresolved-reference@2']);
    });

    it('closes the loop when a new file of the system brings the feedback', async () => {
        const session = new Session();
        await session.open({ 'a.sts': PROCESS });
        expect(session.findings('a.sts')).toEqual(['missing-feedback-loop@5']);
        // a file the editor had not seen: `edit` of an unknown name is how a new file arrives
        await session.edit('b.sts', FEEDBACK);
        expect(session.findings('b.sts')).toEqual([]);
        expect(session.findings('a.sts')).toEqual([]);
    });

    it('follows a file that moves into the system', async () => {
        const session = new Session();
        await session.open({ 'a.sts': PROCESS, 'b.sts': FEEDBACK.replace('system Shop', 'system Elsewhere') });
        expect(session.findings('a.sts')).toEqual(['missing-feedback-loop@5']);
        await session.edit('b.sts', FEEDBACK);
        expect(session.findings('b.sts')).toEqual([]);
        expect(session.findings('a.sts')).toEqual([]);
    });

    it('leaves the files of other systems alone', async () => {
        const session = new Session();
        await session.open({ 'a.sts': PROCESS, 'b.sts': NO_FEEDBACK, 'florist.sts': OTHER_SYSTEM });
        const before = session.document('florist.sts').diagnostics;

        await session.edit('b.sts', FEEDBACK);

        expect(session.document('florist.sts').diagnostics).toBe(before);
        expect(session.findings('a.sts')).toEqual([]);
    });
});

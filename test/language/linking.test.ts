/**
 * Names resolve per system: across all files that share a `system` line, and
 * never into another system or into a file without a system line. Unsaved
 * (untitled) documents take part like saved ones.
 */
import { describe, expect, it } from 'vitest';
import type { LangiumDocument } from 'langium';
import { AstUtils, TextDocument, URI } from 'langium';
import type { Model } from '../../src/language/generated/ast.js';
import { buildWorkspace, newServices, summary } from '../helpers/workspace.js';
import { element, namedFindingsOf } from './language-helpers.js';

const PEOPLE = `system Bakery "Corner Bakery"
actor Ann { trained on Till }
tool Till { owner Ann }`;

const WORK = `system Bakery "Corner Bakery"
task Sell { owner Ann  uses Till }
process Shop { owner Ann  Sell -> Sell2 }
task Sell2 { owner Ann }
metric Sales { measures Shop  target "100 a day"  owner Ann  review weekly }`;

describe('a system spread over several files', () => {
    it('resolves names declared in another file of the same system', async () => {
        const { documents } = await buildWorkspace({ 'people.sts': PEOPLE, 'work.sts': WORK });
        const work = documents.get('work.sts')!;
        const sell = element(work.parseResult.value, 'Task', 'Sell');
        expect(sell.owner?.ref?.name).toBe('Ann');
        expect(AstUtils.getDocument(sell.uses[0]!.ref!).uri.path).toBe('/workspace/people.sts');
        expect(namedFindingsOf(work)).toEqual([]);
        expect(namedFindingsOf(documents.get('people.sts')!)).toEqual([]);
    });

    it('does not count the repeated system line as a duplicate name', async () => {
        const { documents } = await buildWorkspace({ 'a.sts': 'system Bakery\nactor Ann', 'b.sts': 'system Bakery\nactor Ben' });
        for (const document of documents.values()) expect(summary(namedFindingsOf(document))).toEqual([]);
    });
});

describe('two systems in one workspace', () => {
    it('keep their names apart: the same name in each is no duplicate, and each resolves to its own', async () => {
        const { documents } = await buildWorkspace({
            'bakery.sts': 'system Bakery\nactor Ann { trained on Till }\ntool Till { owner Ann }\ntask Sell { owner Ann  uses Till }',
            'florist.sts': 'system Florist\nactor Ann { trained on Till }\ntool Till { owner Ann }\ntask Sell { owner Ann  uses Till }'
        });
        for (const [name, document] of documents) {
            expect(summary(namedFindingsOf(document)), name).toEqual([]);
            const sell = element(document.parseResult.value, 'Task', 'Sell');
            expect(AstUtils.getDocument(sell.owner!.ref!)).toBe(document);
            expect(AstUtils.getDocument(sell.uses[0]!.ref!)).toBe(document);
        }
    });

    it('do not see each other’s names', async () => {
        const { documents } = await buildWorkspace({
            'bakery.sts': 'system Bakery\nactor Baker',
            'florist.sts': 'system Florist\ntask Arrange { owner Baker }'
        });
        const florist = namedFindingsOf(documents.get('florist.sts')!);
        expect(florist.map(({ rule, text }) => ({ rule, text }))).toEqual([{ rule: 'unresolved-reference', text: 'Baker' }]);
    });

    it('treat a file without a system line as a system of its own', async () => {
        const { documents } = await buildWorkspace({
            'notes.sts': 'actor Ann',
            'more-notes.sts': 'actor Ann\ntask Sell { owner Ann }',
            'bakery.sts': 'system Bakery\ntask Bake { owner Ann }'
        });
        expect(summary(namedFindingsOf(documents.get('notes.sts')!))).toEqual([]);
        expect(summary(namedFindingsOf(documents.get('more-notes.sts')!))).toEqual([]);
        expect(summary(namedFindingsOf(documents.get('bakery.sts')!))).toEqual(['unresolved-reference@2']);
    });
});

describe('an unsaved (untitled) document', () => {
    async function build(files: Record<string, string>) {
        const services = newServices();
        const documents = new Map<string, LangiumDocument<Model>>();
        for (const [uri, text] of Object.entries(files)) {
            // As the editor does: the client opens the document with its language id, which
            // is how an untitled document (no file extension) finds the sts services.
            services.shared.workspace.TextDocuments?.set(TextDocument.create(uri, 'sts', 1, text));
            const document = services.shared.workspace.LangiumDocumentFactory.fromString<Model>(text, URI.parse(uri));
            services.shared.workspace.LangiumDocuments.addDocument(document);
            documents.set(uri, document);
        }
        await services.shared.workspace.DocumentBuilder.build([...documents.values()], { validation: true });
        return documents;
    }

    it('links and is checked like a saved file', async () => {
        const documents = await build({ 'untitled:Untitled-1': 'system Draft\nactor Ann\ntask Sell { owner Ann  uses Tills }\ntool Till { owner Ann }\ntask Count' });
        const findings = namedFindingsOf(documents.get('untitled:Untitled-1')!);
        expect(findings.map(({ rule, text }) => `${rule} ${text}`).sort()).toEqual([
            'unowned-task Count',
            'unresolved-reference Tills'
        ]);
        expect(findings.find(finding => finding.rule === 'unresolved-reference')?.message).toContain('did you mean Till?');
    });

    it('joins the saved files of its system', async () => {
        const documents = await build({
            'file:///shop/people.sts': PEOPLE,
            'untitled:Untitled-2': WORK
        });
        expect(namedFindingsOf(documents.get('untitled:Untitled-2')!)).toEqual([]);
        const sell = element(documents.get('untitled:Untitled-2')!.parseResult.value, 'Task', 'Sell');
        expect(AstUtils.getDocument(sell.owner!.ref!).uri.toString()).toBe('file:///shop/people.sts');
    });
});

/**
 * Whole-model rules see the whole system — every file with the same `system`
 * line — but report only in the file being checked, and their per-system results
 * follow an edit in another file (a new SystemIndex, so nothing stale is reused).
 */
import { describe, expect, it } from 'vitest';
import { TextDocument, URI } from 'langium';
import { buildWorkspace, findingsOf, newServices, summary } from '../helpers/workspace.js';

const PEOPLE = `system Shop
actor Chef { skills cooking  trained on Oven }
actor Floor { kind team  members Staff }`;
const WORK = `system Shop
tool Oven { owner Chef }
actor Staff { kind team  members Floor }
task Cook { owner Chef  needs cooking  uses Oven }
task Bake { owner Chef  uses Oven }`;

function of(rules: readonly string[], found: ReturnType<typeof findingsOf>): string[] {
    return summary(found.filter(finding => rules.includes(finding.rule)));
}

describe('whole-model rules across the files of one system', () => {
    it('count references, skills and training from other files, and report each finding in its own file', async () => {
        const { documents } = await buildWorkspace({ 'people.sts': PEOPLE, 'work.sts': WORK });
        const rules = ['unused-element', 'tool-without-trained-user', 'unstaffed-skill', 'membership-cycle', 'single-point-of-failure'];
        // Floor and Staff contain each other across the two files; the chef alone can cook and work the oven (which baking, needing no cooking, uses too).
        expect(of(rules, findingsOf(documents.get('people.sts')!))).toEqual(['membership-cycle@3', 'single-point-of-failure@2']);
        expect(of(rules, findingsOf(documents.get('work.sts')!))).toEqual(['membership-cycle@3', 'single-point-of-failure@2']);
    });

    it('keep the files of another system out', async () => {
        const { documents } = await buildWorkspace({ 'people.sts': PEOPLE, 'other.sts': WORK.replace('system Shop', 'system Florist') });
        const people = findingsOf(documents.get('people.sts')!);
        // in its own system nothing names Chef or Floor, and no task needs cooking
        expect(people.filter(finding => finding.rule === 'unused-element').map(finding => finding.text).sort()).toEqual(['Chef', 'Floor', 'cooking']);
    });

    it('follow an edit in another file of the system', async () => {
        const services = newServices();
        const uri = (name: string) => URI.parse(`file:///workspace/${name}`);
        const open = (name: string, text: string, version: number) =>
            services.shared.workspace.TextDocuments?.set(TextDocument.create(uri(name).toString(), 'sts', version, text));
        open('people.sts', PEOPLE, 1);
        open('work.sts', WORK, 1);
        const documents = ['people.sts', 'work.sts'].map(name => {
            const document = services.shared.workspace.LangiumDocumentFactory.fromTextDocument(services.shared.workspace.TextDocuments!.get(uri(name).toString())!);
            services.shared.workspace.LangiumDocuments.addDocument(document);
            return document;
        });
        await services.shared.workspace.DocumentBuilder.build(documents, { validation: true });
        const spof = () => of(['single-point-of-failure'], findingsOf(services.shared.workspace.LangiumDocuments.getDocument(uri('people.sts'))!));
        expect(spof()).toEqual(['single-point-of-failure@2']);

        open('work.sts', `${WORK}\nactor Cook2 { skills cooking  trained on Oven }`, 2);
        await services.shared.workspace.DocumentBuilder.update([uri('work.sts')], []);
        expect(spof()).toEqual([]);
    });
});

import { readFileSync } from 'node:fs';
import type { LangiumDocument } from 'langium';
import { SemanticTokensDecoder } from 'langium/lsp';
import { describe, expect, it } from 'vitest';
import type { DocumentSymbol, Location, WorkspaceEdit } from 'vscode-languageserver-types';
import { buildWorkspace, findingsOf } from '../helpers/workspace.js';
import { apply } from './lsp-helpers.js';

const rosa = readFileSync(new URL('../language/rosa-contract.sts', import.meta.url), 'utf8');
const PEOPLE = 'system Cafe\nactor Waiter "Waitstaff" { count 2 }\nactor Rosa\n';
const WORK = 'system Cafe\ntool POS { owner Rosa }\ntask Settle {\n  owner Waiter\n  uses POS\n}\nprocess Service { owner Rosa  Settle -> Waiter }\n';

function position(document: LangiumDocument, needle: string, occurrence = 0, within = 1) {
    const text = document.textDocument.getText();
    let offset = -1;
    for (let seen = 0; seen <= occurrence; seen++) offset = text.indexOf(needle, offset + 1);
    if (offset < 0) throw new Error(`${needle} not found`);
    return document.textDocument.positionAt(offset + within);
}

const fileOf = (uri: string) => uri.split('/').pop();

describe('go to definition, references and highlights across the files of a system', () => {
    it('goes from a reference to the declaration in the other file', async () => {
        const { services, documents } = await buildWorkspace({ 'people.sts': PEOPLE, 'work.sts': WORK });
        const work = documents.get('work.sts')!;
        const links = await services.Sts.lsp.DefinitionProvider!.getDefinition(work, { textDocument: { uri: work.uri.toString() }, position: position(work, 'owner Waiter', 0, 7) });
        expect(links?.map(link => [fileOf(link.targetUri), link.targetSelectionRange.start.line])).toEqual([['people.sts', 1]]);
    });

    it('finds every reference, in every file', async () => {
        const { services, documents } = await buildWorkspace({ 'people.sts': PEOPLE, 'work.sts': WORK });
        const people = documents.get('people.sts')!;
        const found = await services.Sts.lsp.ReferencesProvider!.findReferences(people, {
            textDocument: { uri: people.uri.toString() }, position: position(people, 'Waiter'), context: { includeDeclaration: true }
        }) as Location[];
        expect(found.map(location => `${fileOf(location.uri)}:${location.range.start.line}`).sort()).toEqual(['people.sts:1', 'work.sts:3', 'work.sts:6']);
    });

    it('highlights the occurrences of a name in the file', async () => {
        const { services, documents } = await buildWorkspace({ 'rosa.sts': rosa });
        const document = documents.get('rosa.sts')!;
        const highlights = await services.Sts.lsp.DocumentHighlightProvider!.getDocumentHighlight(document, { textDocument: { uri: document.uri.toString() }, position: position(document, 'tool KitchenDisplay', 0, 6) });
        expect(highlights?.length).toBe(6);
    });
});

describe('outline, workspace symbols and folding', () => {
    it('lists elements with their kinds, and a process’s handoff lines', async () => {
        const { services, documents } = await buildWorkspace({ 'rosa.sts': rosa });
        const document = documents.get('rosa.sts')!;
        const symbols = await services.Sts.lsp.DocumentSymbolProvider!.getSymbols(document, { textDocument: { uri: document.uri.toString() } }) as DocumentSymbol[];
        const model = symbols.flatMap(symbol => [symbol, ...(symbol.children ?? [])]);
        const byName = (name: string) => model.find(symbol => symbol.name === name);
        expect(byName('Waiter')?.kind).toBe(5); // Class
        expect(byName('POS')?.kind).toBe(11); // Interface
        expect(byName('Cook')?.kind).toBe(12); // Function
        expect(byName('DineIn')?.kind).toBe(3); // Namespace
        expect(byName('DineIn')?.children?.map(child => `${child.name} ${child.detail}`)).toEqual([
            'TakeOrder -> Cook via KitchenDisplay “order ticket”', 'Cook -> Serve “plated dishes”', 'Serve -> Settle '
        ]);
    });

    it('finds elements of every file by name', async () => {
        const { services } = await buildWorkspace({ 'people.sts': PEOPLE, 'work.sts': WORK });
        const symbols = await services.shared.lsp.WorkspaceSymbolProvider!.getSymbols({ query: 'Sett' });
        expect(symbols.map(symbol => symbol.name)).toEqual(['Settle']);
    });

    it('folds multi-line blocks', async () => {
        const { services, documents } = await buildWorkspace({ 'work.sts': WORK });
        const document = documents.get('work.sts')!;
        const ranges = await services.Sts.lsp.FoldingRangeProvider!.getFoldingRanges(document, { textDocument: { uri: document.uri.toString() } });
        expect(ranges.map(range => range.startLine)).toContain(2);
    });
});

describe('semantic tokens', () => {
    it('colours actors, tools, tasks, processes, skills and data kinds differently, at declarations and references', async () => {
        const { services, documents } = await buildWorkspace({ 'rosa.sts': rosa });
        const document = documents.get('rosa.sts')!;
        const tokens = await services.Sts.lsp.SemanticTokenProvider!.semanticHighlight(document, { textDocument: { uri: document.uri.toString() } });
        const decoded = SemanticTokensDecoder.decode(tokens, services.Sts.lsp.SemanticTokenProvider!.tokenTypes, document);
        const typeAt = (needle: string, skip = 0) => {
            const offset = document.textDocument.getText().indexOf(needle) + skip;
            return decoded.find(token => token.offset === offset)?.tokenType;
        };
        expect(typeAt('actor Rosa', 6)).toBe('class');
        expect(typeAt('owner Waiter', 6)).toBe('class');
        expect(typeAt('tool POS', 5)).toBe('enumMember');
        expect(typeAt('uses KitchenDisplay', 5)).toBe('enumMember');
        expect(typeAt('task Cook', 5)).toBe('function');
        expect(typeAt('TakeOrder -> Cook')).toBe('function');
        expect(typeAt('process DineIn', 8)).toBe('namespace');
        expect(typeAt('about DineIn', 6)).toBe('namespace');
        expect(typeAt('skills finance', 7)).toBe('property');
        expect(typeAt('needs cooking', 6)).toBe('property');
        expect(typeAt('handles payment', 8)).toBe('enum');
        expect(typeAt('uses TableTablet', 5)).toBeUndefined();
    });
});

describe('rename', () => {
    async function rename(files: Record<string, string>, file: string, needle: string, newName: string, within = 1) {
        const { services, documents } = await buildWorkspace(files);
        const document = documents.get(file)!;
        const params = { textDocument: { uri: document.uri.toString() }, position: position(document, needle, 0, within), newName };
        return { services, document, params, provider: services.Sts.lsp.RenameProvider! };
    }

    it('renames a declaration and its references across two files, and the model still links', async () => {
        const { provider, document, params } = await rename({ 'people.sts': PEOPLE, 'work.sts': WORK }, 'work.sts', 'owner Waiter', 'Server', 7);
        expect(await provider.prepareRename(document, params)).toEqual({ start: { line: 3, character: 8 }, end: { line: 3, character: 14 } });
        const edit = await provider.rename(document, params) as WorkspaceEdit;
        const files = Object.fromEntries(Object.entries(edit.changes ?? {}).map(([uri, edits]) => [fileOf(uri)!, edits]));
        const people = apply(PEOPLE, files['people.sts']!).text;
        const work = apply(WORK, files['work.sts']!).text;
        expect(people).toBe('system Cafe\nactor Server "Waitstaff" { count 2 }\nactor Rosa\n');
        expect(work).toContain('owner Server');
        expect(work).toContain('Settle -> Server');
        const { documents } = await buildWorkspace({ 'people.sts': people, 'work.sts': work });
        expect(findingsOf(documents.get('work.sts')!).filter(f => f.rule === 'unresolved-reference')).toEqual([]);
    });

    it('refuses keywords, the system line and text that is not a name', async () => {
        const keyword = await rename({ 'work.sts': WORK }, 'work.sts', 'owner Rosa', 'X', 2);
        expect(await keyword.provider.prepareRename(keyword.document, keyword.params)).toBeUndefined();
        const system = await rename({ 'work.sts': WORK }, 'work.sts', 'Cafe', 'X');
        expect(await system.provider.prepareRename(system.document, system.params)).toBeUndefined();
        const title = await rename({ 'people.sts': PEOPLE }, 'people.sts', 'Waitstaff', 'X');
        expect(await title.provider.prepareRename(title.document, title.params)).toBeUndefined();
    });

    it('refuses a new name that is invalid, a keyword, or already taken in the system', async () => {
        const files = { 'people.sts': PEOPLE, 'work.sts': WORK };
        for (const [newName, message] of [['two words', 'not a valid name'], ['owner', 'keyword'], ['Rosa', 'already declared']] as const) {
            const { provider, document, params } = await rename(files, 'people.sts', 'Waiter', newName);
            await expect(provider.rename(document, params)).rejects.toThrow(message);
        }
    });
});

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { isReference, type AstNode } from 'langium';
import { describe, expect, it } from 'vitest';
import { formatText } from '../../src/lsp/formatter.js';
import { buildWorkspace } from '../helpers/workspace.js';
import { apply } from './lsp-helpers.js';

const ROOT = new URL('../../', import.meta.url).pathname;

function stsFiles(folder: string): string[] {
    const path = join(ROOT, folder);
    try { statSync(path); } catch { return []; }
    return readdirSync(path, { recursive: true, encoding: 'utf8' })
        .filter(name => name.endsWith('.sts'))
        .map(name => relative(ROOT, join(path, name)))
        .sort();
}

async function format(text: string): Promise<{ formatted: string; model: unknown; parseErrors: number }> {
    const { services, documents } = await buildWorkspace({ 'model.sts': text });
    const document = documents.get('model.sts')!;
    const parseErrors = document.parseResult.lexerErrors.length + document.parseResult.parserErrors.length;
    return { formatted: formatText(document, services.Sts), model: plainModel(document.parseResult.value), parseErrors };
}

/** The model without positions, CST or links: what the text means. */
function plainModel(value: unknown): unknown {
    if (Array.isArray(value)) return value.map(plainModel);
    if (isReference(value)) return { ref: value.$refText };
    if (value && typeof value === 'object') {
        const result: Record<string, unknown> = {};
        for (const [key, inner] of Object.entries(value as AstNode)) {
            if (key.startsWith('$') && key !== '$type') continue;
            result[key] = plainModel(inner);
        }
        return result;
    }
    return value;
}

const files = [...stsFiles('examples'), ...stsFiles('test')];

describe('the formatter on every example and test fixture', () => {
    it('finds files to format', () => {
        expect(files.length).toBeGreaterThan(0);
    });

    it.each(files)('%s: idempotent, and the model is unchanged', async file => {
        const original = readFileSync(join(ROOT, file), 'utf8');
        const first = await format(original);
        if (first.parseErrors > 0) {
            // A file that does not parse is left exactly as it is.
            expect(first.formatted).toBe(original);
            return;
        }
        const second = await format(first.formatted);
        expect(second.parseErrors).toBe(0);
        expect(second.model).toEqual(first.model);
        expect(second.formatted).toBe(first.formatted);
    });
});

describe('the canonical layout', () => {
    const MESSY = [
        '',
        '// head',
        'system   S',
        'actor A {kind person count 2 // two',
        ' skills a,b}',
        '',
        '',
        '',
        'actor G { kind customer   }   // trailing',
        'tool T{owner A}',
        'process P { owner A',
        '',
        '  // the flow',
        '  X->Y->Z via T "x"',
        ' LongName->Y',
        '}',
        'feedback F {',
        ' from G to A via T',
        ' about P',
        ' weekly }',
        'task X { repetitive rule-based',
        ' owner A }',
        '/* end */'
    ].join('\n');

    it('indents, puts one attribute per line, aligns arrows and keeps comments', async () => {
        const { formatted } = await format(MESSY);
        expect(formatted).toBe([
            '// head',
            'system S',
            'actor A {',
            '  kind person',
            '  count 2 // two',
            '  skills a, b',
            '}',
            '',
            'actor G { kind customer } // trailing',
            'tool T { owner A }',
            'process P {',
            '  owner A',
            '',
            '  // the flow',
            '  X        -> Y -> Z via T "x"',
            '  LongName -> Y',
            '}',
            'feedback F {',
            '  from G to A via T',
            '  about P',
            '  weekly',
            '}',
            'task X {',
            '  repetitive  rule-based',
            '  owner A',
            '}',
            '/* end */',
            ''
        ].join('\n'));
    });

    it('keeps a one-line block on one line, attributes two spaces apart', async () => {
        const { formatted } = await format('tool KitchenDisplay "Kitchen display" {kind device owner Chef}\nactor Chef\n');
        expect(formatted).toBe('tool KitchenDisplay "Kitchen display" { kind device  owner Chef }\nactor Chef\n');
    });

    it('keeps Windows line endings', async () => {
        const { formatted } = await format('actor A {\r\n kind team\r\n}\r\n');
        expect(formatted).toBe('actor A {\r\n  kind team\r\n}\r\n');
    });

    it('leaves a file with a syntax error alone', async () => {
        const { formatted } = await format('actor A {\n kind\n');
        expect(formatted).toBe('actor A {\n kind\n');
    });

    it('is offered as LSP formatting, and range formatting touches only the range', async () => {
        const text = 'actor A {\n    count 2\n}\nactor B {\n    count 3\n}\n';
        const { services, documents } = await buildWorkspace({ 'model.sts': text });
        const document = documents.get('model.sts')!;
        const formatter = services.Sts.lsp.Formatter!;
        const options = { tabSize: 2, insertSpaces: true };
        const all = await formatter.formatDocument(document, { textDocument: { uri: document.uri.toString() }, options });
        expect(apply(text, all).text).toBe('actor A {\n  count 2\n}\nactor B {\n  count 3\n}\n');
        const some = await formatter.formatDocumentRange(document, { textDocument: { uri: document.uri.toString() }, options, range: { start: { line: 3, character: 0 }, end: { line: 5, character: 1 } } });
        expect(apply(text, some).text).toBe('actor A {\n    count 2\n}\nactor B {\n  count 3\n}\n');
    });
});

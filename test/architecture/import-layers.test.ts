/**
 * The layers of docs/architecture.md hold: its table says which folder of src/
 * may import which, and this test reads that table and every import of every
 * file under src/ (static, type-only, `import()`, `require`) with TypeScript's
 * own import scanner, so the doc and the code cannot drift apart.
 */
import { builtinModules } from 'node:module';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const src = path.join(root, 'src');
const DOC = path.join(root, 'docs/architecture.md');

interface Layer {
    readonly folder: string;
    readonly mayImport: readonly string[];
}

/** The rows of the table between the layers markers, bottom layer first. */
function layersOf(markdown: string): Layer[] {
    const begin = markdown.indexOf('<!-- layers:begin -->');
    const end = markdown.indexOf('<!-- layers:end -->');
    if (begin < 0 || end < begin) throw new Error('docs/architecture.md has no <!-- layers:begin --> … <!-- layers:end --> table');
    const layers: Layer[] = [];
    for (const line of markdown.slice(begin, end).split('\n')) {
        const cells = line.split('|').map(cell => cell.trim());
        const folder = /^`src\/([a-z-]+)`$/.exec(cells[1] ?? '')?.[1];
        if (!folder) continue;
        const allowed = cells[3] ?? '';
        layers.push({ folder, mayImport: allowed === '—' ? [] : allowed.split(',').map(name => name.trim().replace(/^`|`$/g, '')) });
    }
    return layers;
}

function filesUnder(folder: string): string[] {
    const files: string[] = [];
    for (const entry of readdirSync(folder)) {
        const full = path.join(folder, entry);
        if (statSync(full).isDirectory()) files.push(...filesUnder(full));
        else if (/\.(ts|mts|cts|js|mjs|cjs)$/.test(entry)) files.push(full);
    }
    return files;
}

/** Every module a file names: imports and exports (type-only too), `import()` and `require()`. */
function importsOf(file: string): string[] {
    const info = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
    return info.importedFiles.map(reference => reference.fileName);
}

/** The folder of src/ a file is in (the first segment of its path under src/). */
function layerOf(file: string): string | undefined {
    const relative = path.relative(src, file);
    if (relative.startsWith('..') || path.isAbsolute(relative)) return undefined;
    const [first, ...rest] = relative.split(path.sep);
    return rest.length > 0 ? first : '';
}

const layers = layersOf(readFileSync(DOC, 'utf8'));
const files = filesUnder(src);
const NODE_MODULES = new Set(builtinModules.flatMap(name => [name, `node:${name}`]));

/** Rows that allow a folder not listed before them (an upward or unknown layer). */
function orderViolations(table: readonly Layer[]): string[] {
    const seen = new Set<string>();
    const violations: string[] = [];
    for (const layer of table) {
        for (const name of layer.mayImport) if (!seen.has(name)) violations.push(`src/${layer.folder} may import ${name}, which is not listed before it`);
        seen.add(layer.folder);
    }
    return violations;
}

/** Imports of files under src/ that the table does not allow. */
function importViolations(table: readonly Layer[]): string[] {
    const allowed = new Map(table.map(layer => [layer.folder, new Set([layer.folder, ...layer.mayImport])]));
    const violations: string[] = [];
    for (const file of files) {
        const from = layerOf(file)!;
        for (const name of importsOf(file)) {
            if (!name.startsWith('.')) continue;
            const to = layerOf(path.resolve(path.dirname(file), name));
            // Outside src/ (package.json): not a layer.
            if (to === undefined) continue;
            if (!allowed.get(from)?.has(to)) violations.push(`${path.relative(root, file)} imports ${name} (src/${to})`);
        }
    }
    return violations;
}

describe('the import layers of docs/architecture.md', () => {
    it('list every folder of src/ once, and each may import only folders listed before it', () => {
        const folders = readdirSync(src).filter(entry => statSync(path.join(src, entry)).isDirectory()).sort();
        expect(layers.map(layer => layer.folder).sort()).toEqual(folders);
        expect(orderViolations(layers)).toEqual([]);
    });

    it('hold for every import of every file under src/', () => {
        expect(importViolations(layers)).toEqual([]);
    });

    it('keep vscode in the extension and Node out of the webview', () => {
        const violations: string[] = [];
        for (const file of files) {
            const layer = layerOf(file);
            for (const name of importsOf(file)) {
                if (name === 'vscode' && layer !== 'extension') violations.push(`${path.relative(root, file)} imports vscode`);
                if (NODE_MODULES.has(name) && layer === 'webview') violations.push(`${path.relative(root, file)} imports ${name}`);
            }
        }
        expect(violations).toEqual([]);
    });

    it('would catch an import the table does not allow, a type-only one and an import() type included', () => {
        const without = (folder: string, name: string) => layers.map(layer => layer.folder === folder ? { ...layer, mayImport: layer.mayImport.filter(other => other !== name) } : layer);
        expect(importViolations(without('workspace', 'language'))).toContain('src/workspace/system-partitions.ts imports ../language/generated/ast.js (src/language)');
        expect(importViolations(without('lsp', 'validation'))).toContain('src/lsp/lsp-module.ts imports ../validation/core-services.js (src/validation)');
        expect(importViolations(without('extension', 'bpmn'))).toContain('src/extension/import-bpmn.ts imports ../bpmn/import-bpmn.js (src/bpmn)');
        const language = layers.find(layer => layer.folder === 'language')!;
        const languageAfterWorkspace = layers.filter(layer => layer !== language).flatMap(layer => layer.folder === 'workspace' ? [layer, language] : [layer]);
        expect(orderViolations(languageAfterWorkspace)).toEqual(['src/workspace may import language, which is not listed before it']);
    });
});

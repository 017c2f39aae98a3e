/**
 * The layout quality of every view of every shipped example (each folder of
 * examples/ that holds the files of one system), for the diagram benchmark and
 * the tests: `viewsOfExamples()` lays out each system view, each process
 * alone, all processes and the training view, for a panel of 700 px.
 */
import { readdirSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { createBundledElk, diagramModelOfDocument, layoutDiagram, type DiagramModel, type LaidOutDiagram, type ViewRequest } from '../../src/diagram/index.js';
import { findStsFiles, loadWorkspace } from '../../src/services/load-workspace.js';
import { systemKeyOf } from '../../src/workspace/system-partitions.js';

export interface ExampleView { readonly example: string; readonly request: ViewRequest; readonly diagram: LaidOutDiagram }

/** Folders of examples/ with .sts files directly inside. */
export function exampleFolders(root: string): string[] {
    const found: string[] = [];
    const walk = (folder: string) => {
        const entries = readdirSync(folder);
        if (entries.some(entry => entry.endsWith('.sts'))) found.push(folder);
        for (const entry of entries) if (statSync(path.join(folder, entry)).isDirectory()) walk(path.join(folder, entry));
    };
    walk(root);
    return found.sort();
}

export function requestsOf(model: DiagramModel): ViewRequest[] {
    const processes = model.nodes.filter(node => node.kind === 'process').map(node => node.name);
    return [{ view: 'system' }, { view: 'process' }, ...processes.map(process => ({ view: 'process' as const, process })), { view: 'training' }];
}

export async function viewsOfExamples(root: string, width?: number): Promise<ExampleView[]> {
    const views: ExampleView[] = [];
    for (const folder of exampleFolders(root)) {
        const { services, documents } = await loadWorkspace(findStsFiles([folder]));
        const systems = new Map<string, typeof documents>();
        for (const document of documents) {
            const key = systemKeyOf(document);
            systems.set(key, [...(systems.get(key) ?? []), document]);
        }
        for (const [key, members] of systems) {
            const model = diagramModelOfDocument(services, members[0]!);
            const name = `${path.relative(root, folder)}${systems.size > 1 ? ` ${key}` : ''}`;
            for (const request of requestsOf(model)) {
                views.push({ example: name, request, diagram: await layoutDiagram(model, request, { elk: createBundledElk, ...(width ? { width } : {}) }) });
            }
        }
    }
    return views;
}

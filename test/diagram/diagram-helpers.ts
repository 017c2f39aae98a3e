/** Builds diagram models of in-memory .sts files with the real services, for the diagram tests. */
import { readFileSync } from 'node:fs';
import { diagramModelOfDocument } from '../../src/diagram/model/model-of-document.js';
import type { DiagramModel } from '../../src/diagram/model/diagram-model.js';
import { buildWorkspace } from '../helpers/workspace.js';

export const rosa = readFileSync(new URL('../language/rosa-contract.sts', import.meta.url), 'utf8');

export async function modelOf(text: string): Promise<DiagramModel> {
    const { services, documents } = await buildWorkspace({ 'model.sts': text });
    return diagramModelOfDocument(services.Sts, [...documents.values()][0]!);
}

export function node(model: DiagramModel, id: string) {
    const found = model.nodes.find(candidate => candidate.id === id);
    if (!found) throw new Error(`no node ${id} in ${model.nodes.map(n => n.id).join(', ')}`);
    return found;
}

export function edge(model: DiagramModel, id: string) {
    const found = model.edges.find(candidate => candidate.id === id);
    if (!found) throw new Error(`no edge ${id} in ${model.edges.map(e => e.id).join(', ')}`);
    return found;
}

/**
 * The BPMN tests' helpers: the MIWG reference files copied into test/bpmn/miwg,
 * an import as a user gets it, and the imported .sts read back with the real
 * services (its actors, task owners and handoffs, and its diagnostics).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as path from 'node:path';
import { isTask, type Model } from '../../src/language/generated/ast.js';
import { importBpmn, type BpmnImport } from '../../src/bpmn/import-bpmn.js';
import { buildWorkspace, findingsOf, type Finding } from '../helpers/workspace.js';

export const MIWG = fileURLToPath(new URL('./miwg/', import.meta.url));

export function referenceModels(): string[] {
    return readdirSync(MIWG).filter(file => file.endsWith('.bpmn')).sort();
}

export function miwgText(file: string): string {
    return readFileSync(path.join(MIWG, file), 'latin1');
}

export function importFile(file: string): Promise<BpmnImport> {
    return importBpmn([{ name: file, bytes: readFileSync(path.join(MIWG, file)) }]);
}

export function importText(xml: string, name = 'map.bpmn'): Promise<BpmnImport> {
    return importBpmn([{ name, bytes: Buffer.from(xml, 'utf8') }]);
}

export interface ReadBack {
    readonly actors: string[];
    /** task → owner ('' when it has none) */
    readonly owners: Map<string, string>;
    /** `From -> To` for every arrow of every process */
    readonly handoffs: string[];
    readonly findings: Finding[];
    readonly syntaxErrors: number;
}

export async function readBack(text: string): Promise<ReadBack> {
    const { documents } = await buildWorkspace({ 'imported.sts': text });
    const document = [...documents.values()][0]!;
    const model = document.parseResult.value as Model;
    const owners = new Map<string, string>();
    for (const element of model.elements) if (isTask(element)) owners.set(element.name, element.owner?.$refText ?? '');
    const handoffs: string[] = [];
    for (const element of model.elements) {
        if (element.$type !== 'Process') continue;
        for (const flow of element.flows) {
            for (let step = 1; step < flow.steps.length; step++) handoffs.push(`${flow.steps[step - 1]!.$refText} -> ${flow.steps[step]!.$refText}`);
        }
    }
    return {
        actors: model.elements.filter(element => element.$type === 'Actor').map(element => element.name),
        owners, handoffs,
        findings: findingsOf(document),
        syntaxErrors: document.parseResult.lexerErrors.length + document.parseResult.parserErrors.length
    };
}

/** Handoffs between tasks of different owners (a task with no owner counts as its own side). */
export function crossLane(back: ReadBack): string[] {
    return back.handoffs.filter(handoff => {
        const [from, to] = handoff.split(' -> ') as [string, string];
        return back.owners.has(from) && back.owners.has(to) && back.owners.get(from) !== back.owners.get(to);
    }).sort();
}

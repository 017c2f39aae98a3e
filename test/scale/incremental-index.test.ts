/**
 * After an edit, the system index reads again only the files that changed (the
 * edited file and those Langium relinked), and the updated index answers every
 * query exactly as an index read from scratch from the same files: the same
 * elements, in the same order — the order decides the wording of findings.
 * The same holds for the symbol table names are resolved with: after an edit it
 * reads only the files whose names were indexed again.
 */
import { describe, expect, it } from 'vitest';
import { BenchWorkspace } from '../../bench/bench-workspace.js';
import { applyOwnerEdit, generateWorkspace } from '../../bench/generate-workspace.js';
import type { Handoff } from '../../src/model/system-index.js';
import { SystemIndex } from '../../src/model/system-index.js';
import { SymbolTables, type SymbolTable } from '../../src/scope/symbol-tables.js';
import { systemKeyOf } from '../../src/workspace/system-partitions.js';

const FILES = 20;

/** Every query of the index, for every element, skill and name, written out by name. */
function describeIndex(index: SystemIndex): string[] {
    const names = (elements: Iterable<{ name: string }>) => [...elements].map(element => element.name).join(',');
    const handoffs = (list: readonly Handoff[]) => list.map(handoff => `${handoff.process.name}:${handoff.from.name}->${handoff.to.name}#${handoff.step}${handoff.via ? ` via ${handoff.via.name}` : ''}`).join(',');
    const lines = [
        `actors ${names(index.actors)}`, `tools ${names(index.tools)}`, `tasks ${names(index.tasks)}`, `processes ${names(index.processes)}`,
        `feedback ${names(index.feedbacks)}`, `metrics ${names(index.metrics)}`, `handoffs ${handoffs(index.handoffs)}`
    ];
    const elements = index.models.flatMap(model => model.elements);
    for (const element of elements) {
        lines.push(`${element.name}: declared ${index.declared(element.name).length} referenced ${index.isReferenced(element)}`);
        lines.push(`${element.name}: feedback ${names(index.feedbackOn(element as never))} metrics ${names(index.metricsOn(element as never))}`);
        if (element.$type === 'Actor') {
            lines.push(`${element.name}: owns ${names(index.ownedTasks(element))} performs ${names(index.performedTasks(element))} trained ${names(index.trainedTools(element))} teams ${names(index.teams(element))}`);
            lines.push(`${element.name}: from ${handoffs(index.handoffsFromNode(element))} to ${handoffs(index.handoffsToNode(element))}`);
        } else if (element.$type === 'Task') {
            lines.push(`${element.name}: in ${names(index.processesOf(element))} from ${handoffs(index.handoffsFromNode(element))} to ${handoffs(index.handoffsToNode(element))}`);
        } else if (element.$type === 'Tool') {
            lines.push(`${element.name}: used by ${names(index.tasksUsingTool(element))} via ${handoffs(index.handoffsVia(element))} trained ${names(index.actorsTrainedOn(element))}`);
        } else if (element.$type === 'Process') {
            lines.push(`${element.name}: tasks ${names(index.tasksOf(element))} handoffs ${handoffs(index.handoffsIn(element))}`);
        }
    }
    const skills = new Set([...index.actors.flatMap(actor => actor.skills), ...index.tasks.flatMap(task => task.needs)]);
    for (const skill of skills) lines.push(`skill ${skill}: held by ${names(index.actorsWithSkill(skill))} needed by ${names(index.tasksNeeding(skill))}`);
    return lines;
}

/** name → where each declaration is, in order */
function describeTable(table: SymbolTable): string[] {
    return [...table].map(([name, declarations]) => `${name}: ${declarations.map(declaration => `${declaration.documentUri.path}#${declaration.path}`).join(' ')}`).sort();
}

describe(`the system index and the symbol table after an edit in one of ${FILES} files`, () => {
    it('reads again only the changed files and answers every query as a fresh index does', { timeout: 180_000 }, async () => {
        const generated = generateWorkspace({ elements: 1000, files: FILES });
        const texts = { ...generated.files };
        const workspace = new BenchWorkspace(texts);
        await workspace.build();
        const names = Object.keys(texts);
        const current = () => workspace.sts.model.SystemIndexProvider.forDocument(workspace.document(names[0]!));
        const fresh = () => new SystemIndex(names.map(name => workspace.document(name)));
        const system = systemKeyOf(workspace.document(names[0]!));
        const table = () => workspace.sts.references.ScopeProvider.symbolTable(system);
        const freshTable = () => new SymbolTables(workspace.shared.workspace.IndexManager).update(workspace.shared.workspace.SystemPartitions.all()).get(system)!;

        const edit = async (file: string, text: string) => {
            const symbols = workspace.sts.references.ScopeProvider.symbols;
            const symbolFiles = symbols.filesRead;
            texts[file] = text;
            await workspace.edit(file, text);
            const updated = current();
            expect(symbols.filesRead - symbolFiles, 'files whose names were read again').toBe(1);
            expect(describeTable(table())).toEqual(describeTable(freshTable()));
            expect(updated.made.updated, 'the index was updated, not rebuilt').toBe(true);
            expect(updated.made.filesIndexed, 'files read again').toBeLessThan(FILES / 2);
            expect(describeIndex(updated)).toEqual(describeIndex(fresh()));
            return updated;
        };

        // A task changes hands.
        const target = generated.edit;
        await edit(target.file, applyOwnerEdit(texts[target.file]!, target, target.otherOwner));
        // An element is added whose name is already taken in another file, and a feedback line that
        // reaches into a process of a third file: values from several files under one key.
        const [first, second, third] = names;
        const process = /process (\S+)/.exec(texts[third!]!)![1]!;
        const actor = /actor (\S+)/.exec(texts[first!]!)![1]!;
        let index = await edit(second!, `${texts[second!]}\nactor ${actor} { skills cooking }\nfeedback Extra { from ${actor} to ${actor} about ${process} every week }\n`);
        expect(index.declared(actor)).toHaveLength(2);
        // The element that comes first in file order goes, and the one in the later file stays.
        index = await edit(first!, texts[first!]!.replace(`actor ${actor} `, `actor ${actor}Gone `));
        expect(index.declared(actor)).toHaveLength(1);
        // A name declared in two files, and used from a third; then the use goes, then one of the two:
        // the files that stay unchanged keep their part of each entry.
        const [, , , fourth, fifth, sixth] = names;
        await edit(fourth!, `${texts[fourth!]}\ntool Spare { purpose "spare" }\n`);
        index = await edit(fifth!, `${texts[fifth!]}\ntool Spare { purpose "spare" }\n`);
        expect(index.declared('Spare')).toHaveLength(2);
        index = await edit(sixth!, `${texts[sixth!]}\ntask UseSpare { uses Spare }\n`);
        expect(index.isReferenced(index.declared('Spare')[0]!)).toBe(true);
        index = await edit(sixth!, generated.files[sixth!]!);
        expect(index.isReferenced(index.declared('Spare')[0]!)).toBe(false);
        index = await edit(fifth!, generated.files[fifth!]!);
        expect(index.declared('Spare')).toHaveLength(1);
        // Back to the generated text, one file at a time.
        for (const name of [first!, second!, fourth!, target.file]) await edit(name, generated.files[name]!);
        expect(describeIndex(current())).toEqual(describeIndex(fresh()));
    });

    it('is read from scratch when files are added or removed', { timeout: 120_000 }, async () => {
        const generated = generateWorkspace({ elements: 400, files: 8 });
        const workspace = new BenchWorkspace(generated.files);
        await workspace.build();
        const names = Object.keys(generated.files);
        await workspace.remove(names[names.length - 1]!);
        const index = workspace.sts.model.SystemIndexProvider.forDocument(workspace.document(names[0]!));
        expect(index.made.updated).toBe(false);
        expect(index.made.filesIndexed).toBe(names.length - 1);
        expect(index.models).toHaveLength(names.length - 1);
    });
});

/**
 * After edits, the findings the editor shows (built incrementally, file by
 * file, reusing what did not change) are exactly those of building the same
 * texts from scratch — across several files of one system, where a change in
 * one file changes the findings of another.
 */
import { describe, expect, it } from 'vitest';
import { BenchWorkspace } from '../../bench/bench-workspace.js';
import { applyOwnerEdit, generateWorkspace } from '../../bench/generate-workspace.js';
import { messageOf } from '../../src/validation/diagnostic-findings.js';

type Texts = Record<string, string>;

/** file → its findings as `rule line:column message`, sorted */
function findingsByFile(workspace: BenchWorkspace): Record<string, string[]> {
    const result: Record<string, string[]> = {};
    for (const name of workspace.documents.keys()) {
        result[name] = (workspace.document(name).diagnostics ?? [])
            .map(diagnostic => `${String(diagnostic.code ?? 'parse-error')} ${diagnostic.range.start.line + 1}:${diagnostic.range.start.character + 1} ${messageOf(diagnostic)}`)
            .sort();
    }
    return result;
}

async function fullRebuild(texts: Texts): Promise<Record<string, string[]>> {
    const fresh = new BenchWorkspace(texts);
    await fresh.build();
    return findingsByFile(fresh);
}

function count(findings: Record<string, string[]>, rule: string): number {
    return Object.values(findings).flat().filter(finding => finding.startsWith(`${rule} `)).length;
}

describe('incremental rebuilds of a 1,000-element system in five files', () => {
    it('show after each edit exactly the findings of a full rebuild', { timeout: 180_000 }, async () => {
        const generated = generateWorkspace({ elements: 1000, files: 5 });
        const texts: Texts = { ...generated.files };
        const live = new BenchWorkspace(texts);
        await live.build();
        expect(findingsByFile(live)).toEqual(await fullRebuild(texts));
        const initialUntrained = count(findingsByFile(live), 'untrained-user');
        const initialFeedback = count(findingsByFile(live), 'missing-feedback-loop');

        const edit = async (file: string, text: string) => {
            texts[file] = text;
            await live.edit(file, text);
            const incremental = findingsByFile(live);
            expect(incremental).toEqual(await fullRebuild(texts));
            return incremental;
        };

        // 1. A task changes hands to a customer: nobody in the business answers for it now (docs/people.md),
        //    and customers are not asked to be trained on the business's tools.
        const target = generated.edit;
        const initialUnowned = count(findingsByFile(live), 'unowned-task');
        let findings = await edit(target.file, applyOwnerEdit(texts[target.file]!, target, target.otherOwner));
        expect(count(findings, 'unowned-task')).toBe(initialUnowned + 1);
        expect(count(findings, 'untrained-user')).toBeLessThanOrEqual(initialUntrained);

        // 2. Feedback added in another file closes the loop of a process declared elsewhere.
        const open = generated.planted.find(plant => plant.rule === 'missing-feedback-loop')!;
        const processName = /process (\S+)/.exec(texts[open.file]!.split('\n')[open.line - 1]!)![1]!;
        const department = processName.replace(/Flow$/, '');
        const elsewhere = Object.keys(texts).find(file => file !== open.file)!;
        findings = await edit(elsewhere, texts[elsewhere] + `\nfeedback Closing { from ${department}Customer to ${department}Lead about ${processName} every week }\n`);
        expect(count(findings, 'missing-feedback-loop')).toBe(initialFeedback - 1);

        // 3. An application is renamed: the file before it, which feeds it, loses the name.
        const [, second] = Object.keys(texts);
        const firstApp = /tool (D\d+App) /.exec(texts[second!]!)![1]!;
        const before = count(findings, 'unresolved-reference');
        findings = await edit(second!, texts[second!]!.replace(`tool ${firstApp} `, `tool ${firstApp}Renamed `));
        expect(count(findings, 'unresolved-reference')).toBeGreaterThan(before);

        // 4. And back: every finding of the untouched model returns.
        for (const [file, text] of Object.entries(generated.files)) {
            if (texts[file] !== text) await edit(file, text);
        }
        expect(count(findingsByFile(live), 'untrained-user')).toBe(initialUntrained);
    });
});

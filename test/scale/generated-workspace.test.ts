/**
 * The benchmark's generator: its models parse, link across files, and show
 * exactly the findings it planted — of every rule in the registry, so a clean
 * department really is clean and a benchmark measures the model it claims to.
 */
import { describe, expect, it } from 'vitest';
import { generateWorkspace, PLANTED_RULES, type GeneratedWorkspace } from '../../bench/generate-workspace.js';
import { rulesById, UNRESOLVED_REFERENCE } from '../../src/rules/registry.js';
import { buildWorkspace, findingsOf } from '../helpers/workspace.js';

/** `rule@file:line` for every finding, sorted. */
async function findingsIn(workspace: GeneratedWorkspace): Promise<string[]> {
    const { documents } = await buildWorkspace(workspace.files);
    const found: string[] = [];
    for (const [file, document] of documents) {
        for (const finding of findingsOf(document)) found.push(`${finding.rule}@${file}:${finding.line}`);
    }
    return found.sort();
}

/** The planted findings of the rules that exist in this build. */
function planted(workspace: GeneratedWorkspace): string[] {
    return workspace.planted
        .filter(plant => plant.rule === UNRESOLVED_REFERENCE || rulesById.has(plant.rule))
        .map(plant => `${plant.rule}@${plant.file}:${plant.line}`)
        .sort();
}

describe('the benchmark’s generated workspaces', () => {
    it('a 1,000-element company in one file shows exactly the planted findings, at least three of each named kind', async () => {
        const workspace = generateWorkspace({ elements: 1000, files: 1 });
        expect(workspace.elements).toBe(1000);
        for (const rule of PLANTED_RULES) expect(workspace.planted.filter(plant => plant.rule === rule).length).toBeGreaterThanOrEqual(3);
        expect(await findingsIn(workspace)).toEqual(planted(workspace));
    });

    it('the same company spread over 10 files resolves across files and shows the same kinds of findings', async () => {
        const workspace = generateWorkspace({ elements: 1000, files: 10 });
        expect(Object.keys(workspace.files)).toHaveLength(10);
        const found = await findingsIn(workspace);
        expect(found).toEqual(planted(workspace));
        // a plant of duplicate-name across a file boundary is reported in both files
        expect(new Set(found.filter(key => key.startsWith('duplicate-name')).map(key => key.split('@')[1]!.split(':')[0])).size).toBeGreaterThan(1);
    });

    it('without plants the model has no findings at all', async () => {
        const workspace = generateWorkspace({ elements: 400, files: 3, plantsPerKind: 0 });
        expect(workspace.planted).toEqual([]);
        expect(await findingsIn(workspace)).toEqual([]);
    });
});

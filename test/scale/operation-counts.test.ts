/**
 * Scaling caught by counting work, not by timing it: the number of scope
 * look-ups, tree nodes walked, index builds and index queries per build must
 * grow in proportion to the model (×4 elements → about ×4 work). A check with
 * a deliberately quadratic loop shows the count test catches what a timing
 * test on a noisy machine would miss.
 */
import { describe, expect, it } from 'vitest';
import { BenchWorkspace, CHECKS_OFF } from '../../bench/bench-workspace.js';
import { applyOwnerEdit, generateWorkspace } from '../../bench/generate-workspace.js';
import { StsLinker } from '../../src/scope/sts-scope.js';
import type { SystemIndex } from '../../src/model/system-index.js';
import { allRules } from '../../src/rules/registry.js';
import { defineRule, type Rule } from '../../src/rules/rule.js';
import { StsReferenceDescriptionProvider } from '../../src/workspace/sts-reference-descriptions.js';

const SMALL = 1000;
const LARGE = 4000;
/** ×4 the elements may cost at most ×5 the operations (a little slack for fixed costs). */
const LINEAR_LIMIT = (LARGE / SMALL) * 1.25;

/** Counts every query of the index and every element read from what it returns. */
function countingIndex(index: SystemIndex, counter: { count: number }): SystemIndex {
    const counted = (value: unknown): unknown => {
        if (Array.isArray(value)) {
            return new Proxy(value, {
                get(target, property, receiver) {
                    if (property === Symbol.iterator) return function* () { for (const item of target) { counter.count++; yield item; } };
                    if (typeof property === 'string' && /^\d+$/.test(property)) counter.count++;
                    return Reflect.get(target, property, receiver);
                }
            });
        }
        if (value instanceof Set || value instanceof Map) {
            return new Proxy(value, {
                get(target, property) {
                    const member = Reflect.get(target, property, target);
                    if (typeof member !== 'function') return member;
                    if (property === Symbol.iterator || property === 'values' || property === 'keys' || property === 'entries' || property === 'forEach') {
                        return (...args: unknown[]) => {
                            counter.count += target.size;
                            return member.apply(target, args);
                        };
                    }
                    return member.bind(target);
                }
            });
        }
        return value;
    };
    return new Proxy(index, {
        get(target, property) {
            const member = Reflect.get(target, property, target);
            counter.count++;
            if (typeof member === 'function') return (...args: unknown[]) => counted(member.apply(target, args));
            return counted(member);
        }
    });
}

/** Index operations of each rule checking every file of a system. */
async function queriesPerRule(files: Record<string, string>, rules: readonly Rule<any>[]): Promise<Map<string, number>> {
    const workspace = new BenchWorkspace(files);
    await workspace.build(CHECKS_OFF);
    const documents = [...workspace.documents.values()];
    const index = workspace.sts.model.SystemIndexProvider.forDocument(documents[0]!);
    const counts = new Map<string, number>();
    for (const rule of rules) {
        const counter = { count: 0 };
        const counting = countingIndex(index, counter);
        for (const document of documents) {
            rule.check({ document, model: document.parseResult.value, index: counting, options: { ...rule.defaultOptions }, report: () => undefined });
        }
        counts.set(rule.id, counter.count);
    }
    return counts;
}

function superLinear(small: Map<string, number>, large: Map<string, number>): string[] {
    return [...large].filter(([id, count]) => count / Math.max(1, small.get(id) ?? 0) > LINEAR_LIMIT)
        .map(([id, count]) => `${id}: ${small.get(id)} → ${count} operations`);
}

/**
 * A crowd: everyone has the one skill and is trained on the one tool that every task needs,
 * and a fifth of them were pasted under one name. Groups as large as the model are where a
 * per-element look at "everyone who can" or "every other declaration" turns quadratic.
 */
function crowd(people: number): Record<string, string> {
    const lines = ['system Crowd', 'tool Pos { owner A0 }'];
    for (let i = 0; i < people; i++) lines.push(`actor A${i} { kind person  skills service  trained on Pos }`);
    for (let i = 0; i < people; i++) lines.push(`task T${i} { owner A${i}  needs service  uses Pos }`);
    for (let i = 0; i < people / 5; i++) lines.push('actor Temp { kind person }');
    return { 'crowd.sts': lines.join('\n') + '\n' };
}

/** Compares every task with every other task through the index: the mistake the test is there to catch. */
const quadraticCanary = defineRule({
    id: 'quadratic-canary',
    title: 'test only',
    area: 'structure',
    defaultSeverity: 'warning',
    scope: 'model',
    description: 'test only: tasks sharing an owner, found by comparing all pairs',
    anchor: 'none',
    defaultOptions: {},
    check({ model, index, report }) {
        for (const task of model.elements) {
            if (task.$type !== 'Task') continue;
            const sameOwner = index.tasks.filter(other => other !== task && other.owner?.ref === task.owner?.ref);
            if (sameOwner.length > 1000) report({ node: task, message: 'busy owner' });
        }
    }
});

describe('work per build grows linearly with the model', () => {
    it('every rule of the catalogue queries the system index in proportion to the model, and a quadratic check is caught', { timeout: 180_000 }, async () => {
        const rules = [...allRules, quadraticCanary];
        const small = await queriesPerRule(generateWorkspace({ elements: SMALL, files: 4 }).files, rules);
        const large = await queriesPerRule(generateWorkspace({ elements: LARGE, files: 4 }).files, rules);
        expect(superLinear(small, large).filter(line => !line.startsWith('quadratic-canary'))).toEqual([]);
        expect(superLinear(small, large).map(line => line.split(':')[0])).toContain('quadratic-canary');
    });

    it('every rule stays linear when one skill, one tool and one name are shared by a crowd', { timeout: 180_000 }, async () => {
        const small = await queriesPerRule(crowd(SMALL / 4), allRules);
        const large = await queriesPerRule(crowd(SMALL), allRules);
        expect(superLinear(small, large)).toEqual([]);
    });

    it('name resolution, tree walks and the shared indexes grow linearly, each index built once per change', { timeout: 180_000 }, async () => {
        const measure = async (elements: number) => {
            // Without planted unresolved names: Langium relinks every file with an unresolved name after any change.
            const generated = generateWorkspace({ elements, files: 4, plantsPerKind: 0 });
            const workspace = new BenchWorkspace(generated.files);
            // Each service counts its own work, from zero in a new workspace.
            const scope = workspace.sts.references.ScopeProvider.counts;
            const { Linker, ReferenceDescriptionProvider } = { ...workspace.sts.references, ...workspace.sts.workspace };
            if (!(Linker instanceof StsLinker) || !(ReferenceDescriptionProvider instanceof StsReferenceDescriptionProvider)) throw new Error('not the sts linker and reference descriptions');
            await workspace.build();
            const build = {
                ...scope,
                nodes: Linker.walked.nodes + ReferenceDescriptionProvider.walked.nodes,
                references: Linker.walked.references + ReferenceDescriptionProvider.walked.references,
                indexBuilds: workspace.sts.model.SystemIndexProvider.builds
            };
            const edited = applyOwnerEdit(generated.files[generated.edit.file]!, generated.edit, generated.edit.otherOwner);
            await workspace.edit(generated.edit.file, edited);
            const edit = {
                scopes: scope.scopes - build.scopes, lookups: scope.lookups - build.lookups, tableBuilds: scope.tableBuilds - build.tableBuilds,
                indexBuilds: workspace.sts.model.SystemIndexProvider.builds - build.indexBuilds
            };
            return { build, edit };
        };
        const small = await measure(SMALL);
        const large = await measure(LARGE);
        for (const counter of ['scopes', 'lookups', 'nodes', 'references'] as const) {
            expect(small.build[counter], counter).toBeGreaterThan(SMALL);
            expect(large.build[counter] / small.build[counter], counter).toBeLessThanOrEqual(LINEAR_LIMIT);
        }
        // one symbol table and one system index per build and per edit, however many files and references
        for (const run of [small, large]) {
            expect(run.build.tableBuilds).toBe(1);
            expect(run.build.indexBuilds).toBe(1);
            expect(run.edit.tableBuilds).toBe(1);
            expect(run.edit.indexBuilds).toBe(1);
            // an edit in one of four files resolves the names of that file and its dependents, not of the whole system
            expect(run.edit.lookups).toBeLessThan(run.build.lookups * 0.75);
        }
    });

    it('a file whose references all break at once costs "did you mean" work in proportion to the model, not to missing names × names', { timeout: 180_000 }, async () => {
        const measure = async (elements: number) => {
            const generated = generateWorkspace({ elements, files: 4, plantsPerKind: 0 });
            const workspace = new BenchWorkspace(generated.files);
            await workspace.build();
            // Every declaration of one file renamed: each reference to it, there and in the file that feeds it, breaks.
            const [, victim] = Object.keys(generated.files);
            const renamed = generated.files[victim!]!.replace(/^(\s*(?:actor|tool|task|process|feedback|metric) )(\w+)/gm, '$1$2Old');
            const counts = workspace.sts.references.ScopeProvider.counts;
            const before = counts.comparisons;
            await workspace.edit(victim!, renamed);
            const missing = [...workspace.documents.values()].flatMap(document => document.diagnostics ?? []).filter(diagnostic => diagnostic.code === 'unresolved-reference').length;
            return { comparisons: counts.comparisons - before, missing };
        };
        const small = await measure(SMALL);
        const large = await measure(LARGE);
        expect(large.missing / small.missing).toBeGreaterThan(3);
        expect(small.comparisons).toBeGreaterThan(0);
        expect(large.comparisons / small.comparisons).toBeLessThanOrEqual(LINEAR_LIMIT);
    });
});

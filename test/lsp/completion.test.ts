import { expectCompletion } from 'langium/test';
import { describe, expect, it } from 'vitest';
import type { CompletionItem, CompletionList } from 'vscode-languageserver-types';
import { newServices } from '../helpers/workspace.js';

const services = newServices();
const complete = expectCompletion(services.Sts);

const MODEL = `system Cafe
actor Rosa "Owner" { skills finance }
actor Chef { skills cooking }
tool POS "Point of sale" { owner Rosa  handles payment }
tool Display { owner Chef }
task Cook { owner Chef  needs cooking }
task Serve { owner Rosa }
process Dinner { owner Rosa  Cook -> Serve }
`;

/** The labels offered at the `<|>` mark, in order. */
async function labelsAt(text: string, check: (labels: string[], items: CompletionItem[]) => void): Promise<void> {
    await complete({
        text, index: 0,
        assert: (list: CompletionList) => check(list.items.map(item => item.label), list.items)
    });
}

describe('completion at references offers only elements of the right kind', () => {
    it('only tools after `uses`', async () => {
        await labelsAt(MODEL + 'task Pay { uses <|> }', labels => {
            expect(labels).toContain('POS');
            expect(labels).toContain('Display');
            expect(labels).not.toContain('Rosa');
            expect(labels).not.toContain('Cook');
        });
    });

    it('only actors after `owner`', async () => {
        await labelsAt(MODEL + 'task Pay { owner <|> }', labels => {
            expect(labels.filter(label => /^[A-Z]/.test(label))).toEqual(['Rosa', 'Chef']);
        });
    });

    it('tasks and actors in a handoff, processes and tasks after `about`', async () => {
        await labelsAt(MODEL + 'process Lunch { Cook -> <|> }', labels => {
            expect(labels).toEqual(expect.arrayContaining(['Cook', 'Serve', 'Rosa', 'Chef']));
            expect(labels).not.toContain('POS');
            expect(labels).not.toContain('Dinner');
        });
        await labelsAt(MODEL + 'feedback F { about <|> }', labels => {
            expect(labels).toEqual(expect.arrayContaining(['Dinner', 'Cook', 'Serve']));
            expect(labels).not.toContain('Rosa');
        });
    });

    it('says what each offered element is, with its title', async () => {
        await labelsAt(MODEL + 'task Pay { uses <|> }', (_labels, items) => {
            expect(items.find(item => item.label === 'POS')?.detail).toBe('tool — Point of sale');
        });
    });
});

describe('completion of free names and keywords', () => {
    it('offers the skills already used in the system after `needs` and `skills`', async () => {
        await labelsAt(MODEL + 'task Pay { needs <|> }', labels => expect(labels).toEqual(expect.arrayContaining(['finance', 'cooking'])));
        await labelsAt(MODEL + 'actor Ann { skills <|> }', labels => expect(labels).toEqual(expect.arrayContaining(['finance', 'cooking'])));
    });

    it('offers data kinds after `handles`, and the actor kinds after `kind`', async () => {
        await labelsAt(MODEL + 'tool CRM { handles <|> }', labels => expect(labels).toEqual(expect.arrayContaining(['personal-data', 'payment'])));
        await labelsAt(MODEL + 'actor Ann { kind <|> }', labels => expect(labels).toEqual(['person', 'role', 'team', 'customer', 'external', 'supplier', 'agent']));
    });

    it('offers the attributes of the block being written, with what each means', async () => {
        await labelsAt(MODEL + 'task Pay { <|> }', (labels, items) => {
            expect(labels).toEqual(expect.arrayContaining(['owner', 'uses', 'needs', 'automated', 'repetitive']));
            expect(labels).not.toContain('measures');
            expect(labels).not.toContain('{');
            const uses = items.find(item => item.label === 'uses');
            expect(JSON.stringify(uses?.documentation)).toContain('The tools the task uses');
        });
    });

    it('offers the element keywords at the top level', async () => {
        await labelsAt(MODEL + '<|>', labels => expect(labels).toEqual(expect.arrayContaining(['actor', 'tool', 'task', 'process', 'feedback', 'metric'])));
    });
});

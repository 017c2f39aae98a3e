/**
 * The business's people (docs/people.md): who can answer for work and who must be
 * trained on which tool, computed once per system index.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Actor, Model, Tool } from '../../src/language/generated/ast.js';
import { buildWorkspace } from '../helpers/workspace.js';

const MODEL = `
system Bakery
actor Hana { skills baking  trained on Till }
actor Temp { kind contractor }
actor Shopper { kind customer }
actor Mill { kind supplier }
actor OrderBot { kind agent }
actor Counter { kind team  members Hana, Ivo }
actor Ivo { trained on Till }
actor Baker { kind role }
actor Cashier { kind role  count 2 }
tool Till { kind software }
tool Whatsapp { kind messaging  needs no training }
tool Shop { kind website }
task Sell { owner Counter  performed by Temp  uses Till, Whatsapp }
task Order { owner Shopper  uses Shop }
task Confirm { owner Hana  automated by Shop  fallback Ivo  escalates to Hana }
task Bake { owner Baker }
process Sales { owner Hana  Shopper -> Sell via Shop "order"  Sell -> Bake via Till "ticket" }
`;

async function load() {
    const { services, documents } = await buildWorkspace({ 'bakery.sts': MODEL });
    const document = [...documents.values()][0]!;
    const index = services.Sts.model.SystemIndexProvider.forDocument(document);
    const model = document.parseResult.value as Model;
    const actor = (name: string) => model.elements.find(element => element.name === name) as Actor;
    const tool = (name: string) => model.elements.find(element => element.name === name) as Tool;
    return { index, people: index.people, actor, tool };
}

describe('the business’s people', () => {
    it('lets only staff who are there answer for work', async () => {
        const { people, actor } = await load();
        const answer = ['Hana', 'Temp', 'Shopper', 'Mill', 'OrderBot', 'Counter', 'Baker', 'Cashier'].filter(name => people.canAnswerFor(actor(name)));
        expect(answer).toEqual(['Hana', 'Counter', 'Cashier']);
        expect(people.isVacant(actor('Baker'))).toBe(true);
        expect(people.standing(actor('Mill'))).toBe('supplier');
        expect(people.answerable().map(a => a.name)).toEqual(['Hana', 'Counter', 'Ivo', 'Cashier']);
    });

    it('asks training of everyone who works a tool: performers, senders, fallback, escalation, the owner of an automation; not customers or agents', async () => {
        const { people, tool } = await load();
        expect(people.toolPlaces(tool('Till')).map(place => `${place.actor.name} ${place.work}`)).toEqual(['Temp performs', 'Temp sends']);
        // the customer who orders on the website is not trained; the owner of the automation, its fallback and escalation are
        expect(people.toolPlaces(tool('Shop')).map(place => `${place.actor.name} ${place.work}`)).toEqual(['Hana automation', 'Ivo fallback', 'Hana escalation']);
    });

    it('counts a tool that needs no training, and a team whose members are all trained, as trained', async () => {
        const { people, actor, tool } = await load();
        expect(people.isTrained(actor('Temp'), tool('Whatsapp'))).toBe(true);
        expect(people.isTrained(actor('Counter'), tool('Till'))).toBe(true);
        expect(people.isTrained(actor('Temp'), tool('Till'))).toBe(false);
    });

    it('knows who can change what feedback is about', async () => {
        const { people, index } = await load();
        const sales = index.processes[0]!;
        expect([...people.ownersOf(sales)].map(a => a.name).sort()).toEqual(['Counter', 'Hana']);
    });
});

describe('every actor kind docs/people.md names', () => {
    it('parses, keywords of other elements included (`kind vendor`, `kind owner`), and gets the standing the page gives it', async () => {
        const page = readFileSync(new URL('../../docs/people.md', import.meta.url), 'utf8');
        const rows = page.split('\n').filter(line => line.startsWith('| a ') || line.startsWith('| an '));
        const kinds = rows.flatMap(row => [...row.split('|')[1]!.matchAll(/`kind (\w+)`|`(\w+)`/g)].map(match => match[1] ?? match[2]!))
            .filter(word => word !== 'count' && word !== 'members'); // what makes a role filled or an actor a team, not kinds
        expect(kinds).toEqual(expect.arrayContaining(['vendor', 'supplier', 'customer', 'locum', 'agent', 'team']));
        const text = ['system Kinds', 'actor Boss { kind owner }', ...kinds.map((kind, i) => `actor A${i} { kind ${kind} }`)].join('\n');
        const { services, documents } = await buildWorkspace({ 'kinds.sts': text });
        const document = [...documents.values()][0]!;
        expect(document.parseResult.parserErrors.map(error => error.message)).toEqual([]);
        const people = services.Sts.model.SystemIndexProvider.forDocument(document).people;
        const model = document.parseResult.value as Model;
        const standing = (name: string) => people.standing(model.elements.find(element => element.name === name) as Actor);
        expect(standing(`A${kinds.indexOf('vendor')}`)).toBe('supplier');
        expect(standing('Boss')).toBe('staff');
    });
});

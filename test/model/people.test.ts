/**
 * The business's people (docs/people.md): who can answer for work and who must be
 * trained on which tool, computed once per system index.
 */
import { describe, expect, it } from 'vitest';
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

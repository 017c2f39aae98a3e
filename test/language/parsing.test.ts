/**
 * Every construct of the grammar parses into the model a user means: each
 * attribute of each element, titles, chains, cadences in both forms, comments,
 * hyphenated names and several attributes on one line.
 */
import { describe, expect, it } from 'vitest';
import { element, names, parseClean } from './language-helpers.js';

describe('the system line', () => {
    it('names the system, with an optional title and description', async () => {
        const { model } = await parseClean(`system Bakery "Corner Bakery" { description "Bread and cakes since 1990" }`);
        expect(model.system).toMatchObject({ name: 'Bakery', title: 'Corner Bakery', description: 'Bread and cakes since 1990' });
    });

    it('is optional, and so is everything after the name', async () => {
        expect((await parseClean('actor Ann')).model.system).toBeUndefined();
        const bare = (await parseClean('system Bakery\nactor Ann')).model.system;
        expect(bare?.name).toBe('Bakery');
        expect(bare?.title).toBeUndefined();
    });
});

describe('an actor', () => {
    it('reads kind, count, skills, training, members and description', async () => {
        const { model } = await parseClean(`
            tool Till
            tool Oven
            actor Baker "Bakers" {
              kind team
              count 3
              skills baking, decorating
              trained on Till, Oven
              members Ann, Ben
              description "The early shift"
            }
            actor Ann
            actor Ben`);
        const baker = element(model, 'Actor', 'Baker');
        expect(baker).toMatchObject({ title: 'Bakers', kind: 'team', count: 3, skills: ['baking', 'decorating'], description: 'The early shift' });
        expect(names(baker.trainedOn)).toEqual(['Till', 'Oven']);
        expect(baker.trainedOn.map(reference => reference.ref?.name)).toEqual(['Till', 'Oven']);
        expect(baker.members.map(reference => reference.ref?.name)).toEqual(['Ann', 'Ben']);
    });

    it('needs no braces and no title', async () => {
        const { model } = await parseClean('actor Guest\nactor Courier { kind external }');
        const guest = element(model, 'Actor', 'Guest');
        expect([guest.title, guest.kind, guest.skills]).toEqual([undefined, undefined, []]);
        expect(element(model, 'Actor', 'Courier').kind).toBe('external');
    });
});

describe('a tool', () => {
    it('reads kind, owner, vendor, handles, feeds, purpose and description', async () => {
        const { model } = await parseClean(`
            actor Ann
            tool Screen
            tool Ledger
            tool Till "Point of sale" {
              kind software
              owner Ann
              vendor "TillWorks"
              handles payment, personal-data
              feeds Screen, Ledger
              purpose "Take payments"
              description "The one by the door"
            }`);
        const till = element(model, 'Tool', 'Till');
        expect(till).toMatchObject({ title: 'Point of sale', kind: 'software', vendor: 'TillWorks', handles: ['payment', 'personal-data'], purpose: 'Take payments', description: 'The one by the door' });
        expect(till.owner?.ref?.name).toBe('Ann');
        expect(till.feeds.map(reference => reference.ref?.name)).toEqual(['Screen', 'Ledger']);
    });

    it('takes several attributes on one line, separated by spaces', async () => {
        const { model } = await parseClean('actor Dentist\ntool XRay { kind device  owner Dentist  handles personal-data }');
        const xray = element(model, 'Tool', 'XRay');
        expect(xray).toMatchObject({ kind: 'device', handles: ['personal-data'] });
        expect(xray.owner?.ref?.name).toBe('Dentist');
    });
});

describe('a task', () => {
    it('reads every attribute', async () => {
        const { model } = await parseClean(`
            actor Ann
            actor Ben
            actor Cas
            tool Till
            tool Scale
            tool Robot
            task Weigh
            task Approve
            task Bake "Bake the bread" {
              owner Ann
              performed by Ben, Cas
              uses Till, Scale
              needs baking, hygiene
              handles personal-data
              automated by Robot
              escalates to Ben
              fallback Weigh
              exclusive with Approve, Weigh
              repetitive
              rule-based
              error-prone
              description "Every morning at five"
            }`);
        const bake = element(model, 'Task', 'Bake');
        expect(bake).toMatchObject({
            title: 'Bake the bread', needs: ['baking', 'hygiene'], handles: ['personal-data'],
            repetitive: true, ruleBased: true, errorProne: true, description: 'Every morning at five'
        });
        expect(bake.owner?.ref?.name).toBe('Ann');
        expect(bake.performers.map(reference => reference.ref?.name)).toEqual(['Ben', 'Cas']);
        expect(bake.uses.map(reference => reference.ref?.name)).toEqual(['Till', 'Scale']);
        expect(bake.automatedBy?.ref?.name).toBe('Robot');
        expect(bake.escalatesTo?.ref?.name).toBe('Ben');
        expect(bake.fallback?.ref?.$type).toBe('Task');
        expect(bake.exclusiveWith.map(reference => reference.ref?.name)).toEqual(['Approve', 'Weigh']);
    });

    it('may fall back to an actor, and is manual unless marked', async () => {
        const { model } = await parseClean('actor Ann\ntask Bake { owner Ann  fallback Ann }');
        const bake = element(model, 'Task', 'Bake');
        expect(bake.fallback?.ref?.$type).toBe('Actor');
        expect(bake).toMatchObject({ repetitive: false, ruleBased: false, errorProne: false });
    });
});

describe('a process', () => {
    const text = `
        actor Ann
        actor Guest { kind customer }
        tool Screen
        task Order
        task Cook
        task Serve
        task Pay
        process DineIn "Dine-in" {
          owner Ann
          trigger "guests arrive"
          outcome "guests have paid"
          tasks Order, Pay
          description "Lunch and dinner"
          Guest -> Order
          Order -> Cook -> Serve via Screen "ticket" with personal-data, allergies
          Serve->Pay
        }`;

    it('reads owner, trigger, outcome, tasks and description', async () => {
        const { model } = await parseClean(text);
        const dineIn = element(model, 'Process', 'DineIn');
        expect(dineIn).toMatchObject({ title: 'Dine-in', trigger: 'guests arrive', outcome: 'guests have paid', description: 'Lunch and dinner' });
        expect(dineIn.owner?.ref?.name).toBe('Ann');
        expect(names(dineIn.tasks)).toEqual(['Order', 'Pay']);
    });

    it('reads handoff lines, chains, and arrows without spaces; via, item and data belong to the line', async () => {
        const { model } = await parseClean(text);
        const [fromGuest, chain, tight] = element(model, 'Process', 'DineIn').flows;
        expect(names(fromGuest!.steps)).toEqual(['Guest', 'Order']);
        expect(fromGuest!.steps[0]!.ref?.$type).toBe('Actor');
        expect(names(chain!.steps)).toEqual(['Order', 'Cook', 'Serve']);
        expect(chain).toMatchObject({ item: 'ticket', data: ['personal-data', 'allergies'] });
        expect(chain!.via?.ref?.name).toBe('Screen');
        expect(names(tight!.steps)).toEqual(['Serve', 'Pay']);
        expect([tight!.item, tight!.via, tight!.data]).toEqual([undefined, undefined, []]);
    });
});

describe('feedback and metrics', () => {
    it('reads a feedback’s source, receiver, channel, subjects and cadence', async () => {
        const { model } = await parseClean(`
            actor Guest
            actor Ann
            tool Reviews
            process DineIn
            task Cook
            feedback GuestReviews "Guest reviews" {
              from Guest to Ann via Reviews
              about DineIn, Cook
              every week
              description "Read on Mondays"
            }`);
        const reviews = element(model, 'Feedback', 'GuestReviews');
        expect(reviews).toMatchObject({ title: 'Guest reviews', description: 'Read on Mondays', cadence: { unit: 'week' } });
        expect(reviews.cadence?.count).toBeUndefined();
        expect(reviews.source?.ref?.name).toBe('Guest');
        expect(reviews.target?.ref?.name).toBe('Ann');
        expect(reviews.via?.ref?.name).toBe('Reviews');
        expect(reviews.about.map(reference => reference.ref?.$type)).toEqual(['Process', 'Task']);
    });

    it('takes a metric or a task as the source of feedback', async () => {
        const { model } = await parseClean(`
            actor Ann
            task Cook
            metric Waste
            feedback FromMetric { from Waste to Ann }
            feedback FromTask { from Cook to Ann }`);
        expect(element(model, 'Feedback', 'FromMetric').source?.ref?.$type).toBe('Metric');
        expect(element(model, 'Feedback', 'FromTask').source?.ref?.$type).toBe('Task');
    });

    it('reads cadences as `every [n] unit` for feedback', async () => {
        const units = ['day', 'week', 'month', 'quarter', 'year'];
        const { model } = await parseClean([
            ...units.map(unit => `feedback F_${unit} { every ${unit} }`),
            'feedback Fortnightly { every 2 weeks }',
            'feedback Often { every 3 days }'
        ].join('\n'));
        for (const unit of units) {
            const cadence = element(model, 'Feedback', `F_${unit}`).cadence;
            expect([cadence?.unit, cadence?.count, cadence?.period]).toEqual([unit, undefined, undefined]);
        }
        expect(element(model, 'Feedback', 'Fortnightly').cadence).toMatchObject({ count: 2, unit: 'weeks' });
        expect(element(model, 'Feedback', 'Often').cadence).toMatchObject({ count: 3, unit: 'days' });
    });

    it('reads a metric’s subjects, target, owner, review cadence (both forms) and description', async () => {
        const periods = ['daily', 'weekly', 'monthly', 'quarterly', 'yearly'];
        const { model } = await parseClean([
            'actor Ann\nprocess DineIn\ntask Cook',
            'metric TicketTime "Order-to-table time" { measures DineIn, Cook  target "under 20 minutes"  owner Ann  review weekly  description "From the POS" }',
            ...periods.map(period => `metric M_${period} { review ${period} }`),
            'metric Fortnightly { review every 2 weeks }'
        ].join('\n'));
        const ticketTime = element(model, 'Metric', 'TicketTime');
        expect(ticketTime).toMatchObject({ title: 'Order-to-table time', target: 'under 20 minutes', description: 'From the POS', review: { period: 'weekly' } });
        expect(ticketTime.owner?.ref?.name).toBe('Ann');
        expect(ticketTime.measures.map(reference => reference.ref?.$type)).toEqual(['Process', 'Task']);
        for (const period of periods) expect(element(model, 'Metric', `M_${period}`).review?.period).toBe(period);
        expect(element(model, 'Metric', 'Fortnightly').review).toMatchObject({ count: 2, unit: 'weeks' });
    });
});

describe('layout and lexical details', () => {
    it('ignores line and block comments anywhere, also inside braces', async () => {
        const { model } = await parseClean(`
            // the owner
            system Bakery /* the whole shop */ "Corner Bakery"
            /* several
               lines */
            actor Ann { // she opens the shop
              skills baking /* and cakes */, selling
            }`);
        expect(model.system?.title).toBe('Corner Bakery');
        expect(element(model, 'Actor', 'Ann').skills).toEqual(['baking', 'selling']);
    });

    it('accepts names with inner hyphens and underscores, and single-quoted titles', async () => {
        const { model } = await parseClean(`
            actor head-chef 'Head chef' { skills knife-skills, food_safety }
            task make-dough { owner head-chef }
            task bake-bread { owner head-chef }
            process morning-bake { make-dough->bake-bread }`);
        expect(element(model, 'Actor', 'head-chef')).toMatchObject({ title: 'Head chef', skills: ['knife-skills', 'food_safety'] });
        expect(element(model, 'Task', 'make-dough').owner?.ref?.name).toBe('head-chef');
        expect(names(element(model, 'Process', 'morning-bake').flows[0]!.steps)).toEqual(['make-dough', 'bake-bread']);
    });

    it('accepts the letters of European names', async () => {
        const { model } = await parseClean(`
            actor Jürgen "Jürgen, Bäcker" { skills Brötchen-backen }
            actor Zoë
            task Łukasz-Kasse { owner Jürgen  performed by Zoë }`);
        expect(element(model, 'Actor', 'Jürgen').skills).toEqual(['Brötchen-backen']);
        expect(names(element(model, 'Task', 'Łukasz-Kasse').performers)).toEqual(['Zoë']);
    });

    it('forgives layout: one element over many lines or many on one line', async () => {
        const { model } = await parseClean(`actor Ann tool Till { owner Ann } task Pay
            {
               owner
                  Ann
               uses Till
            }`);
        expect(model.elements.map(found => `${found.$type} ${found.name}`)).toEqual(['Actor Ann', 'Tool Till', 'Task Pay']);
        expect(element(model, 'Task', 'Pay').uses[0]?.ref?.name).toBe('Till');
    });

    it('parses the contract example without a syntax error', async () => {
        const { readFileSync } = await import('node:fs');
        const { model } = await parseClean(readFileSync(new URL('./rosa-contract.sts', import.meta.url), 'utf8'));
        expect(model.system).toMatchObject({ name: 'RosasTrattoria', title: 'Rosa\'s Trattoria' });
        expect(model.elements).toHaveLength(19);
    });
});

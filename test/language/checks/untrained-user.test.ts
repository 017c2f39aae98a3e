/**
 * untrained-user: someone owns or performs a task that uses a tool — directly
 * or by sending a handoff through it — without training on it.
 */
import { describe, expect, it } from 'vitest';
import { checkOne, underlined } from '../language-helpers.js';

describe('untrained-user through `uses`', () => {
    it('flags the tool in the owner’s task, naming actor, tool and task', async () => {
        const { findings } = await checkOne(`actor Ann { trained on Till }
tool Till { owner Ann }
tool Scale { owner Ann }
task Weigh { owner Ann  uses Till, Scale }`);
        expect(underlined(findings, 'untrained-user')).toEqual(['Scale @4']);
        const finding = findings[0]!;
        expect(finding.severity).toBe('warning');
        expect(finding.diagnostic.data).toMatchObject({ code: 'untrained-user', actor: 'Ann', tool: 'Scale', task: 'Weigh' });
        expect(finding.message).toContain('Train Ann on Scale');
        expect(finding.message).toContain('never trained on Scale');
        expect(finding.message).toContain("add 'trained on Scale' to Ann");
        // related places: the untrained actor (line 1) and the tool (line 3), among others
        expect(finding.diagnostic.relatedInformation?.map(related => related.location.range.start.line)).toEqual(expect.arrayContaining([0, 2]));
    });

    it('accepts an owner trained on every tool the task uses', async () => {
        const { findings } = await checkOne('actor Ann { trained on Till, Scale }\ntool Till { owner Ann }\ntool Scale { owner Ann }\ntask Weigh { owner Ann  uses Till, Scale }');
        expect(findings).toEqual([]);
    });

    it('flags each untrained performer, and not the trained owner', async () => {
        const { findings } = await checkOne(`actor Ann { trained on Till }
actor Ben
actor Cas { trained on Till }
tool Till { owner Ann }
task Sell { owner Ann  performed by Ben, Cas  uses Till }`);
        expect(underlined(findings, 'untrained-user')).toEqual(['Till @5']);
        expect(findings[0]!.diagnostic.data).toMatchObject({ actor: 'Ben' });
        expect(findings[0]!.message).toContain('Ben performs Sell');
    });
});

describe('untrained-user through a handoff `via` a tool', () => {
    it('flags the handoff whose sender was not trained on the tool it goes through', async () => {
        const { findings } = await checkOne(`actor Waiter
actor Chef { trained on Screen }
tool Screen { owner Chef }
task Order { owner Waiter }
task Cook { owner Chef }
process DineIn { owner Chef
  Order -> Cook via Screen "ticket"
}
feedback Notes { from Waiter to Chef  about DineIn  every day }`);
        expect(underlined(findings, 'untrained-user')).toEqual(['Order -> Cook via Screen "ticket" @7']);
        expect(findings[0]!.diagnostic.data).toMatchObject({ actor: 'Waiter', tool: 'Screen', task: 'Order' });
    });

    it('in a chain, underlines only the last step, which the tool belongs to', async () => {
        const { findings } = await checkOne(`actor Waiter
actor Chef { trained on Screen }
tool Screen { owner Chef }
task Seat { owner Chef }
task Order { owner Waiter }
task Cook { owner Chef }
process DineIn { owner Chef  Seat -> Order -> Cook via Screen }`);
        expect(underlined(findings, 'untrained-user')).toEqual(['Order -> Cook via Screen @7']);
    });

    it('does not flag a sender who was trained on the tool', async () => {
        const { findings } = await checkOne(`actor Waiter { trained on Screen }
actor Chef { trained on Screen }
tool Screen { owner Chef }
task Order { owner Waiter }
task Cook { owner Chef  uses Screen }
process DineIn { owner Chef  Order -> Cook via Screen }`);
        expect(underlined(findings, 'untrained-user')).toEqual([]);
    });
});

describe('untrained-user from a handoff that starts at an actor', () => {
    const model = (kind: string) => `actor Guest { kind ${kind} }
actor Ann { trained on Site }
tool Site { owner Ann }
task Order { owner Ann  uses Site }
process WebOrder { owner Ann  Guest -> Order via Site }`;

    it('flags staff and outside parties who send work through a tool they were not trained on', async () => {
        const { findings } = await checkOne(model('external'));
        expect(underlined(findings, 'untrained-user')).toEqual(['Guest -> Order via Site @5']);
        expect(findings[0]!.diagnostic.data).toMatchObject({ actor: 'Guest', tool: 'Site', task: 'Guest' });
    });

    it('does not expect customers to be trained on the shop’s website', async () => {
        const { findings } = await checkOne(model('customer'));
        expect(underlined(findings, 'untrained-user')).toEqual([]);
    });
});

describe('training through a team', () => {
    const team = `actor Sales { kind team  members Alice, Juniors  trained on CRM }
actor Juniors { kind team  members Ben }
actor Alice
actor Ben
actor Chris
tool CRM { owner Alice }`;

    it('counts a team’s training for its members, also through a team inside the team', async () => {
        const { findings } = await checkOne(`${team}
task Qualify { owner Alice  performed by Ben  uses CRM }`);
        expect(underlined(findings, 'untrained-user')).toEqual([]);
    });

    it('still flags someone outside the trained team', async () => {
        const { findings } = await checkOne(`${team}
task Qualify { owner Alice  performed by Chris  uses CRM }`);
        expect(underlined(findings, 'untrained-user')).toEqual(['CRM @7']);
        expect(findings[0]!.diagnostic.data).toMatchObject({ actor: 'Chris' });
    });

    it('survives teams that contain each other', async () => {
        const { findings } = await checkOne(`actor A { kind team  members B }
actor B { kind team  members A }
tool T { owner A }
task Work { owner A  uses T }`);
        expect(underlined(findings, 'untrained-user')).toEqual(['T @4']);
    });
});

describe('untrained-user: the same handoff line in several processes', () => {
    it('names what the person does once', async () => {
        const { findings } = await checkOne(`actor Ann { trained on Till }
actor Kyle
tool Till { owner Ann }
task Job { owner Ann  performed by Kyle  uses Till }
task Bill { owner Ann  uses Till }
process Day { owner Ann\n  Job -> Bill via Till "hours" }
process Night { owner Ann\n  Job -> Bill via Till "hours" }`);
        const messages = findings.filter(finding => finding.rule === 'untrained-user').map(finding => finding.message);
        expect(messages).toEqual(['Train Kyle on Till: Kyle performs Job and sends “hours” from Job to Bill through it, but was never trained on Till (add \'trained on Till\' to Kyle).']);
    });
});

/** manual-reentry's messages say what is typed where, by whom, and what to do about it. */
import { describe, expect, it } from 'vitest';
import { buildWorkspace, findingsOf } from '../helpers/workspace.js';

async function messages(text: string): Promise<string[]> {
    const { documents } = await buildWorkspace({ 'model.sts': text });
    return findingsOf(documents.get('model.sts')!).filter(finding => finding.rule === 'manual-reentry').map(finding => finding.message);
}

const SHOP = `actor Sam
tool Shop { kind software  owner Sam  handles personal-data }
tool Stock { kind software  owner Sam }
task Order { owner Sam  uses Shop }
task Reserve { owner Sam  uses Stock }
`;

describe('manual-reentry messages', () => {
    it('on a handoff with no via, also say how to mark a thing changing hands', async () => {
        expect(await messages(`${SHOP}process Online { owner Sam\n  Order -> Reserve "order" }`)).toEqual([
            '“order” from Order is typed in again: it leaves Shop, and Sam must key it into Stock by hand for Reserve, since Shop does not feed it. Re-keying costs time and breeds mistakes. If Shop can send it, connect them: add \'feeds Stock\' to Shop. If only a thing changes hands, not data, mark the handoff physical.'
        ]);
    });

    it('on a handoff sent from a system, the data certainly travels: no such hint', async () => {
        const [message] = await messages(`${SHOP}process Online { owner Sam\n  Order -> Reserve via Shop "order" }`);
        expect(message).toContain('it leaves Shop, and Sam must key it into Stock');
        expect(message).not.toContain('physical');
    });

    it('inside one task, name what comes in through one system and goes out of the other', async () => {
        expect(await messages(`${SHOP}task Plan { owner Sam  uses Shop, Stock }
process Online { owner Sam
  Order -> Plan via Shop "order"
  Plan -> Reserve via Stock "pick list" }`)).toEqual([
            'In Plan, Sam gets “order” in Shop and sends “pick list” on from Stock, which do not exchange data: what comes in through Shop is typed into Stock by hand. Connect them (add \'feeds Stock\' to Shop), or keep the work in one of them.'
        ]);
    });

    it('names only where the data is keyed: not a tool another receiving tool feeds, not paper beside software', async () => {
        const [message] = await messages(`actor Sam
tool Chat { kind messaging  owner Sam }
tool Jobs { kind software  owner Sam  feeds Ledger }
tool Ledger { kind software  owner Sam }
tool Clipboard { kind paper  owner Sam }
task Answer { owner Sam  uses Chat }
task Invoice { owner Sam  uses Jobs, Ledger, Clipboard }
process Nights { owner Sam
  Answer -> Invoice via Chat "caller's address" }`);
        expect(message).toContain('must key it into Jobs by hand for Invoice');
        expect(message).not.toMatch(/Ledger|Clipboard/);
    });

    it('a channel carries the message, it does not keep the data: it is not named as where the data leaves', async () => {
        const [alone, behind] = await messages(`actor Sam
actor Mill { kind supplier }
tool Inbox { kind inbox  owner Sam }
tool Certs { kind software  owner Sam }
tool Ledger { kind software  owner Sam }
task Service { owner Sam  uses Certs }
task Pay { owner Sam  uses Ledger }
process Bills { owner Sam
  Mill -> Pay via Inbox "invoice (PDF)"
  Service -> Pay via Inbox "parts used" }`);
        expect(alone).toBe('“invoice (PDF)” from Mill is typed in again: it comes in a message through Inbox, and Sam must key it into Ledger by hand for Pay. Re-keying costs time and breeds mistakes.');
        expect(behind).toContain('it leaves Certs in a message through Inbox, and Sam must key it into Ledger by hand for Pay, since Certs does not feed it.');
    });
});

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
});

/** Skill findings read as what to do, naming the people who do the work. */
import { describe, expect, it } from 'vitest';
import { buildWorkspace, findingsOf } from '../helpers/workspace.js';

async function messages(rule: string, text: string): Promise<string[]> {
    const { documents } = await buildWorkspace({ 'model.sts': text });
    return findingsOf(documents.get('model.sts')!).filter(finding => finding.rule === rule).map(finding => finding.message);
}

describe('skill messages', () => {
    it('unstaffed-skill: train those who do the task, or hire', async () => {
        expect(await messages('unstaffed-skill', `actor Ann\nactor Ben\nactor Shopper { kind customer }\ntask Sell { owner Ann  performed by Ann, Ben, Shopper  needs selling }`)).toEqual([
            "Task Sell needs the skill selling, but nobody in the business has it: train Ann and Ben, who do it, in selling, or hire someone who has it (then add 'selling' to their skills)."
        ]);
        expect(await messages('unstaffed-skill', 'task Sell { needs selling }')).toEqual([
            "Task Sell needs the skill selling, but nobody in the business has it: train someone of the business in selling, or hire someone who has it (then add 'selling' to their skills)."
        ]);
    });

    it('skill-gap: several people do the task and none has the skill', async () => {
        expect(await messages('skill-gap', `actor Ann\nactor Ben\nactor Tailor { skills sewing }\ntask Alter { owner Ann  performed by Ben  needs sewing }`)).toEqual([
            'Alter needs sewing, but none of Ann and Ben has it; Tailor does. Hand the task to Tailor, or train those who do it in sewing.'
        ]);
    });
});

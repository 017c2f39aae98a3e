import { label } from '../model/labels.js';
import { defineRule } from './rule.js';

/**
 * RACI: every process has one Accountable. A process with no owner — or whose owner is
 * not one of the business's people (docs/people.md): a customer, an outside party, a
 * supplier, an agent, a role nobody fills — has nobody to change it when it goes wrong,
 * and no one its feedback can reach.
 */
export const processWithoutOwner = defineRule({
    id: 'process-without-owner',
    title: 'a process with no owner of the business',
    area: 'people & training',
    defaultSeverity: 'warning',
    scope: 'local',
    description: 'A process with no owner of the business: nobody answers for it as a whole.',
    anchor: 'RACI: every process has exactly one Accountable; ISO 9001 process owner',
    defaultOptions: {},
    check({ model, index, report }) {
        for (const process of model.elements) {
            if (process.$type !== 'Process') continue;
            if (!process.owner) {
                report({
                    node: process, property: 'name',
                    message: `Nobody answers for ${label(process)} as a whole: it has no owner, so nobody changes it when it goes wrong and no feedback about it reaches anyone. Name its owner: the person of the business accountable for it.`,
                    data: { process: process.name }
                });
                continue;
            }
            const owner = process.owner.ref;
            if (!owner || index.people.canAnswerFor(owner)) continue;
            report({
                node: process, property: 'owner',
                message: `Nobody in the business answers for ${label(process)}: its owner ${owner.name} is ${index.people.isStaff(owner) ? 'a role nobody fills' : 'not one of the business\'s people'}. Name the person of the business accountable for it.`,
                data: { process: process.name, owner: owner.name }
            });
        }
    }
});

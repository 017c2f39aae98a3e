import { label } from '../model/labels.js';
import { defineRule } from './rule.js';

/** RACI: a measure nobody owns is a number nobody acts on. */
export const metricWithoutOwner = defineRule({
    id: 'metric-without-owner',
    title: 'a metric with no owner',
    area: 'feedback & measurement',
    defaultSeverity: 'warning',
    fixes: ['assign-metric-owner'],
    scope: 'local',
    description: 'A metric with no owner.',
    anchor: 'RACI',
    defaultOptions: {},
    check({ model, index, report }) {
        for (const metric of model.elements) {
            if (metric.$type !== 'Metric') continue;
            if (!metric.owner) {
                report({
                    node: metric, property: 'name',
                    message: `Nobody acts when ${label(metric)} goes off target: it has no owner. Name the person of the business who answers for it.`,
                    data: { metric: metric.name }
                });
                continue;
            }
            const owner = metric.owner.ref;
            // only the business's people can answer for a measure (docs/people.md); an unresolved name is unresolved-reference's
            if (!owner || index.people.canAnswerFor(owner)) continue;
            const who = index.people.isStaff(owner) ? 'a role nobody fills' : `${index.people.standing(owner) === 'customer' ? 'a customer' : index.people.standing(owner) === 'supplier' ? 'a supplier' : index.people.standing(owner) === 'agent' ? 'an agent' : 'an outside party'}`;
            report({
                node: metric, property: 'owner',
                message: `Nobody in the business acts when ${label(metric)} goes off target: its owner ${owner.name} is ${who}. Name the person of the business who answers for it.`,
                data: { metric: metric.name, owner: owner.name }
            });
        }
    }
});

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
    check({ model, report }) {
        for (const metric of model.elements) {
            if (metric.$type !== 'Metric' || metric.owner) continue;
            report({
                node: metric, property: 'name',
                message: `Metric ${label(metric)} has no owner: nobody is responsible for acting when it goes off target. Add an owner.`,
                data: { metric: metric.name }
            });
        }
    }
});

import { label } from '../model/labels.js';
import { defineRule } from './rule.js';

/** STPA leading indicators; KPI practice: a measure needs a target to compare with and a rhythm of looking at it. */
export const metricWithoutReview = defineRule({
    id: 'metric-without-review',
    title: 'a metric with no review cadence or no target',
    area: 'feedback & measurement',
    defaultSeverity: 'warning',
    fixes: ['add-review'],
    scope: 'local',
    description: 'A metric with no review cadence or no target.',
    anchor: 'STPA leading indicators; KPI practice',
    defaultOptions: {},
    check({ model, report }) {
        for (const metric of model.elements) {
            if (metric.$type !== 'Metric') continue;
            const missing = [!metric.review && 'review', !metric.target && 'target'].filter((word): word is string => Boolean(word));
            if (missing.length === 0) continue;
            const words = missing.length === 2
                ? 'no target and no review cadence: nobody knows what good looks like or when to look'
                : missing[0] === 'review' ? 'no review cadence: nobody is due to look at it' : 'no target: nobody knows what good looks like';
            report({
                node: metric, property: 'name',
                message: `Metric ${label(metric)} has ${words}. Add ${missing.map(word => word === 'review' ? "'review weekly' (or another cadence)" : "a 'target'").join(' and ')}.`,
                data: { metric: metric.name, missing }
            });
        }
    }
});

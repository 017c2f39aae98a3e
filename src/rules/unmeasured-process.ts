import { label } from '../model/labels.js';
import { defineRule } from './rule.js';

/** Performance measurement, the source article's assessment step: a process no metric measures (itself or one of its tasks). */
export const unmeasuredProcess = defineRule({
    id: 'unmeasured-process',
    title: 'a process no metric measures',
    area: 'feedback & measurement',
    defaultSeverity: 'info',
    fixes: ['add-metric'],
    scope: 'model',
    description: 'A process no metric measures.',
    anchor: "performance measurement in the article's assessment step",
    defaultOptions: {},
    check({ model, index, report }) {
        for (const process of model.elements) {
            if (process.$type !== 'Process') continue;
            if (index.metricsOn(process).length > 0) continue;
            if ([...index.tasksOf(process)].some(task => index.metricsOn(task).length > 0)) continue;
            report({
                node: process, property: 'name',
                message: `No metric measures process ${label(process)} or its tasks, so nobody can tell whether it is getting better or worse. Add a metric that 'measures ${process.name}'.`,
                data: { process: process.name, owner: process.owner?.ref?.name }
            });
        }
    }
});

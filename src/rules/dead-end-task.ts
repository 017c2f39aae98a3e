import { defineRule } from './rule.js';
import { reachOf } from './shared/process-graph.js';
import { listWords } from './shared/people.js';

/**
 * BPMN's end-event-required, extended: from every task of a process some chain
 * of handoffs should lead to where the process ends (the tasks and actors with
 * no outgoing handoff inside the process). Otherwise work goes round in circles.
 */
export const deadEndTask = defineRule({
    id: 'dead-end-task',
    title: 'a task with no way to the end of its process',
    area: 'structure',
    defaultSeverity: 'warning',
    scope: 'model',
    description: 'A task in a process from which no path of handoffs leads to the end of the process.',
    anchor: 'BPMN end-event-required, extended',
    defaultOptions: {},
    check({ model, index, report }) {
        for (const process of model.elements) {
            if (process.$type !== 'Process') continue;
            const reach = reachOf(index, process);
            const end = reach.ends.length > 0
                ? `it ends at ${listWords(reach.ends.map(node => node.name))}`
                : 'every step hands work on, so it has no end';
            for (const task of reach.deadEnds) {
                const mention = reach.mentions.get(task);
                if (!mention) continue;
                report({
                    node: mention.node, property: mention.property, index: mention.index,
                    message: `In process ${process.name}, work that reaches task ${task.name} can never finish: no chain of handoffs leads from it to the end (${end}). Add a handoff out of the loop.`,
                    data: { task: task.name, process: process.name, ends: reach.ends.map(node => node.name) }
                });
            }
        }
    }
});

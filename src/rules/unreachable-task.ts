import { defineRule } from './rule.js';
import { reachOf } from './shared/process-graph.js';
import { listWords } from './shared/people.js';

/**
 * bpmnlint's no-implicit-start, extended to reachability: every task of a process
 * should be reachable by handoffs from where the process starts (the tasks and
 * actors with no incoming handoff inside the process).
 */
export const unreachableTask = defineRule({
    id: 'unreachable-task',
    title: 'a task in a process that no path of handoffs reaches from the start',
    area: 'structure',
    defaultSeverity: 'warning',
    scope: 'model',
    description: 'A task in a process that no path of handoffs reaches from the start of the process.',
    anchor: 'bpmnlint no-implicit-start, extended to reachability',
    defaultOptions: {},
    check({ model, index, report }) {
        for (const process of model.elements) {
            if (process.$type !== 'Process') continue;
            const reach = reachOf(index, process);
            const start = reach.starts.length > 0
                ? `it starts at ${listWords(reach.starts.map(node => node.name))}`
                : 'every step receives work from another, so it has no start';
            for (const task of reach.unreachable) {
                const mention = reach.mentions.get(task);
                if (!mention) continue;
                report({
                    node: mention.node, property: mention.property, index: mention.index,
                    message: `In process ${process.name}, no chain of handoffs reaches task ${task.name} from the start (${start}). Work never gets to it: add a handoff into it, or remove it from the process.`,
                    data: { task: task.name, process: process.name, starts: reach.starts.map(node => node.name) }
                });
            }
        }
    }
});

import { handoffRange } from '../model/system-index.js';
import { defineRule } from './rule.js';

/** iStar: a dependency has two different ends. A handoff from a task to itself passes nothing to anyone. */
export const selfHandoff = defineRule({
    id: 'self-handoff',
    title: 'a handoff from a task to itself',
    area: 'structure',
    defaultSeverity: 'error',
    scope: 'local',
    description: 'A handoff from a task (or actor) to itself.',
    anchor: 'iStar: depender and dependee differ',
    defaultOptions: {},
    check({ model, index, report }) {
        for (const process of model.elements) {
            if (process.$type !== 'Process') continue;
            for (const handoff of index.handoffsIn(process)) {
                if (handoff.from !== handoff.to) continue;
                report({
                    node: handoff.flow, range: handoffRange(handoff),
                    message: `In process ${process.name}, ${handoff.from.name} hands work to itself. A handoff must go to another task or person: remove it or name the step it should go to.`,
                    data: { node: handoff.from.name, process: process.name }
                });
            }
        }
    }
});

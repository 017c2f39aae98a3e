import { handoffRange } from '../model/system-index.js';
import { defineRule } from './rule.js';

/**
 * bpmnlint's no-duplicate-sequence-flows: the same handoff (from, to and item)
 * written twice in one process. The second and later copies are reported.
 */
export const duplicateHandoff = defineRule({
    id: 'duplicate-handoff',
    title: 'the same from, to and item declared twice',
    area: 'structure',
    defaultSeverity: 'warning',
    scope: 'local',
    description: 'The same handoff (from, to and item) declared twice in a process.',
    anchor: 'bpmnlint no-duplicate-sequence-flows',
    defaultOptions: {},
    check({ model, index, report }) {
        for (const process of model.elements) {
            if (process.$type !== 'Process') continue;
            const seen = new Map<string, number>();
            for (const handoff of index.handoffsIn(process)) {
                const key = JSON.stringify([handoff.from.name, handoff.to.name, handoff.item ?? '']);
                const firstLine = seen.get(key);
                const line = (handoff.flow.$cstNode?.range.start.line ?? 0) + 1;
                if (firstLine === undefined) {
                    seen.set(key, line);
                    continue;
                }
                const what = handoff.item ? ` "${handoff.item}"` : '';
                report({
                    node: handoff.flow, range: handoffRange(handoff),
                    message: `The handoff ${handoff.from.name} -> ${handoff.to.name}${what} is already declared in process ${process.name} (line ${firstLine}). Remove the copy.`,
                    data: { from: handoff.from.name, to: handoff.to.name, item: handoff.item, process: process.name }
                });
            }
        }
    }
});

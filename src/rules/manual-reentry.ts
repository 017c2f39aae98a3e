import type { FlowNode, Tool } from '../language/generated/ast.js';
import { isTask } from '../language/generated/ast.js';
import { handoffRange } from '../model/system-index.js';
import { defineRule } from './rule.js';

/**
 * A "media break" in process mapping: a handoff from work done in one tool to work
 * done in another (or sent through another) where no tool of the sender feeds one
 * of the receiver's, so somebody types the data in again.
 */
export const manualReentry = defineRule({
    id: 'manual-reentry',
    title: 'a handoff between two tools with no integration between them',
    area: 'automation',
    defaultSeverity: 'info',
    fixes: ['add-integration'],
    scope: 'local',
    description: 'A handoff between two tools with no integration between them.',
    anchor: 'process mapping practice ("media break")',
    defaultOptions: {},
    check({ model, index, report }) {
        for (const process of model.elements) {
            if (process.$type !== 'Process') continue;
            for (const handoff of index.handoffsIn(process)) {
                const sending = toolsOf(handoff.from);
                const receiving = toolsOf(handoff.to);
                if (handoff.via) receiving.add(handoff.via);
                if (sending.size === 0 || receiving.size === 0) continue;
                if ([...sending].some(tool => receiving.has(tool) || tool.feeds.some(fed => fed.ref !== undefined && receiving.has(fed.ref)))) continue;
                const from = [...sending][0]!;
                const to = [...receiving][0]!;
                report({
                    node: handoff.flow, range: handoffRange(handoff),
                    message: `From ${handoff.from.name} to ${handoff.to.name}, the data leaves ${from.name} and must get into ${to.name}, but no integration connects them: someone types it in again. If the tools can be connected, add 'feeds ${to.name}' to ${from.name}.`,
                    data: { from: handoff.from.name, to: handoff.to.name, fromTool: from.name, toTool: to.name, process: process.name }
                });
            }
        }
    }
});

/** The tools a task works in: those it uses and the one it is automated by. */
function toolsOf(node: FlowNode): Set<Tool> {
    const tools = new Set<Tool>();
    if (!isTask(node)) return tools;
    for (const tool of node.uses) if (tool.ref) tools.add(tool.ref);
    if (node.automatedBy?.ref) tools.add(node.automatedBy.ref);
    return tools;
}

/**
 * `process`: one process as the assistant needs it — trigger and outcome, its
 * tasks with owners and performers, the handoffs in the order they are written
 * (who hands what to whom, through which tool), the feedback and metrics on it
 * and whether its loop is closed (the report's feedback coverage).
 */
import type { Process } from '../../language/generated/ast.js';
import { isProcess } from '../../language/generated/ast.js';
import { objectSchema } from '../arguments.js';
import { elementData, findElements, named, placeOf, selectSystems, type SystemView } from '../model-access.js';
import type { ToolDefinition } from '../tool.js';
import { reportsOf } from './report-sections.js';

export const processTool: ToolDefinition = {
    name: 'process',
    title: 'A process step by step',
    description: 'Describes one process: its owner, trigger and outcome, its tasks with their owners, performers and tools, the handoffs in order (who hands what to whom, via which tool), and the feedback and metrics on it with whether the loop back to an owner is closed (as in sts report). Without a name: the list of processes.',
    inputSchema: objectSchema({
        name: { type: 'string', description: 'The process name, e.g. DineIn. Leave out for the list of processes.' },
        system: { type: 'string', description: 'The name of the system, when the workspace holds several.' }
    }),
    readOnly: true,
    run(args, model) {
        const systems = selectSystems(model, args['system'] as string | undefined);
        const name = args['name'] as string | undefined;
        if (name === undefined) {
            const processes = systems.flatMap(system => system.index.processes.map(process => ({ process, system })));
            return {
                text: processes.length === 0 ? 'The model has no process.' : [`${processes.length} processes:`, ...processes.map(({ process, system }) => `- ${named(process, model.root)}${systems.length > 1 ? ` in ${system.name}` : ''}, owner ${process.owner?.ref?.name ?? 'none'}`)].join('\n'),
                data: { processes: processes.map(({ process, system }) => ({ ...elementData(process, model.root), system: system.name, owner: process.owner?.ref?.name ?? null })) }
            };
        }
        const found = findElements(systems, name, isProcess, 'process');
        const answers = found.map(({ element, system }) => describe(element, system, model.root, reportsOf(model, [system])[0]?.feedback.find(entry => entry.process === element.name)));
        return { text: answers.map(answer => answer.text).join('\n\n'), data: answers.length === 1 ? answers[0]!.data : { processes: answers.map(answer => answer.data) } };
    }
};

type Coverage = ReturnType<typeof reportsOf>[number]['feedback'][number];

function describe(process: Process, system: SystemView, root: string, coverage: Coverage | undefined) {
    const { index } = system;
    const tasks = [...index.tasksOf(process)];
    const handoffs = index.handoffsIn(process);
    const lines = [`Process ${named(process, root)}, owner ${process.owner?.ref ? named(process.owner.ref, root) : 'none'}.`];
    if (process.trigger) lines.push(`Starts when: ${process.trigger}.`);
    if (process.outcome) lines.push(`Ends when: ${process.outcome}.`);
    lines.push(`Tasks (${tasks.length}):`);
    for (const task of tasks) {
        const performers = task.performers.map(performer => performer.ref?.name).filter(Boolean);
        const tools = task.uses.map(use => use.ref?.name).filter(Boolean);
        lines.push(`- ${named(task, root)}: owner ${task.owner?.ref?.name ?? 'none'}${performers.length > 0 ? `, performed by ${performers.join(', ')}` : ''}${tools.length > 0 ? `, uses ${tools.join(', ')}` : ''}${task.automatedBy?.ref ? `, automated by ${task.automatedBy.ref.name}` : ''}`);
    }
    lines.push(`Handoffs in order (${handoffs.length}):`);
    handoffs.forEach((handoff, position) => {
        lines.push(`${position + 1}. ${handoff.from.name} -> ${handoff.to.name}${handoff.via ? ` via ${handoff.via.name}` : ''}${handoff.item ? ` "${handoff.item}"` : ''}${handoff.data.length > 0 ? ` with ${handoff.data.join(', ')}` : ''} (${placeOf(handoff.flow, root)})`);
    });
    if (coverage) {
        lines.push(`Feedback loop: ${coverage.closed ? 'closed' : 'NOT closed: no feedback reaches an owner and no owned, reviewed metric measures it'}.`);
        for (const item of coverage.feedback) lines.push(`- feedback ${item.name}: from ${item.from ?? '?'} to ${item.to ?? '?'}${item.cadence ? `, ${item.cadence}` : ''}${item.reachesOwner ? '' : ' (reaches no owner)'}`);
        for (const metric of coverage.metrics) lines.push(`- metric ${metric.name}: ${metric.target ? `target "${metric.target}", ` : ''}owner ${metric.owner ?? 'none'}, review ${metric.review ?? 'none'}`);
    }
    return {
        text: lines.join('\n'),
        data: {
            process: { ...elementData(process, root), owner: process.owner?.ref?.name ?? null, trigger: process.trigger ?? null, outcome: process.outcome ?? null },
            tasks: tasks.map(task => ({ ...elementData(task, root), owner: task.owner?.ref?.name ?? null, performers: task.performers.map(performer => performer.ref?.name ?? performer.$refText), uses: task.uses.map(use => use.ref?.name ?? use.$refText), automatedBy: task.automatedBy?.ref?.name ?? null })),
            handoffs: handoffs.map(handoff => ({ from: handoff.from.name, to: handoff.to.name, via: handoff.via?.name ?? null, item: handoff.item ?? null, data: handoff.data, at: placeOf(handoff.flow, root) })),
            feedbackLoopClosed: coverage?.closed ?? null,
            feedback: coverage?.feedback ?? [],
            metrics: coverage?.metrics ?? []
        }
    };
}

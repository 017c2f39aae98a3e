import { label } from '../model/labels.js';
import { defineRule } from './rule.js';

/**
 * Work System Framework (participants and technologies): a tool the work depends
 * on — a task uses it, or a handoff goes through it — that nobody was trained on.
 * A tool that only runs an automated task is not "used" by people here.
 */
export const toolWithoutTrainedUser = defineRule({
    id: 'tool-without-trained-user',
    title: 'a tool used by tasks that no actor is trained on',
    area: 'people & training',
    defaultSeverity: 'error',
    fixes: ['train-someone'],
    scope: 'model',
    description: 'A tool used by tasks that no actor is trained on.',
    anchor: 'Work System Framework',
    defaultOptions: {},
    check({ model, index, report }) {
        for (const tool of model.elements) {
            if (tool.$type !== 'Tool' || index.actorsTrainedOn(tool).length > 0) continue;
            const users = new Set<string>(index.tasksUsingTool(tool).map(task => task.name));
            for (const handoff of index.handoffsVia(tool)) users.add(handoff.from.name);
            if (users.size === 0) continue;
            const tasks = [...users];
            report({
                node: tool, property: 'name',
                message: `Nobody is trained on ${label(tool)}, yet the work depends on it (${tasks.join(', ')}). Add 'trained on ${tool.name}' to the people who use it.`,
                data: { tool: tool.name, tasks }
            });
        }
    }
});

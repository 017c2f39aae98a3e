import { label } from '../model/labels.js';
import { defineRule } from './rule.js';
import { listWords } from './shared/people.js';

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
        const people = index.people;
        for (const tool of model.elements) {
            if (tool.$type !== 'Tool' || !people.needsTraining(tool) || index.actorsTrainedOn(tool).length > 0) continue;
            // the people who must work it (docs/people.md); answering for an automation alone is untrained-user's info
            const places = people.toolPlaces(tool).filter(place => place.work !== 'automation');
            if (places.length === 0) continue;
            const workers = [...new Set(places.map(place => place.actor.name))];
            const tasks = [...new Set(places.map(place => place.task?.name ?? place.handoff?.from.name).filter((name): name is string => name !== undefined))];
            report({
                node: tool, property: 'name',
                message: `Nobody was ever trained on ${label(tool)}, yet ${listWords(workers)} ${workers.length === 1 ? 'works' : 'work'} with it (${listWords(tasks)}). Train ${workers.length === 1 ? workers[0] : 'them'} on ${tool.name}, or say 'needs no training' if anyone can use it.`,
                data: { tool: tool.name, tasks, people: workers }
            });
        }
    }
});

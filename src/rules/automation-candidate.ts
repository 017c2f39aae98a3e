import type { Tool } from '../language/generated/ast.js';
import { label } from '../model/labels.js';
import { defineRule } from './rule.js';

/**
 * Human-centred design from the source article: automate the repetitive,
 * rule-based, error-prone work, and keep people on the rest. A manual task marked
 * repetitive or rule-based whose people already work with a tool (the task uses
 * it, or its owner is trained on it) is a candidate.
 */
export const automationCandidate = defineRule({
    id: 'automation-candidate',
    title: 'a manual, repetitive or rule-based task whose owner\'s tools could do it',
    area: 'automation',
    defaultSeverity: 'hint',
    presets: { 'sts:all': 'warning' },
    scope: 'local',
    description: 'A manual, repetitive or rule-based task whose owner\'s tools could do it.',
    anchor: 'human-centred design: automate the repetitive, rule-based, error-prone',
    defaultOptions: {},
    check({ model, index, report }) {
        for (const task of model.elements) {
            if (task.$type !== 'Task' || task.automatedBy || !(task.repetitive || task.ruleBased)) continue;
            const tools = new Set<Tool>();
            for (const tool of task.uses) if (tool.ref) tools.add(tool.ref);
            const owner = task.owner?.ref;
            if (owner) for (const tool of index.trainedTools(owner)) tools.add(tool);
            if (tools.size === 0) continue;
            const traits = [task.repetitive && 'repetitive', task.ruleBased && 'rule-based', task.errorProne && 'error-prone'].filter(Boolean).join(', ');
            const names = [...tools].map(tool => tool.name);
            report({
                node: task, property: 'name',
                message: `Task ${label(task)} is done by hand but is ${traits}: ${names.join(' or ')} might do it. Consider 'automated by ${names[0]}', with ${owner ? owner.name : 'a person'} still answering for it.`,
                data: { task: task.name, tools: names }
            });
        }
    }
});

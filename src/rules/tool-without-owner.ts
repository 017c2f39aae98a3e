import { label } from '../model/labels.js';
import { defineRule } from './rule.js';
import { isSensitiveData } from './shared/sensitive-data.js';

/**
 * ArchiMate assignment; RACI: someone looks after each tool (licences, updates,
 * access). A tool holding personal or payment data is personal-data-without-owner's
 * finding instead, so it is not reported twice.
 */
export const toolWithoutOwner = defineRule({
    id: 'tool-without-owner',
    title: 'a tool with no one responsible for it (licences, updates, access)',
    area: 'data & control',
    defaultSeverity: 'warning',
    fixes: ['assign-tool-owner'],
    scope: 'local',
    description: 'A tool with no one responsible for it (licences, updates, access).',
    anchor: 'ArchiMate assignment; RACI',
    defaultOptions: {},
    check({ model, report }) {
        for (const tool of model.elements) {
            if (tool.$type !== 'Tool' || tool.owner || tool.handles.some(isSensitiveData)) continue;
            report({
                node: tool, property: 'name',
                message: `Nobody is responsible for ${label(tool)}: its licences, updates and who may use it. Add an owner.`,
                data: { tool: tool.name }
            });
        }
    }
});

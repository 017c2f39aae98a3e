import { label } from '../model/labels.js';
import { isPaper } from '../model/tool-kinds.js';
import { defineRule } from './rule.js';
import { isSensitiveData } from './shared/sensitive-data.js';

/**
 * ArchiMate assignment; RACI: someone looks after each tool (licences, updates,
 * access). A tool holding personal or payment data is personal-data-without-owner's
 * finding instead, so it is not reported twice. Paper (a form, a docket, a whiteboard)
 * has no licences, updates or access to look after.
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
            if (tool.$type !== 'Tool' || tool.owner || tool.handles.some(isSensitiveData) || isPaper(tool)) continue;
            report({
                node: tool, property: 'name',
                message: `Nobody is responsible for ${label(tool)}: its licences, updates and who may use it. Add an owner.`,
                data: { tool: tool.name }
            });
        }
    }
});

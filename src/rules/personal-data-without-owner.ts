import { label } from '../model/labels.js';
import { defineRule } from './rule.js';
import { isSensitiveData } from './shared/sensitive-data.js';

/** GDPR Art. 30 records of processing; STS-ml information ownership: personal or payment data needs someone answerable. */
export const personalDataWithoutOwner = defineRule({
    id: 'personal-data-without-owner',
    title: 'a tool that handles personal or payment data with no owner',
    area: 'data & control',
    defaultSeverity: 'error',
    fixes: ['assign-tool-owner'],
    scope: 'local',
    description: 'A tool that handles personal or payment data with no owner.',
    anchor: 'GDPR Art. 30 records; STS-ml information ownership',
    defaultOptions: {},
    check({ model, report }) {
        for (const tool of model.elements) {
            if (tool.$type !== 'Tool' || tool.owner) continue;
            const position = tool.handles.findIndex(isSensitiveData);
            if (position < 0) continue;
            const data = tool.handles.filter(isSensitiveData);
            report({
                node: tool, property: 'name',
                message: `${label(tool)} handles sensitive data (${data.join(', ')}) but nobody is responsible for it: who keeps the data safe, answers requests and decides who has access? Add an owner.`,
                data: { tool: tool.name, data }
            });
        }
    }
});

/**
 * `explain_rule`: what a check looks for, why it matters, where it comes from,
 * and an example that fails and one that passes (the rule's page in docs/rules),
 * with its default severity and the one the workspace's configuration gives it.
 * Without a rule: the list of rules.
 */
import { catalogue } from '../../config/catalogue.js';
import { rulesById } from '../../rules/registry.js';
import { closestName } from '../../language/closest-name.js';
import { objectSchema } from '../arguments.js';
import { rulePage } from '../package-files.js';
import { ToolError, type ToolDefinition } from '../tool.js';

export const explainRuleTool: ToolDefinition = {
    name: 'explain_rule',
    title: 'Explain a check',
    description: 'Explains one check (rule) of sts: what it finds, why it matters to the business, where it comes from (RACI, STPA, iStar…), a failing and a passing example, its default severity and the severity this workspace gives it. Without a rule id: the list of rules.',
    inputSchema: objectSchema({
        rule: { type: 'string', description: 'The rule id as findings show it, e.g. untrained-user. Leave out for the list of rules.' }
    }),
    readOnly: true,
    run(args, model) {
        const id = args['rule'] as string | undefined;
        const first = model.documents()[0];
        const configured = (rule: string) => first ? model.services.config.RuleSettings.forDocument(first).get(rule)?.severity : undefined;
        if (id === undefined) {
            const rules = [...catalogue().values()].map(entry => ({ id: entry.id, description: entry.description, defaultSeverity: entry.defaultSeverity, severity: configured(entry.id) ?? entry.defaultSeverity }));
            return {
                text: [`${rules.length} rules (id, severity here, what it finds):`, ...rules.map(rule => `- ${rule.id} (${rule.severity}): ${rule.description}`)].join('\n'),
                data: { rules }
            };
        }
        const entry = catalogue().get(id);
        if (!entry) {
            const suggestion = closestName(id, catalogue().keys());
            throw new ToolError(`No rule named '${id}'${suggestion ? `; did you mean '${suggestion}'?` : '.'} Call explain_rule without a rule for the list.`);
        }
        const anchor = rulesById.get(id)?.anchor;
        const severity = configured(id) ?? entry.defaultSeverity;
        const page = rulePage(id);
        const head = [
            `${id}: ${entry.description}`,
            `Default severity: ${entry.defaultSeverity}; in this workspace: ${severity}.${anchor ? ` Comes from: ${anchor}.` : ''}`,
            Object.keys(entry.defaultOptions).length > 0 ? `Options (sts.config.json): ${JSON.stringify(entry.defaultOptions)}` : undefined
        ].filter((line): line is string => line !== undefined);
        return {
            text: [...head, '', page ?? '(The rule page is not shipped with this installation.)'].join('\n'),
            data: { id, description: entry.description, defaultSeverity: entry.defaultSeverity, severity, anchor, options: entry.defaultOptions, page }
        };
    }
};

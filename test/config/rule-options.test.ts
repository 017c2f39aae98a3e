/**
 * Options written in sts.config.json reach the rule's check, merged over its
 * defaults. A probe rule joins the registry for this file only (vitest runs
 * each test file in its own process), so this holds whichever catalogue rules
 * have landed.
 */
import { describe, expect, it } from 'vitest';
import { allRules } from '../../src/rules/registry.js';
import { defineRule, type Rule } from '../../src/rules/rule.js';
import { ConfigWorkspace } from './config-workspace.js';

const seen: Array<Record<string, unknown>> = [];
const probe = defineRule({
    id: 'probe-options',
    title: 'a probe',
    area: 'structure',
    defaultSeverity: 'info',
    scope: 'local',
    description: 'Reports once per model, with the options it was given.',
    anchor: 'test',
    defaultOptions: { 'min-people': 2, label: 'default' },
    check({ model, options, report }) {
        seen.push(options);
        report({ node: model, message: `min-people is ${options['min-people']}` });
    }
});
(allRules as Rule[]).push(probe as Rule);

describe('rule options from the configuration', () => {
    it('are passed to the rule over its defaults, with the configured severity', async () => {
        const workspace = new ConfigWorkspace()
            .write('/project/sts.config.json', '{ "rules": { "probe-options": ["error", { "min-people": 3 }] } }')
            .write('/project/shop.sts', 'system Shop\nactor Owner\n');
        await workspace.build();
        expect(seen.at(-1)).toEqual({ 'min-people': 3, label: 'default' });
        const finding = workspace.severities('/project/shop.sts');
        expect(finding['probe-options']).toBe('error');
    });

    it('are rejected when of the wrong type, and the defaults apply', async () => {
        const workspace = new ConfigWorkspace()
            .write('/project/sts.config.json', '{ "rules": { "probe-options": ["error", { "min-people": "three" }] } }')
            .write('/project/shop.sts', 'system Shop\nactor Owner\n');
        await workspace.build();
        expect(seen.at(-1)).toEqual({ 'min-people': 2, label: 'default' });
        const problems = workspace.services.Sts.config.RuleSettings.loaded().flatMap(file => file.problems.map(problem => problem.message));
        expect(problems).toEqual(['Rule "probe-options": option "min-people" takes a number (like 2), not a string.']);
    });
});

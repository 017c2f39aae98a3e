/** Rule options change what a rule reports: the values a configuration passes reach the rule. */
import { describe, expect, it } from 'vitest';
import { rulesById } from '../../src/rules/registry.js';
import type { RuleOptions } from '../../src/rules/rule.js';
import { buildWorkspace } from '../helpers/workspace.js';

async function findings(ruleId: string, text: string, options: RuleOptions): Promise<string[]> {
    const { services, documents } = await buildWorkspace({ 'model.sts': text });
    const document = documents.get('model.sts')!;
    const rule = rulesById.get(ruleId)!;
    const found: string[] = [];
    rule.check({
        document, model: document.parseResult.value,
        index: services.Sts.model.SystemIndexProvider.forDocument(document),
        options: { ...rule.defaultOptions, ...options },
        report: finding => found.push(finding.message)
    });
    return found;
}

const THREE_TASKS = 'actor Rosa\ntask Buy { owner Rosa }\ntask Sell { owner Rosa }\ntask Count { owner Rosa }';
const TWO_COOKS = 'actor Chef { count 2  skills cooking }\ntask Cook { owner Chef  needs cooking }';

describe('rule options', () => {
    it('actor-overload reports above max-tasks only', async () => {
        expect(await findings('actor-overload', THREE_TASKS, {})).toEqual([]);
        expect(await findings('actor-overload', THREE_TASKS, { 'max-tasks': 2 })).toEqual([expect.stringContaining('owns 3 tasks, more than 2')]);
        expect(await findings('actor-overload', THREE_TASKS, { 'max-tasks': 3 })).toEqual([]);
    });

    it('single-point-of-failure counts headcount against min-people', async () => {
        expect(await findings('single-point-of-failure', TWO_COOKS, {})).toEqual([]);
        expect(await findings('single-point-of-failure', TWO_COOKS, { 'min-people': 3 })).toEqual([expect.stringContaining('fewer than 3 people')]);
    });
});

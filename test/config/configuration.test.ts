import { describe, expect, it } from 'vitest';
import { catalogue } from '../../src/config/catalogue.js';
import { presetSeverities } from '../../src/config/presets.js';
import { rulesById } from '../../src/rules/registry.js';
import { ConfigWorkspace } from './config-workspace.js';

// Line 5: the clerk sells through a till they were never trained on (untrained-user, warning);
// line 6: nobody answers for the stock count (unowned-task, error).
const shop = `system Shop
actor Owner { trained on Till }
actor Clerk
tool Till { kind software  owner Owner }
task Sell { owner Clerk  uses Till }
task Count { }
`;

function named(findings: string[], ...rules: string[]): string[] {
    return findings.filter(finding => rules.includes(finding.split('@')[0]!));
}

describe('sts.config.json', () => {
    it('without a configuration file, every rule runs at its default severity', async () => {
        const workspace = new ConfigWorkspace().write('/project/shop.sts', shop);
        await workspace.build();
        expect(named(workspace.findings('/project/shop.sts'), 'untrained-user', 'unowned-task')).toEqual(['unowned-task@6', 'untrained-user@5']);
        expect(workspace.severities('/project/shop.sts')).toMatchObject({ 'untrained-user': 'warning', 'unowned-task': 'error' });
    });

    it('found by walking up from the file, it raises, lowers and switches off rules', async () => {
        const workspace = new ConfigWorkspace()
            .write('/project/sts.config.json', JSON.stringify({ extends: 'sts:recommended', rules: { 'untrained-user': 'error', 'unowned-task': 'off' } }))
            .write('/project/models/deep/shop.sts', shop);
        await workspace.build();
        expect(named(workspace.findings('/project/models/deep/shop.sts'), 'untrained-user', 'unowned-task')).toEqual(['untrained-user@5']);
        expect(workspace.severities('/project/models/deep/shop.sts')['untrained-user']).toBe('error');
    });

    it('the nearest file wins over one further up', async () => {
        const workspace = new ConfigWorkspace()
            .write('/project/sts.config.json', '{ "rules": { "untrained-user": "error" } }')
            .write('/project/team/sts.config.json', '{ "rules": { "untrained-user": "info" } }')
            .write('/project/shop.sts', shop)
            .write('/project/team/shop.sts', shop.replace('system Shop', 'system TeamShop'));
        await workspace.build();
        expect(workspace.severities('/project/shop.sts')['untrained-user']).toBe('error');
        expect(workspace.severities('/project/team/shop.sts')['untrained-user']).toBe('info');
    });

    it('rules listed in the file override the preset they extend', async () => {
        const workspace = new ConfigWorkspace()
            .write('/project/sts.config.json', '{ "extends": ["sts:all"], "rules": { "unowned-task": ["warning"] } }')
            .write('/project/shop.sts', shop);
        await workspace.build();
        expect(workspace.severities('/project/shop.sts')).toMatchObject({ 'unowned-task': 'warning', 'untrained-user': 'warning' });
    });

    it('sts:all switches every rule on, and at least to warning when it is off or a hint by default', () => {
        const all = presetSeverities('sts:all');
        expect(all.size).toBe(catalogue().size);
        for (const entry of catalogue().values()) {
            const expected = entry.defaultSeverity === 'off' || entry.defaultSeverity === 'hint' ? 'warning' : entry.defaultSeverity;
            expect(all.get(entry.id), entry.id).toBe(expected);
        }
        expect([...presetSeverities('sts:recommended')]).toEqual([...catalogue().values()].map(entry => [entry.id, entry.defaultSeverity]));
    });

    it.runIf(rulesById.has('actor-overload'))('an option changes what a rule finds (actor-overload with max-tasks 1)', async () => {
        const busy = `${shop}task Restock { owner Clerk }\n`;
        const plain = new ConfigWorkspace().write('/project/shop.sts', busy);
        await plain.build();
        expect(named(plain.findings('/project/shop.sts'), 'actor-overload')).toEqual([]);
        const fresh = new ConfigWorkspace().write('/project/sts.config.json', '{ "rules": { "actor-overload": ["warning", { "max-tasks": 1 }] } }').write('/project/shop.sts', busy);
        await fresh.build();
        expect(named(fresh.findings('/project/shop.sts'), 'actor-overload')).toEqual(['actor-overload@3']);
    });
});

describe('a broken sts.config.json', () => {
    async function problemsOf(config: string) {
        const workspace = new ConfigWorkspace().write('/project/sts.config.json', config).write('/project/shop.sts', shop);
        await workspace.build();
        const loaded = workspace.services.Sts.config.RuleSettings.loaded();
        return { workspace, problems: loaded.flatMap(file => file.problems) };
    }

    it('invalid JSON is one problem on the config file, and the defaults apply meanwhile', async () => {
        const { workspace, problems } = await problemsOf('{\n  "rules": {\n    "untrained-user": "off",\n  }\n}');
        expect(problems).toHaveLength(1);
        expect(problems[0]!.message).toMatch(/not valid JSON/);
        expect(problems[0]!.range.start.line).toBe(3);
        expect(workspace.severities('/project/shop.sts')).toMatchObject({ 'untrained-user': 'warning', 'unowned-task': 'error' });
    });

    it('names an unknown rule id, with the closest known one', async () => {
        const { workspace, problems } = await problemsOf('{ "rules": { "untrained-users": "off" } }');
        expect(problems.map(problem => problem.message)).toEqual(['Unknown rule "untrained-users"; did you mean "untrained-user"?']);
        expect(problems[0]!.range.start.character).toBe(13);
        expect(workspace.severities('/project/shop.sts')['untrained-user']).toBe('warning');
    });

    it('names a bad severity, a bad preset and an unknown setting', async () => {
        const { problems } = await problemsOf('{ "extends": "sts:strict", "rule": {}, "rules": { "unowned-task": "warn", "untrained-user": 2 } }');
        const messages = problems.map(problem => problem.message);
        expect(messages).toHaveLength(4);
        expect(messages).toEqual(expect.arrayContaining([
            'Unknown preset "sts:strict"; use "sts:recommended" or "sts:all".',
            'Unknown setting "rule"; did you mean "rules"?',
            expect.stringMatching(/^Rule "unowned-task": "warn" is not a severity; use "off", "hint", "info", "warning", "error" \(did you mean "warning"\?\)/),
            expect.stringMatching(/^Rule "untrained-user": this is not a severity/)
        ]));
    });

    it('names options a rule does not have, and options of the wrong type', async () => {
        const rule = [...rulesById.values()].find(candidate => Object.values(candidate.defaultOptions).some(value => typeof value === 'number'));
        const { problems } = await problemsOf(JSON.stringify({ rules: { 'unowned-task': ['error', { strict: true }] } }));
        expect(problems.map(problem => problem.message)).toEqual(['Rule "unowned-task" has no option "strict" (it takes no options).']);
        if (rule) {
            const [name] = Object.entries(rule.defaultOptions).find(([, value]) => typeof value === 'number')!;
            const typed = await problemsOf(JSON.stringify({ rules: { [rule.id]: ['error', { [name]: 'two' }] } }));
            expect(typed.problems.map(problem => problem.message)).toEqual([expect.stringContaining(`option "${name}" takes a number`)]);
        }
    });

    it('an empty file is reported, not taken as "no rules"', async () => {
        const { problems } = await problemsOf('');
        expect(problems).toHaveLength(1);
    });
});

/**
 * Which rules run on a document, at which severity, with which options.
 * The defaults come from the rules themselves; configuration files and editor
 * settings refine them per document.
 */
import type { LangiumDocument } from 'langium';
import { allRules } from '../rules/registry.js';
import type { Rule, RuleOptions, SeveritySetting } from '../rules/rule.js';

export interface RuleSetting {
    readonly severity: SeveritySetting;
    readonly options: RuleOptions;
}

export type ResolvedRules = ReadonlyMap<string, RuleSetting>;

export class RuleSettings {
    private readonly defaults: ResolvedRules = new Map(allRules.map(rule => [rule.id, defaultSetting(rule)]));

    /** The settings that apply to one document. */
    forDocument(_document: LangiumDocument): ResolvedRules {
        return this.defaults;
    }
}

function defaultSetting(rule: Rule<RuleOptions>): RuleSetting {
    return { severity: rule.defaultSeverity, options: rule.defaultOptions };
}

/**
 * What a check is: one module that declares everything about itself — a stable
 * id (the diagnostic code, the key in configuration and in `sts-ignore`
 * comments), a title, the report area it belongs to, a default severity, the
 * presets that raise it, the quick fixes it offers, its options with their
 * defaults — and a function that reports findings on one document. Its doc page
 * is `docs/rules/<id>.md` and its fixtures `test/rules/<id>/`; tests fail when
 * either is missing. The registry, the configuration schema, the presets, the
 * report areas and the docs index are all derived from these declarations.
 */
import type { AstNode, LangiumDocument } from 'langium';
import type { Range } from 'vscode-languageserver-types';
import type { Model } from '../language/generated/ast.js';
import type { SystemIndex } from '../model/system-index.js';

export type Severity = 'error' | 'warning' | 'info' | 'hint';
export type SeveritySetting = Severity | 'off';

/** local: one element and what it references; model: needs the whole system (graph search, counts). */
export type RuleScope = 'local' | 'model';

export type RuleOptions = Record<string, unknown>;

/** The areas a report and the docs index group findings by: an owner reads "people & training" as one conversation with the team. */
export const AREAS = ['structure', 'people & training', 'automation', 'feedback & measurement', 'data & control'] as const;
export type Area = (typeof AREAS)[number];

/** The heading of each area in the docs index. */
export const AREA_TITLES: Readonly<Record<Area, string>> = {
    'structure': 'Structure and references',
    'people & training': 'People, skills and training',
    'automation': 'Automation and task allocation',
    'feedback & measurement': 'Feedback and measurement',
    'data & control': 'Data, privacy and control'
};

/** The presets a configuration can extend (`sts:recommended` is every finding at its default). */
export const PRESETS = ['sts:recommended', 'sts:all'] as const;
export type Preset = (typeof PRESETS)[number];

export interface RelatedElement {
    readonly node: AstNode;
    readonly property?: string;
    readonly message: string;
}

export interface Finding {
    /** the element the finding is about; the diagnostic goes on `property` of it, or on `range` */
    readonly node: AstNode;
    readonly property?: string;
    readonly index?: number;
    readonly range?: Range;
    readonly message: string;
    readonly related?: readonly RelatedElement[];
    /** facts a quick fix needs (names of the actor, tool, ...), carried in the diagnostic's data */
    readonly data?: Record<string, unknown>;
    /** at most this severe: a milder case of the rule (a team as owner is a hint); never raises the configured severity */
    readonly severity?: Severity;
}

export interface RuleContext<O extends RuleOptions = RuleOptions> {
    readonly document: LangiumDocument<Model>;
    readonly model: Model;
    readonly index: SystemIndex;
    readonly options: O;
    /** a plain function (not a method), so a rule may take it out of the context */
    readonly report: (finding: Finding) => void;
}

/** Everything a finding id declares about itself; what configuration, reports, docs and quick fixes are derived from. */
export interface FindingKind<O extends RuleOptions = RuleOptions> {
    readonly id: string;
    /** what it finds, as a short phrase (the docs index's "finds" column) */
    readonly title: string;
    /** where a report lists its findings */
    readonly area: Area;
    readonly defaultSeverity: SeveritySetting;
    /** the severity under a preset, where it differs from the default (e.g. `{ 'sts:all': 'warning' }` for a hint) */
    readonly presets?: Readonly<Partial<Record<Preset, SeveritySetting>>>;
    readonly scope: RuleScope;
    /** one line: what the rule detects, in a business owner's words */
    readonly description: string;
    /** where it comes from (RACI, STPA, iStar, ...) */
    readonly anchor: string;
    readonly defaultOptions: O;
    /** keys of the quick fixes offered on its findings (implemented in src/lsp/quick-fixes, listed by key there) */
    readonly fixes?: readonly string[];
}

export interface Rule<O extends RuleOptions = RuleOptions> extends FindingKind<O> {
    check(context: RuleContext<O>): void;
}

/** Declares a rule with its option type inferred from its defaults. */
export function defineRule<O extends RuleOptions>(rule: Rule<O>): Rule<O> {
    return rule;
}

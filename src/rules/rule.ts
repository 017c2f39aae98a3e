/**
 * What a check is: a rule with a stable id (the diagnostic code, the key in
 * configuration and in `sts-ignore` comments), a default severity, a scope,
 * options, and a function that reports findings on one document.
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
}

export interface RuleContext<O extends RuleOptions = RuleOptions> {
    readonly document: LangiumDocument<Model>;
    readonly model: Model;
    readonly index: SystemIndex;
    readonly options: O;
    report(finding: Finding): void;
}

export interface Rule<O extends RuleOptions = RuleOptions> {
    readonly id: string;
    readonly defaultSeverity: SeveritySetting;
    readonly scope: RuleScope;
    /** one line: what the rule detects, in a business owner's words */
    readonly description: string;
    /** where it comes from (RACI, STPA, iStar, ...) */
    readonly anchor: string;
    readonly defaultOptions: O;
    check(context: RuleContext<O>): void;
}

/** Declares a rule with its option type inferred from its defaults. */
export function defineRule<O extends RuleOptions>(rule: Rule<O>): Rule<O> {
    return rule;
}

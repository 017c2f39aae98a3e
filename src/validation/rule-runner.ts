/**
 * Runs every enabled rule on a document as one Langium validation check on the
 * model's root. Each rule runs on its own: one that throws is reported as a
 * single `check-failed` diagnostic and the others still run.
 */
import type { AstNode, LangiumDocument, ValidationAcceptor } from 'langium';
import { AstUtils, GrammarUtils } from 'langium';
import type { DiagnosticRelatedInformation } from 'vscode-languageserver-types';
import type { Model } from '../language/generated/ast.js';
import type { StsServices } from '../language/sts-module.js';
import { allRules, CHECK_FAILED } from '../rules/registry.js';
import type { Finding, RelatedElement, Rule, RuleOptions } from '../rules/rule.js';

export class RuleRunner {
    constructor(private readonly services: StsServices) { }

    run(model: Model, accept: ValidationAcceptor): void {
        const document = AstUtils.getDocument(model) as LangiumDocument<Model>;
        const settings = this.services.config.RuleSettings.forDocument(document);
        const index = this.services.model.SystemIndexProvider.forDocument(document);
        for (const rule of allRules) {
            const setting = settings.get(rule.id);
            if (!setting || setting.severity === 'off') continue;
            const severity = setting.severity;
            try {
                rule.check({
                    document, model, index,
                    options: { ...rule.defaultOptions, ...setting.options },
                    report: finding => accept(severity, finding.message, this.diagnosticInfo(rule, finding))
                });
            } catch (error) {
                accept('warning', `The check ${rule.id} stopped with an internal error and was skipped (${describe(error)}). The other checks still ran.`, {
                    node: model, range: firstLine(model), code: CHECK_FAILED, data: { code: CHECK_FAILED, rule: rule.id }
                });
            }
        }
    }

    private diagnosticInfo(rule: Rule<RuleOptions>, finding: Finding) {
        return {
            node: finding.node,
            property: finding.property as never,
            index: finding.index,
            range: finding.range,
            code: rule.id,
            data: { code: rule.id, ...finding.data },
            relatedInformation: finding.related?.map(related => relatedInformation(related)).filter(isDefined)
        };
    }
}

function relatedInformation(related: RelatedElement): DiagnosticRelatedInformation | undefined {
    const cst = related.property
        ? GrammarUtils.findNodeForProperty(related.node.$cstNode, related.property) ?? related.node.$cstNode
        : related.node.$cstNode;
    if (!cst) return undefined;
    return { location: { uri: AstUtils.getDocument(related.node).uri.toString(), range: cst.range }, message: related.message };
}

function firstLine(node: AstNode) {
    const start = node.$cstNode?.range.start ?? { line: 0, character: 0 };
    return { start, end: { line: start.line, character: start.character + 1 } };
}

function describe(error: unknown): string {
    return error instanceof Error ? error.message : String(error);
}

function isDefined<T>(value: T | undefined): value is T {
    return value !== undefined;
}

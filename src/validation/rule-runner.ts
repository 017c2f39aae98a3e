/**
 * Runs every enabled rule on a document as one Langium validation check on the
 * model's root. Each rule runs on its own: one that throws is reported as a
 * single `check-failed` diagnostic and the others still run.
 *
 * Findings silenced by an `sts-ignore` comment are kept aside with their reason
 * (SuppressionLog) instead of being shown; comments without a reason, or that
 * silence nothing, become findings of their own. Every diagnostic links to its
 * rule's page (`codeDescription`).
 */
import type { AstNode, DiagnosticInfo, LangiumDocument, ValidationAcceptor } from 'langium';
import { AstUtils, GrammarUtils } from 'langium';
import type { DiagnosticRelatedInformation } from 'vscode-languageserver-types';
import { ruleDocsUrl } from '../config/rule-docs.js';
import type { ResolvedRules } from '../config/rule-settings.js';
import type { Model } from '../language/generated/ast.js';
import type { StsCoreServices } from './core-services.js';
import { allRules, CHECK_FAILED, rulesById, UNRESOLVED_REFERENCE } from '../rules/registry.js';
import type { Finding, RelatedElement, Rule, RuleOptions, Severity } from '../rules/rule.js';
import { closestName } from '../language/closest-name.js';
import type { SuppressedFinding } from './suppression-log.js';
import { readSuppressions, SUPPRESSION_WITHOUT_REASON, SuppressionMatcher, UNUSED_SUPPRESSION, type Suppression } from './suppression.js';

export class RuleRunner {
    constructor(private readonly services: StsCoreServices) { }

    run(model: Model, accept: ValidationAcceptor): void {
        const document = AstUtils.getDocument(model) as LangiumDocument<Model>;
        const settings = this.services.config.RuleSettings.forDocument(document);
        const index = this.services.model.SystemIndexProvider.forDocument(document);
        const matcher = new SuppressionMatcher(readSuppressions(document.textDocument.getText()));
        const suppressed: SuppressedFinding[] = [];
        for (const rule of allRules as readonly Rule[]) {
            const setting = settings.get(rule.id);
            if (!setting || setting.severity === 'off') continue;
            const severity = setting.severity;
            try {
                rule.check({
                    document, model, index,
                    options: { ...rule.defaultOptions, ...setting.options },
                    report: finding => {
                        // An element the parser could not name is a syntax error already; findings about it are noise.
                        if (!isNamed(topElement(finding.node))) return;
                        const info = this.diagnosticInfo(rule, finding);
                        const suppression = matcher.match(rule.id, linesOf(finding));
                        if (!suppression) {
                            accept(milder(severity, finding.severity), finding.message, info);
                            return;
                        }
                        suppressed.push({
                            uri: document.uri.toString(), rule: rule.id, severity: milder(severity, finding.severity), message: finding.message,
                            range: findingRange(finding), reason: suppression.reason, comment: suppression.range
                        });
                    }
                });
            } catch (error) {
                // An error, so `sts check` fails: a check that could not run has not said the model is fine.
                accept('error', `The check ${rule.id} stopped with an internal error and was skipped (${describe(error)}). The other checks still ran; please report this.`, {
                    node: model, range: firstLine(model), code: CHECK_FAILED, codeDescription: { href: ruleDocsUrl(rule.id) },
                    data: { code: CHECK_FAILED, rule: rule.id }
                });
            }
        }
        this.reportSuppressionProblems(model, matcher, settings, accept);
        this.services.validation.SuppressionLog.set(document.uri.toString(), suppressed);
    }

    private reportSuppressionProblems(model: Model, matcher: SuppressionMatcher, settings: ResolvedRules, accept: ValidationAcceptor): void {
        const withoutReason = settings.get(SUPPRESSION_WITHOUT_REASON)?.severity ?? 'warning';
        const unused = settings.get(UNUSED_SUPPRESSION)?.severity ?? 'warning';
        const report = (severity: Severity, code: string, message: string, suppression: Suppression) => accept(severity, message, {
            node: model, range: suppression.range, code, codeDescription: { href: ruleDocsUrl(code) },
            data: { code, rule: suppression.rule }
        });
        for (const suppression of matcher.suppressions) {
            if (withoutReason !== 'off' && suppression.rule !== '' && suppression.reason === undefined) {
                report(withoutReason, SUPPRESSION_WITHOUT_REASON,
                    `This sts-ignore gives no reason; write why the finding does not apply: // sts-ignore ${suppression.rule}: <reason>.`, suppression);
            }
            if (unused === 'off' || matcher.used.has(suppression)) continue;
            const problem = unusedProblem(suppression, settings);
            if (problem) report(unused, UNUSED_SUPPRESSION, problem, suppression);
        }
    }

    private diagnosticInfo(rule: Rule<RuleOptions>, finding: Finding): DiagnosticInfo<AstNode> {
        return {
            node: finding.node,
            property: finding.property as never,
            index: finding.index,
            range: finding.range,
            code: rule.id,
            codeDescription: { href: ruleDocsUrl(rule.id) },
            data: { code: rule.id, ...finding.data },
            relatedInformation: finding.related?.map(related => relatedInformation(related)).filter(isDefined)
        };
    }
}

const SEVERITY_ORDER: readonly Severity[] = ['hint', 'info', 'warning', 'error'];

/** The configured severity, lowered to the finding's own cap when it has one. */
function milder(configured: Severity, cap: Severity | undefined): Severity {
    return cap !== undefined && SEVERITY_ORDER.indexOf(cap) < SEVERITY_ORDER.indexOf(configured) ? cap : configured;
}

/** Why a suppression silenced nothing, in words that say what to do; undefined when that is expected. */
function unusedProblem(suppression: Suppression, settings: ResolvedRules): string | undefined {
    const rule = suppression.rule;
    if (rule === '') return 'This sts-ignore names no rule; write // sts-ignore <rule-id>: <reason>.';
    if (rule === UNRESOLVED_REFERENCE) return `${UNRESOLVED_REFERENCE} cannot be silenced: declare the name, or correct it.`;
    if (!rulesById.has(rule)) {
        const suggestion = closestName(rule, rulesById.keys());
        return `sts-ignore names no rule called ${rule}${suggestion ? `; did you mean ${suggestion}?` : '.'}`;
    }
    // A rule switched off in the configuration silences everything by itself; the comment may be for other settings.
    if (settings.get(rule)?.severity === 'off') return undefined;
    if (suppression.targetLine < 0) return `This sts-ignore ${rule} is followed by nothing it could silence.`;
    return `This sts-ignore ${rule} silences nothing: the element below it has no ${rule} finding. Remove the comment.`;
}

/** The top-level element (actor, task, process...) a node belongs to, or the model itself. */
function topElement(node: AstNode): AstNode {
    let top = node;
    while (top.$container && top.$container.$type !== 'Model') top = top.$container;
    return top;
}

function isNamed(node: AstNode): boolean {
    const name: unknown = (node as { name?: unknown }).name;
    return node.$type === 'Model' || (typeof name === 'string' && name.length > 0);
}

/** The lines a suppression may stand before: the finding's own, its element's, and its top-level element's. */
function linesOf(finding: Finding): number[] {
    const lines = [findingRange(finding).start.line];
    const own = finding.node.$cstNode?.range.start.line;
    if (own !== undefined) lines.push(own);
    const topLine = topElement(finding.node).$cstNode?.range.start.line;
    if (topLine !== undefined) lines.push(topLine);
    return lines;
}

function findingRange(finding: Finding) {
    if (finding.range) return finding.range;
    const cst = finding.property
        ? GrammarUtils.findNodeForProperty(finding.node.$cstNode, finding.property, finding.index) ?? finding.node.$cstNode
        : finding.node.$cstNode;
    return cst?.range ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
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

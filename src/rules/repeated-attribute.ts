import type { CstNode } from 'langium';
import { AstUtils, GrammarAST, isCompositeCstNode } from 'langium';
import { defineRule } from './rule.js';

/**
 * An attribute that holds one value, written twice in one element: the parser
 * keeps only the last one, so `owner Ann  owner Ben` silently makes Ben the
 * owner. RACI wants exactly one Accountable; the model should say so plainly.
 */
const SINGLE_VALUED: Readonly<Record<string, readonly string[]>> = {
    Actor: ['kind', 'count', 'description'],
    Tool: ['kind', 'owner', 'vendor', 'purpose', 'description'],
    Task: ['owner', 'automatedBy', 'escalatesTo', 'fallback', 'description'],
    Process: ['owner', 'trigger', 'outcome', 'description'],
    Feedback: ['source', 'target', 'via', 'cadence', 'description'],
    Metric: ['target', 'owner', 'review', 'description']
};

/** How each attribute is written, for the message. */
const WRITTEN: Readonly<Record<string, string>> = {
    automatedBy: 'automated by', escalatesTo: 'escalates to', source: 'from', cadence: 'cadence'
};

export const repeatedAttribute = defineRule({
    id: 'repeated-attribute',
    title: 'an attribute that takes one value (owner, kind, review...) given twice in one element',
    area: 'structure',
    defaultSeverity: 'error',
    scope: 'local',
    description: 'An attribute that takes one value is given twice in one element; only the last counts.',
    anchor: 'RACI: exactly one Accountable; every modelling tool rejects conflicting values',
    defaultOptions: {},
    check({ document, model, report }) {
        // Where the parser stumbled, its recovery can read a half-written value and the next word as two
        // (`every weekly`): the syntax error says what is wrong there, not a repeat.
        const stumbled = document.parseResult.parserErrors.map(error => error.token.startOffset).filter(Number.isFinite);
        for (const element of model.elements) {
            const single = SINGLE_VALUED[element.$type];
            if (!single || !element.$cstNode) continue;
            const written = writtenValues(element.$cstNode, single);
            for (const [property, values] of written) {
                if (values.length < 2) continue;
                const from = values[0]!.offset;
                const to = values[values.length - 1]!.end;
                if (stumbled.some(offset => offset >= from && offset <= to)) continue;
                const kept = values[values.length - 1]!.text;
                const word = WRITTEN[property] ?? property;
                for (const earlier of values.slice(0, -1)) {
                    report({
                        node: element, range: earlier.range,
                        message: `${element.name} gives '${word}' more than once; only the last one (${kept}) counts, so ${earlier.text} is ignored. Keep one.`,
                        data: { element: element.name, property }
                    });
                }
            }
        }
    }
});

/**
 * The values written for each one-value property, in text order, from one pass over the
 * element's own syntax nodes (asking Langium per property walks the element once each).
 */
function writtenValues(elementNode: CstNode, properties: readonly string[]): Map<string, CstNode[]> {
    const written = new Map<string, CstNode[]>();
    const visit = (node: CstNode): void => {
        if (!isCompositeCstNode(node)) return;
        for (const child of node.content) {
            const feature = child.grammarSource && assignedFeature(child.grammarSource);
            if (feature) {
                if (!properties.includes(feature)) continue;
                const values = written.get(feature);
                if (values) values.push(child); else written.set(feature, [child]);
            } else if (child.astNode === elementNode.astNode) {
                visit(child);
            }
        }
    };
    visit(elementNode);
    return written;
}

/** The grammar is fixed, so which property a piece of it assigns is looked up once per grammar element. */
const featureOfGrammarElement = new Map<GrammarAST.AbstractElement, string | undefined>();

function assignedFeature(grammarSource: GrammarAST.AbstractElement): string | undefined {
    if (featureOfGrammarElement.has(grammarSource)) return featureOfGrammarElement.get(grammarSource);
    const feature = AstUtils.getContainerOfType(grammarSource, GrammarAST.isAssignment)?.feature;
    featureOfGrammarElement.set(grammarSource, feature);
    return feature;
}

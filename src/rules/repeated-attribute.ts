import { GrammarUtils } from 'langium';
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
    defaultSeverity: 'error',
    scope: 'local',
    description: 'An attribute that takes one value is given twice in one element; only the last counts.',
    anchor: 'RACI: exactly one Accountable; every modelling tool rejects conflicting values',
    defaultOptions: {},
    check({ model, report }) {
        for (const element of model.elements) {
            for (const property of SINGLE_VALUED[element.$type] ?? []) {
                const written = GrammarUtils.findNodesForProperty(element.$cstNode, property);
                if (written.length < 2) continue;
                const kept = written[written.length - 1]!.text;
                const word = WRITTEN[property] ?? property;
                for (const earlier of written.slice(0, -1)) {
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

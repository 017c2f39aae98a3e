/**
 * What counts as a name, taken from the grammar's ID terminal itself so that
 * rename, quick fixes and anything else that makes names cannot drift from
 * what the parser accepts.
 */
import { GrammarAST, GrammarUtils } from 'langium';
import { StsGrammar } from './generated/grammar.js';

const idRule = StsGrammar().rules.find((rule): rule is GrammarAST.TerminalRule => GrammarAST.isTerminalRule(rule) && rule.name === 'ID');
if (!idRule) throw new Error('the grammar has no ID terminal');
const NAME = new RegExp(`^(?:${GrammarUtils.terminalRegex(idRule).source})$`, 'u');

/** True when the text, as a whole, is one name (keywords aside: check those separately). */
export function isValidName(text: string): boolean {
    return NAME.test(text);
}

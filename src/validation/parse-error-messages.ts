/**
 * Syntax errors in plain words for the slips a business user makes when
 * writing a model by hand: a list where one name goes (`owner Rosa, Chef`),
 * `every weekly`, a missing `on` or `by`, a name of two words, a handoff
 * outside its process, a brace never closed, a colon after an attribute, an
 * arrow that is not `->`, a word of the language used as a name, a number in
 * words. Each message says what to write instead, in one line. Errors that
 * match none of these keep the parser's own message.
 *
 * Pure: it reads the text around the error, never the syntax tree (which is
 * half-built where the parser gave up).
 */

/** What the parser or the lexer reported, where. */
export interface SyntaxProblem {
    /** the whole text of the file */
    readonly text: string;
    /** offset of the token the parser stumbled on (the end of the text when it ran out) */
    readonly offset: number;
    /** the token's text: '' when the parser ran out of text */
    readonly found: string;
    /** the parser's or the lexer's message */
    readonly message: string;
    /** the grammar rule the parser was in (`Task`, `Feedback`, `Model`...), when known */
    readonly rule?: string;
}

/** Attributes that take one name or word (the grammar's single-valued references and kinds). */
const ONE_VALUE = new Set(['owner', 'kind', 'fallback', 'from', 'to', 'via', 'by', 'trigger', 'outcome', 'target', 'vendor', 'purpose']);
/** Words that start an attribute inside an element's braces. */
const ATTRIBUTES = new Set([
    'kind', 'count', 'skills', 'trained', 'members', 'owner', 'vendor', 'handles', 'feeds', 'purpose', 'needs', 'performed',
    'uses', 'automated', 'escalates', 'fallback', 'exclusive', 'consulted', 'informed', 'effort', 'frequency', 'repetitive',
    'rule-based', 'error-prone', 'planned', 'retiring', 'description', 'trigger', 'outcome', 'tasks', 'from', 'to', 'via',
    'about', 'measures', 'target', 'review', 'daily', 'weekly', 'monthly', 'quarterly', 'yearly', 'every'
]);
const DECLARATIONS = new Set(['system', 'actor', 'tool', 'task', 'process', 'feedback', 'metric']);
/** Every keyword of the grammar: a name cannot be one of them. */
const KEYWORDS = new Set([
    ...ATTRIBUTES, ...DECLARATIONS, 'on', 'by', 'with', 'no', 'training', 'physical', 'hour', 'hours', 'minute', 'minutes',
    'per', 'each', 'day', 'days', 'week', 'weeks', 'month', 'months', 'quarter', 'quarters', 'year', 'years'
]);
/** The word that must follow the first word of a two-word attribute. */
const SECOND_WORD: Readonly<Record<string, string>> = { trained: 'on', performed: 'by', automated: 'by', escalates: 'to', exclusive: 'with' };
const CADENCE_UNIT: Readonly<Record<string, string>> = { daily: 'day', weekly: 'week', monthly: 'month', quarterly: 'quarter', yearly: 'year' };
const NUMBERS = new Set(['count', 'effort', 'frequency', 'every']);

/** The plain-words message for a syntax error, or undefined to keep the parser's. */
export function plainSyntaxMessage(problem: SyntaxProblem): string | undefined {
    const { found } = problem;
    const before = tokensBefore(problem.text, problem.offset, 3);
    const previous = before[before.length - 1];
    const expected = /Expecting token of type '([^']+)'/.exec(problem.message)?.[1];

    // `every weekly`: the cadence said twice.
    if (previous === 'every' && CADENCE_UNIT[found]) {
        return `'every ${found}' says it twice: write '${found}' or 'every ${CADENCE_UNIT[found]}'.`;
    }
    if (found === ',') {
        const next = tokenAfter(problem.text, problem.offset + 1);
        if (next !== undefined && ATTRIBUTES.has(next)) {
            return `No comma between attributes: remove the comma before '${next}' (put each attribute on its own line, or leave a space).`;
        }
        const [attribute, name] = before.slice(-2);
        if (attribute !== undefined && name !== undefined && ONE_VALUE.has(attribute) && !KEYWORDS.has(name)) {
            const first = before[before.length - 3];
            const written = first !== undefined && SECOND_WORD[first] === attribute ? `${first} ${attribute}` : attribute;
            const others = problem.rule === 'Task' && attribute === 'owner' ? `; the others who do the work go in 'performed by ${next ?? '…'}'` : '';
            return `'${written}' takes one name, not a list: keep one ('${written} ${name}')${others}.`;
        }
    }
    // `trained POS`, `automated POS`: the second word of the attribute is missing.
    if (previous !== undefined && SECOND_WORD[previous] && expected === SECOND_WORD[previous]) {
        return `Write '${previous} ${expected} ${found}': '${previous}' is followed by '${expected}'.`;
    }
    if (expected === 'INT' && previous !== undefined && NUMBERS.has(previous) && /^[A-Za-z]/.test(found)) {
        return `'${previous}' takes a number in digits, like '${previous} ${previous === 'every' ? '2 weeks' : '4'}'.`;
    }
    // Nothing after `owner`, `uses`, `task`... (the next line, a brace or the end came first).
    const sameLine = !problem.text.slice(problem.text.slice(0, problem.offset).trimEnd().length, problem.offset).includes('\n');
    if (expected === 'ID' && previous !== undefined && KEYWORDS.has(previous) && (!sameLine || found === '}' || found === '' || DECLARATIONS.has(found))) {
        return `'${previous}' needs a name after it.`;
    }
    if (expected === 'ID' && KEYWORDS.has(found)) {
        return `'${found}' is a word of the language, so it cannot be a name here: choose another word, or write it with a capital ('${capitalised(found)}').`;
    }
    // A handoff half-written: `Settle ->` with nothing after the arrow, or two steps without one.
    if (previous === '->' && expected === 'ID') {
        return `A handoff arrow needs the step it goes to: '${before[before.length - 2] ?? '…'} -> NextStep'.`;
    }
    if (problem.message.includes('<[->]>') && previous !== undefined) {
        // From the line of the step before up to here: an arrow of another kind there was dropped by the lexer.
        const lastWritten = problem.text.slice(0, problem.offset).trimEnd().length;
        const context = problem.text.slice(problem.text.lastIndexOf('\n', lastWritten - 1) + 1, problem.offset);
        if (/[=→⇒–—]|[^-]>/.test(context)) return ARROW;
        if (isName(previous)) {
            return isName(found) && !context.includes('\n') ? `Write '${previous} -> ${found}': the steps of a handoff are joined by '->'.`
                : `'${previous}' alone is not a handoff: write '${previous} -> …' with the step the work goes to.`;
        }
    }
    if (expected === '}' && (found === '' || DECLARATIONS.has(found))) {
        const open = unclosedBrace(problem.text.slice(0, problem.offset));
        if (open) return `The '{' of ${open.declaration} (line ${open.line}) is never closed: add '}' after its last attribute.`;
    }
    if (expected === 'EOF' && found !== '') {
        const [declaration, name] = before.slice(-2);
        const written = problem.text.slice(0, problem.offset).trimEnd();
        if (declaration !== undefined && name !== undefined && DECLARATIONS.has(declaration) && isName(name) && isName(found) && written.endsWith(name)) {
            const words = [name, found, ...wordsUntilBrace(problem.text, problem.offset + found.length)];
            return `A name is one word: write '${declaration} ${words.map(capitalised).join('')} "${words.join(' ')}"' (the name, then in quotes the words people read).`;
        }
        if (tokenAfter(problem.text, problem.offset + found.length) === '->') {
            return `A handoff goes inside a process: 'process Name { ${found} -> … }'.`;
        }
        if (isName(found) && !KEYWORDS.has(found)) {
            return `'${found}' starts nothing: each part of a model starts with actor, tool, task, process, feedback or metric.`;
        }
    }
    if (found === '' || !/^unexpected character/.test(problem.message)) return undefined;
    return lexerMessage(found, previous, tokenAfter(problem.text, problem.offset + found.length));
}

/** A character the language has no token for. */
function lexerMessage(character: string, previous: string | undefined, next: string | undefined): string {
    if (character === ':') return previous && isName(previous) ? `No colon after '${previous}': write '${previous} ${next ?? '…'}'.` : `The language uses no colons: remove it.`;
    if (/^[=>→⇒–—]+$/.test(character)) return ARROW;
    if (character === '"' || character === "'") return `This quote is never closed: end the title with another ${character} on the same line.`;
    if (character === '“' || character === '”') return `Titles go in straight quotes ("…"), not curly ones (“…”).`;
    return `'${character}' has no meaning in a .sts file: remove it.`;
}

const ARROW = `A handoff arrow is written '->' (a hyphen and a greater-than sign).`;

/** A token of the language: a string, an arrow, a brace, comma, or a run of other characters. */
const TOKEN = /"(?:\\.|[^"\\])*"|'(?:\\.|[^'\\])*'|->|[{},]|[^\s{},"']+/g;

/** The last `count` tokens before `offset`, comments left out. */
function tokensBefore(text: string, offset: number, count: number): string[] {
    const window = withoutComments(text.slice(Math.max(0, offset - 400), offset));
    return (window.match(TOKEN) ?? []).slice(-count);
}

function tokenAfter(text: string, offset: number): string | undefined {
    return withoutComments(text.slice(offset, offset + 200)).match(TOKEN)?.[0];
}

/** The plain words after a two-word name, up to its `{`, title or the end of the line. */
function wordsUntilBrace(text: string, offset: number): string[] {
    const rest = /^[^\n{"]*/.exec(text.slice(offset))?.[0] ?? '';
    return rest.split(/\s+/).filter(isName);
}

function withoutComments(text: string): string {
    return text.replace(/\/\*[\s\S]*?\*\//g, ' ').replace(/\/\/[^\n\r]*/g, ' ');
}

function isName(word: string): boolean {
    return /^[_\p{L}][\p{L}\w-]*$/u.test(word);
}

function capitalised(word: string): string {
    return word.charAt(0).toUpperCase() + word.slice(1);
}

/** The last `{` without its `}` (strings and comments skipped): the declaration it opens and its line. */
function unclosedBrace(text: string): { declaration: string; line: number } | undefined {
    const open: number[] = [];
    const pattern = /"(?:\\.|[^"\\])*"?|'(?:\\.|[^'\\])*'?|\/\*[\s\S]*?(?:\*\/|$)|\/\/[^\n\r]*|[{}]/g;
    for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
        if (match[0] === '{') open.push(match.index);
        else if (match[0] === '}') open.pop();
    }
    const at = open[open.length - 1];
    if (at === undefined) return undefined;
    const lineStart = text.lastIndexOf('\n', at - 1) + 1;
    const head = text.slice(lineStart, at).match(TOKEN) ?? [];
    const declaration = head.length >= 2 && DECLARATIONS.has(head[0]!) ? `${head[0]} ${head[1]}` : 'the element';
    return { declaration, line: text.slice(0, at).split('\n').length };
}

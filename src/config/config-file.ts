/**
 * Reads the text of an `sts.config.json` and checks its shape: `extends` names
 * known presets, `rules` names known finding ids, each set to a severity or to
 * `[severity, {options}]` whose options the rule has, with values of the right
 * type. Every problem comes with the range of the offending text, so the editor
 * can underline it and the command line can print `file:line:col`.
 */
import { parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import type { Range } from 'vscode-languageserver-types';
import type { RuleOptions, SeveritySetting } from '../rules/rule.js';
import { closestName } from '../language/closest-name.js';
import { catalogue } from './catalogue.js';
import { isPreset, PRESETS, type Preset } from './presets.js';

export const CONFIG_FILE_NAME = 'sts.config.json';
export const CONFIG_ERROR = 'config-error';
export const SEVERITY_NAMES: readonly SeveritySetting[] = ['off', 'hint', 'info', 'warning', 'error'];

export interface ConfigProblem {
    readonly message: string;
    readonly range: Range;
}

export interface RuleConfig {
    readonly severity: SeveritySetting;
    readonly options: RuleOptions;
}

export interface ParsedConfig {
    readonly extends: readonly Preset[];
    readonly rules: ReadonlyMap<string, RuleConfig>;
    /** empty when the file is usable; otherwise the file is ignored and the defaults apply */
    readonly problems: readonly ConfigProblem[];
}

const TOP_LEVEL_KEYS = ['$schema', 'extends', 'rules'];

export function parseConfigText(text: string): ParsedConfig {
    const positions = new LinePositions(text);
    const problems: ConfigProblem[] = [];
    const problem = (message: string, node: { offset: number; length: number } | undefined) =>
        problems.push({ message, range: positions.range(node?.offset ?? 0, node?.length ?? 0) });
    const errors: ParseError[] = [];
    const root = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
    const syntax = errors[0];
    if (syntax) {
        problem(`${CONFIG_FILE_NAME} is not valid JSON (${describeParseError(syntax)}); the default rule settings apply until it is fixed.`, syntax);
        return { extends: [], rules: new Map(), problems };
    }
    if (!root || root.type !== 'object') {
        problem(`${CONFIG_FILE_NAME} must hold one JSON object, like { "extends": "sts:recommended", "rules": { } }.`, root);
        return { extends: [], rules: new Map(), problems };
    }
    const presets: Preset[] = [];
    const rules = new Map<string, RuleConfig>();
    for (const [key, keyNode, value] of properties(root)) {
        if (key === 'extends') readExtends(value, presets, problem);
        else if (key === 'rules') readRules(value, rules, problem);
        else if (key !== '$schema') {
            const suggestion = closestName(key, TOP_LEVEL_KEYS);
            problem(`Unknown setting "${key}"${suggestion ? `; did you mean "${suggestion}"?` : '; a configuration has "extends" and "rules".'}`, keyNode);
        }
    }
    return { extends: presets, rules, problems };
}

type Report = (message: string, node: Node | undefined) => void;

function readExtends(value: Node, presets: Preset[], problem: Report): void {
    const names = value.type === 'array' ? value.children ?? [] : [value];
    for (const name of names) {
        const preset: unknown = name.value;
        if (typeof preset !== 'string') {
            problem(`"extends" takes a preset name or a list of them: ${PRESETS.join(' or ')}.`, name);
        } else if (!isPreset(preset)) {
            problem(`Unknown preset "${preset}"; use ${PRESETS.map(known => `"${known}"`).join(' or ')}.`, name);
        } else {
            presets.push(preset);
        }
    }
}

function readRules(value: Node, rules: Map<string, RuleConfig>, problem: Report): void {
    if (value.type !== 'object') {
        problem('"rules" must be an object mapping rule ids to a severity, e.g. { "untrained-user": "error" }.', value);
        return;
    }
    const known = catalogue();
    for (const [id, keyNode, setting] of properties(value)) {
        const entry = known.get(id);
        if (!entry) {
            const suggestion = closestName(id, known.keys());
            problem(`Unknown rule "${id}"${suggestion ? `; did you mean "${suggestion}"?` : '.'}`, keyNode);
            continue;
        }
        const severityNode = setting.type === 'array' ? setting.children?.[0] : setting;
        const severity = readSeverity(id, severityNode ?? setting, problem);
        const optionsNode = setting.type === 'array' ? setting.children?.[1] : undefined;
        if (setting.type === 'array' && (setting.children?.length ?? 0) > 2) {
            problem(`Rule "${id}": write [severity] or [severity, { options }].`, setting.children?.[2]);
        }
        const options = optionsNode ? readOptions(id, entry.defaultOptions, optionsNode, problem) : {};
        if (severity) rules.set(id, { severity, options: options ?? {} });
    }
}

function readSeverity(id: string, node: Node, problem: Report): SeveritySetting | undefined {
    const value: unknown = node.value;
    if (typeof value === 'string' && (SEVERITY_NAMES as readonly string[]).includes(value)) return value as SeveritySetting;
    const given = typeof value === 'string' ? `"${value}"` : 'this';
    const suggestion = typeof value === 'string' ? closestName(value, SEVERITY_NAMES) ?? (value === 'warn' ? 'warning' : undefined) : undefined;
    problem(`Rule "${id}": ${given} is not a severity; use ${SEVERITY_NAMES.map(name => `"${name}"`).join(', ')}${suggestion ? ` (did you mean "${suggestion}"?)` : ''}, or [severity, { options }].`, node);
    return undefined;
}

function readOptions(id: string, defaults: RuleOptions, node: Node, problem: Report): RuleOptions | undefined {
    if (node.type !== 'object') {
        problem(`Rule "${id}": options must be an object, like [ "warning", { ... } ].`, node);
        return undefined;
    }
    const names = Object.keys(defaults);
    const options: Record<string, unknown> = {};
    for (const [name, keyNode, value] of properties(node)) {
        if (!(name in defaults)) {
            const suggestion = closestName(name, names);
            const known = names.length === 0 ? 'it takes no options' : `its options are ${names.join(', ')}`;
            problem(`Rule "${id}" has no option "${name}"${suggestion ? `; did you mean "${suggestion}"?` : ` (${known}).`}`, keyNode);
            continue;
        }
        const expected = typeOf(defaults[name]);
        const actual = value.type === 'null' ? 'null' : value.type;
        if (expected !== actual) {
            problem(`Rule "${id}": option "${name}" takes a ${expected} (like ${JSON.stringify(defaults[name])}), not a ${actual}.`, value);
            continue;
        }
        if (expected === 'number' && (value.value as number) < 0) {
            problem(`Rule "${id}": option "${name}" cannot be negative.`, value);
            continue;
        }
        options[name] = jsonValue(value);
    }
    return options;
}

function typeOf(value: unknown): string {
    if (Array.isArray(value)) return 'array';
    if (value === null) return 'null';
    return typeof value;
}

function jsonValue(node: Node): unknown {
    switch (node.type) {
        case 'object': return Object.fromEntries(properties(node).map(([key, , value]) => [key, jsonValue(value)]));
        case 'array': return (node.children ?? []).map(jsonValue);
        default: return node.value;
    }
}

/** The `[key, key node, value node]` triples of an object node. */
function properties(object: Node): Array<[string, Node, Node]> {
    const triples: Array<[string, Node, Node]> = [];
    for (const property of object.children ?? []) {
        const [key, value] = property.children ?? [];
        if (key && value) triples.push([String(key.value), key, value]);
    }
    return triples;
}

function describeParseError(error: ParseError): string {
    const words: Record<string, string> = {
        InvalidSymbol: 'unexpected character', InvalidNumberFormat: 'malformed number', PropertyNameExpected: 'a property name in double quotes expected',
        ValueExpected: 'a value expected', ColonExpected: 'a colon expected', CommaExpected: 'a comma expected',
        CloseBraceExpected: 'a closing } expected', CloseBracketExpected: 'a closing ] expected', EndOfFileExpected: 'text after the end of the object',
        InvalidCommentToken: 'comments are not allowed in JSON', UnexpectedEndOfComment: 'unfinished comment', UnexpectedEndOfString: 'unfinished string',
        UnexpectedEndOfNumber: 'unfinished number', InvalidUnicode: 'bad unicode escape', InvalidEscapeCharacter: 'bad escape character', InvalidCharacter: 'invalid character'
    };
    const code = printParseErrorCode(error.error);
    return words[code] ?? code;
}

/** Offsets to 0-based line/character positions. */
class LinePositions {
    private readonly starts: number[] = [0];

    constructor(text: string) {
        for (let offset = 0; offset < text.length; offset++) if (text.charCodeAt(offset) === 10) this.starts.push(offset + 1);
    }

    range(offset: number, length: number): Range {
        return { start: this.position(offset), end: this.position(offset + Math.max(length, 1)) };
    }

    private position(offset: number) {
        let low = 0;
        let high = this.starts.length - 1;
        while (low < high) {
            const middle = (low + high + 1) >> 1;
            if (this.starts[middle]! <= offset) low = middle; else high = middle - 1;
        }
        return { line: low, character: offset - this.starts[low]! };
    }
}

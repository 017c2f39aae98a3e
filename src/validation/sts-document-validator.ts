/**
 * Langium's document validator, with unresolved names reported under the rule
 * id `unresolved-reference` in words that say what kind of element is missing,
 * and a suggestion when a declared name is close; and checks run on the model's
 * root only, where the rule runner is registered.
 */
import type { AstNode, LangiumDocument, ParseResult, ValidationAcceptor, ValidationOptions } from 'langium';
import { Cancellation, DefaultDocumentValidator, DocumentValidator, interruptAndCheck, isOperationCancelled } from 'langium';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import type { StsCoreServices } from './core-services.js';
import { CHECK_FAILED, UNRESOLVED_REFERENCE } from '../rules/registry.js';
import { ruleDocsUrl } from '../config/rule-docs.js';
import { plainSyntaxMessage } from './parse-error-messages.js';

/**
 * How many missing names of one file get a "did you mean": beyond a few, the file's references broke
 * wholesale and a suggestion for each helps nobody (TypeScript's checker stops at ten too). The quick
 * fix still searches for the one diagnostic it is asked about.
 */
const SUGGESTED_PER_FILE = 10;

const KIND_WORDS: Record<string, string> = {
    Actor: 'actor',
    Tool: 'tool',
    Task: 'task',
    FlowNode: 'task or actor',
    Subject: 'process or task',
    FeedbackSource: 'actor, task or metric'
};

export class StsDocumentValidator extends DefaultDocumentValidator {
    constructor(private readonly sts: StsCoreServices) {
        super(sts);
    }

    /**
     * Langium's, with two differences that matter for very large files: the checks' findings
     * are appended one by one (Langium spreads them into `push`, which overflows the call stack
     * beyond about 120,000 findings — and it then logged the error and reported no findings at
     * all), and a check that fails is itself reported as an error at the top of the file, so a
     * failure never passes for a clean bill of health.
     */
    override async validateDocument(document: LangiumDocument, options: ValidationOptions = {}, cancelToken = Cancellation.CancellationToken.None): Promise<Diagnostic[]> {
        const parseResult = document.parseResult;
        const diagnostics: Diagnostic[] = [];
        await interruptAndCheck(cancelToken);
        if (!options.categories || options.categories.includes('built-in')) {
            const text = document.textDocument.getText();
            this.processPlainLexingErrors(text, parseResult, diagnostics, options);
            if (options.stopAfterLexingErrors && diagnostics.some(d => langiumCode(d) === DocumentValidator.LexingError)) return diagnostics;
            this.processPlainParsingErrors(text, parseResult, diagnostics, options);
            if (options.stopAfterParsingErrors && diagnostics.some(d => langiumCode(d) === DocumentValidator.ParsingError)) return diagnostics;
            this.processLinkingErrors(document, diagnostics, options);
            if (options.stopAfterLinkingErrors && diagnostics.some(d => langiumCode(d) === DocumentValidator.LinkingError)) return diagnostics;
        }
        try {
            const found = await this.validateAst(parseResult.value, options, cancelToken);
            for (const diagnostic of found) diagnostics.push(diagnostic);
        } catch (error) {
            if (isOperationCancelled(error)) throw error;
            diagnostics.push(internalErrorDiagnostic(error));
        }
        await interruptAndCheck(cancelToken);
        return diagnostics;
    }

    /**
     * Every check is registered on the model's root (the rule runner walks what it needs
     * through the system index); Langium's walk over every node to look for checks on
     * them found none and cost about 5% of a build.
     */
    protected override async validateAstNodes(rootNode: AstNode, options: ValidationOptions, acceptor: ValidationAcceptor, cancelToken?: Cancellation.CancellationToken): Promise<void> {
        for (const check of this.validationRegistry.getChecks(rootNode.$type, options.categories)) {
            await check(rootNode, acceptor, cancelToken ?? Cancellation.CancellationToken.None);
        }
    }

    /** Langium's syntax errors, each in plain words when it is one of the common slips (parse-error-messages.ts). */
    protected processPlainParsingErrors(text: string, parseResult: ParseResult, diagnostics: Diagnostic[], options: ValidationOptions): void {
        for (const error of parseResult.parserErrors) {
            const found: Diagnostic[] = [];
            // Langium's placement (an inserted token has no position: the end of the one before it).
            this.processParsingErrors({ ...parseResult, parserErrors: [error] }, found, options);
            const previous = 'previousToken' in error ? (error.previousToken as { endOffset?: number } | undefined) : undefined;
            const offset = Number.isFinite(error.token.startOffset) ? error.token.startOffset
                : previous && Number.isFinite(previous.endOffset) ? (previous.endOffset ?? 0) + 1 : text.length;
            const message = plainSyntaxMessage({ text, offset, found: error.token.image ?? '', message: error.message, rule: ruleName(error.context?.ruleStack?.at(-1)) });
            for (const diagnostic of found) diagnostics.push(message ? { ...diagnostic, message } : diagnostic);
        }
    }

    /** Langium's lexing errors (characters the language has no word for), each in plain words. */
    protected processPlainLexingErrors(text: string, parseResult: ParseResult, diagnostics: Diagnostic[], options: ValidationOptions): void {
        const found: Diagnostic[] = [];
        this.processLexingErrors(parseResult, found, options);
        for (const diagnostic of found) {
            const start = offsetAt(text, diagnostic.range.start.line, diagnostic.range.start.character);
            const end = offsetAt(text, diagnostic.range.end.line, diagnostic.range.end.character);
            const message = langiumCode(diagnostic) === DocumentValidator.LexingError
                ? plainSyntaxMessage({ text, offset: start, found: text.slice(start, Math.max(end, start + 1)), message: typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value })
                : undefined;
            diagnostics.push(message ? { ...diagnostic, message } : diagnostic);
        }
    }

    protected override processLinkingErrors(document: LangiumDocument, diagnostics: Diagnostic[], _options: ValidationOptions): void {
        const severity = this.sts.config.RuleSettings.forDocument(document).get(UNRESOLVED_REFERENCE)?.severity ?? 'error';
        if (severity === 'off') return;
        // One search per missing name and kind, and at most SUGGESTED_PER_FILE of them: a file whose references
        // broke wholesale (the declarations they named renamed, or their file deleted) compared every missing
        // name with every name of the system (minutes at 50k elements).
        const suggestions = new Map<string, string | undefined>();
        for (const reference of document.references) {
            const error = reference.error;
            if (!error) continue;
            const name = error.info.reference.$refText;
            const referenceType = this.sts.shared.AstReflection.getReferenceType(error.info);
            const kind = KIND_WORDS[referenceType] ?? referenceType.toLowerCase();
            const key = `${referenceType}\0${name}`;
            if (!suggestions.has(key)) {
                const search = suggestions.size < SUGGESTED_PER_FILE;
                suggestions.set(key, search ? this.sts.references.ScopeProvider.nameCandidates(error.info).closest(name) : undefined);
            }
            const suggestion = suggestions.get(key);
            const message = `No ${kind} named ${name} is declared${suggestion ? `; did you mean ${suggestion}?` : '.'}`;
            diagnostics.push(this.toDiagnostic(severity, message, {
                node: error.info.container,
                range: reference.$refNode?.range,
                property: error.info.property as never,
                index: error.info.index,
                code: UNRESOLVED_REFERENCE,
                codeDescription: { href: ruleDocsUrl(UNRESOLVED_REFERENCE) },
                data: {
                    code: UNRESOLVED_REFERENCE,
                    name,
                    kind: referenceType,
                    containerType: error.info.container.$type,
                    property: error.info.property
                }
            }));
        }
    }
}

/** A rule of the grammar as the parser names it in its stack (Langium adds a zero-width space to each). */
function ruleName(name: string | undefined): string | undefined {
    return name?.replace(/[^\w]/g, '');
}

/** The offset of a 0-based line and character in the text. */
function offsetAt(text: string, line: number, character: number): number {
    let offset = 0;
    for (let at = 0; at < line; at++) {
        const next = text.indexOf('\n', offset);
        if (next < 0) return text.length;
        offset = next + 1;
    }
    return offset + character;
}

/** An error (so `sts check` exits 1 and the editor shows it) at the top of the file. */
function internalErrorDiagnostic(error: unknown): Diagnostic {
    const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    return {
        severity: DiagnosticSeverity.Error,
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
        message: `The checks of this file stopped with an internal error (${reason}); its findings are incomplete. Please report this.`,
        code: CHECK_FAILED,
        source: 'sts',
        data: { code: CHECK_FAILED }
    };
}

/** The kind of problem Langium's own checks put into a diagnostic's data (lexing, parsing, linking error). */
function langiumCode(diagnostic: Diagnostic): unknown {
    return (diagnostic.data as { code?: unknown } | undefined)?.code;
}

/**
 * `apply_quick_fix`: the editor's quick fixes for one finding (the same code
 * actions as Ctrl+.), shown as a unified diff. It writes the files only when
 * asked with `write: true`; an "Ignore … with a reason" fix is written only with
 * the reason given, so no suppression goes in without one.
 */
import { renameSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import type { LangiumDocument } from 'langium';
import { URI } from 'langium';
import type { CodeAction, Diagnostic, TextEdit, WorkspaceEdit } from 'vscode-languageserver-types';
import { displayPath } from '../../workspace/display-path.js';
import { messageOf, ruleOf, severityOf } from '../../validation/diagnostic-findings.js';
import { objectSchema } from '../arguments.js';
import type { ModelAccess } from '../model-access.js';
import { ToolError, type ToolDefinition } from '../tool.js';
import { unifiedDiff, applyEdits } from '../unified-diff.js';

export const applyQuickFixTool: ToolDefinition = {
    name: 'apply_quick_fix',
    title: 'Quick fix for a finding',
    description: 'Lists the quick fixes the editor offers for a finding (at file and line, optionally of one rule) and shows the chosen one as a unified diff. '
        + 'Nothing is written unless write is true. An "Ignore ... with a reason" fix needs the reason.',
    inputSchema: objectSchema({
        file: { type: 'string', description: 'The .sts file of the finding, relative to the workspace folder (as findings show it).' },
        line: { type: 'integer', minimum: 1, description: 'The line of the finding (1-based, as findings show it).' },
        rule: { type: 'string', description: 'The rule id of the finding, when the line has several.' },
        fix: { type: 'integer', minimum: 1, description: 'Which fix (1-based, as listed); default: the preferred one, else the first.' },
        reason: { type: 'string', description: 'For an "Ignore ... with a reason" fix: the reason written into the sts-ignore comment.' },
        write: { type: 'boolean', description: 'true: write the change into the files. Default false: only show the diff.' }
    }, ['file', 'line']),
    readOnly: false,
    async run(args, model) {
        const document = documentAt(model, args['file'] as string);
        const diagnostic = findingAt(document, args['line'] as number, args['rule'] as string | undefined, model.root);
        const rule = ruleOf(diagnostic);
        const actions = (await model.services.lsp.CodeActionProvider?.getCodeActions(document, {
            textDocument: { uri: document.uri.toString() },
            range: diagnostic.range,
            context: { diagnostics: [diagnostic] }
        }) ?? []).filter((action): action is CodeAction => 'edit' in action && action.edit !== undefined);
        if (actions.length === 0) throw new ToolError(`The ${rule} finding at ${displayPath(document.uri.toString(), model.root)}:${String(args['line'])} has no quick fix; it needs a decision about the work itself (explain_rule ${rule} says what to consider).`);
        const choice = args['fix'] as number | undefined;
        if (choice !== undefined && choice > actions.length) throw new ToolError(`There ${actions.length === 1 ? 'is 1 fix' : `are ${actions.length} fixes`}; 'fix' must be 1 to ${actions.length}.`);
        const position = choice !== undefined ? choice - 1 : Math.max(0, actions.findIndex(action => action.isPreferred));
        const action = actions[position]!;
        const reason = args['reason'] as string | undefined;
        const isIgnore = action.title.startsWith('Ignore ');
        const files = editsByFile(action.edit!, isIgnore ? reason : undefined, model);
        const diff = files.map(file => unifiedDiff(file.display, file.text, file.edits)).join('');
        const write = args['write'] === true;
        if (write && isIgnore && (reason === undefined || reason.trim() === '')) throw new ToolError(`"${action.title}" writes an sts-ignore comment: give the 'reason' it should say.`);
        if (write && model.applyEdit) {
            const applied = await model.applyEdit({ changes: Object.fromEntries(files.map(file => [file.uri, file.edits])) });
            if (!applied) throw new ToolError('The editor did not apply the change (the file may have changed meanwhile); ask again.');
        } else if (write) {
            for (const file of files) writeWhole(file.path, applyEdits(file.text, file.edits));
        }
        const listing = actions.map((candidate, index) => `${index + 1}. ${candidate.title}${index === position ? '  <- shown' : ''}`);
        const text = [
            `${severityOf(diagnostic)} ${rule} at ${displayPath(document.uri.toString(), model.root)}:${diagnostic.range.start.line + 1}: ${messageOf(diagnostic)}`,
            'Quick fixes:', ...listing, '',
            write ? `Written to ${files.map(file => file.display).join(', ')}:` : 'The change (not written; call again with write: true to apply it):',
            '```diff', diff.trimEnd(), '```'
        ].join('\n');
        return { text, data: { rule, fixes: actions.map(candidate => candidate.title), chosen: position + 1, diff, written: write ? files.map(file => file.display) : [] } };
    }
};

function documentAt(model: ModelAccess, file: string): LangiumDocument {
    const wanted = path.resolve(model.root, file);
    const document = model.documents().find(candidate => candidate.uri.fsPath === wanted);
    if (document) return document;
    const known = model.documents().map(candidate => displayPath(candidate.uri.toString(), model.root));
    throw new ToolError(`'${file}' is not an .sts file of the workspace. Files: ${known.slice(0, 20).join(', ')}${known.length > 20 ? ', …' : ''}.`);
}

function findingAt(document: LangiumDocument, line: number, rule: string | undefined, root: string): Diagnostic {
    const diagnostics = document.diagnostics ?? [];
    const onLine = diagnostics.filter(diagnostic => diagnostic.range.start.line + 1 === line && (rule === undefined || ruleOf(diagnostic) === rule));
    const display = displayPath(document.uri.toString(), root);
    if (onLine.length === 0) {
        const lines = diagnostics.map(diagnostic => `${diagnostic.range.start.line + 1} ${ruleOf(diagnostic)}`);
        throw new ToolError(`No ${rule ?? ''}${rule ? ' ' : ''}finding at ${display}:${line}.${lines.length > 0 ? ` Findings of the file (line rule): ${lines.slice(0, 30).join('; ')}.` : ' The file has no findings.'}`);
    }
    const rules = [...new Set(onLine.map(ruleOf))];
    if (rules.length > 1) throw new ToolError(`${display}:${line} has findings of ${rules.join(', ')}; say which with 'rule'.`);
    return onLine[0]!;
}

interface FileEdits {
    readonly uri: string;
    readonly path: string;
    readonly display: string;
    readonly text: string;
    readonly edits: TextEdit[];
}

/** The workspace edit, file by file, with the current text of each; the reason filled in for an ignore comment. */
function editsByFile(edit: WorkspaceEdit, reason: string | undefined, model: ModelAccess): FileEdits[] {
    const byUri = new Map<string, TextEdit[]>();
    for (const [uri, edits] of Object.entries(edit.changes ?? {})) byUri.set(uri, [...edits]);
    for (const change of edit.documentChanges ?? []) {
        if (!('textDocument' in change)) continue;
        const list = byUri.get(change.textDocument.uri) ?? [];
        for (const item of change.edits) list.push({ range: item.range, newText: 'newText' in item ? item.newText : (item as { snippet: { value: string } }).snippet.value });
        byUri.set(change.textDocument.uri, list);
    }
    return [...byUri].map(([uri, edits]) => {
        const document = model.documents().find(candidate => candidate.uri.toString() === uri);
        const filled = reason === undefined ? edits : edits.map(item => ({ ...item, newText: item.newText.replace(/(sts-ignore [\w-]+: )reason\n/, (_all, head: string) => `${head}${reason.replace(/\s+/g, ' ').trim()}\n`) }));
        return { uri, path: URI.parse(uri).fsPath, display: displayPath(uri, model.root), text: document?.textDocument.getText() ?? '', edits: filled };
    });
}

/** Beside the target, then renamed over it: a failure never leaves half a file. */
function writeWhole(file: string, text: string): void {
    const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
    try {
        writeFileSync(temporary, text, 'utf8');
        renameSync(temporary, file);
    } catch (error) {
        rmSync(temporary, { force: true });
        throw new ToolError(`${file} cannot be written (${(error as NodeJS.ErrnoException).code ?? 'unknown error'}).`);
    }
}

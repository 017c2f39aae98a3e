/**
 * unresolved-reference: "Change to <closest name>" when a declared name of the
 * right kind is close (a typo), and "Create <kind> <name>" for each kind the
 * reference accepts (only tools after `uses`, a task or an actor in a handoff).
 * The new element goes after the last element of its kind in the file, so the
 * file stays grouped the way the author grouped it.
 */
import { isValidName } from '../../language/names.js';
import type { CodeAction } from 'vscode-languageserver-types';
import type { Element } from '../../language/generated/ast.js';
import { closestName } from '../../language/closest-name.js';
import { addElementAfter } from './element-edits.js';
import { fact, quickFix, type QuickFixContext } from './quick-fix.js';

/** The element kinds a reference of each type may point to, most likely first. */
const CREATABLE: Record<string, readonly Element['$type'][]> = {
    Actor: ['Actor'],
    Tool: ['Tool'],
    Task: ['Task'],
    Process: ['Process'],
    FlowNode: ['Task', 'Actor'],
    Subject: ['Process', 'Task'],
    FeedbackSource: ['Actor', 'Task', 'Metric']
};

export function unresolvedReferenceFixes(context: QuickFixContext): CodeAction[] {
    const name = fact(context, 'name');
    const kind = fact(context, 'kind');
    if (!name || !kind || !isValidName(name)) return [];
    const kinds = CREATABLE[kind] ?? [];
    const actions: CodeAction[] = [];
    const candidates = context.index.models.flatMap(model => model.elements).filter(element => kinds.includes(element.$type)).map(element => element.name);
    const suggestion = closestName(name, candidates);
    if (suggestion) {
        actions.push({
            title: `Change to ${suggestion}`,
            kind: 'quickfix',
            diagnostics: [context.diagnostic],
            isPreferred: true,
            edit: { changes: { [context.document.uri.toString()]: [{ range: context.diagnostic.range, newText: suggestion }] } }
        });
    }
    for (const type of kinds) {
        const keyword = type.toLowerCase();
        const siblings = context.document.parseResult.value.elements.filter(element => element.$type === type);
        const after = siblings[siblings.length - 1];
        actions.push(quickFix(`Create ${keyword} ${name}`, [context.diagnostic],
            [addElementAfter(context.document, after, `${keyword} ${name}`)], false, !suggestion && type === kinds[0]));
    }
    return actions;
}

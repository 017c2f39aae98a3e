/**
 * untrained-user: "Add training: <actor> trained on <tool>". Extends the actor's
 * `trained on` list, or adds the line (and a block, if the actor has none) —
 * in whichever file of the system declares the actor.
 *
 * "Fix all in the file" is offered: adding the training a finding names is the
 * only fix it can mean, and several findings about one actor merge into one edit.
 */
import type { CodeAction, Diagnostic } from 'vscode-languageserver-types';
import type { Actor } from '../../language/generated/ast.js';
import { isActor } from '../../language/generated/ast.js';
import type { SystemIndex } from '../../model/system-index.js';
import { appendToList, type Insertion } from './element-edits.js';
import { ruleOf } from '../../validation/diagnostic-findings.js';
import { declared, fact, quickFix, type QuickFixContext } from './quick-fix.js';

export function untrainedUserFixes(context: QuickFixContext): CodeAction[] {
    const actor = declared(context.index, fact(context, 'actor'), isActor);
    const tool = fact(context, 'tool');
    if (!actor || !tool) return [];
    const actions = [quickFix(`Add training: ${actor.name} trained on ${tool}`, [context.diagnostic], [addTraining(actor, [tool])], false, true)];
    const all = context.allDiagnostics.filter(diagnostic => ruleOf(diagnostic) === 'untrained-user');
    if (all.length > 1) {
        const insertions = trainingForAll(context.index, all);
        if (insertions.length > 0) actions.push(quickFix(`Add all missing training in this file (${all.length} findings)`, all, insertions, false));
    }
    return actions;
}

export function addTraining(actor: Actor, tools: readonly string[]): Insertion {
    return appendToList(actor, 'trainedOn', 'trained on', tools);
}

/** One insertion per actor, naming each missing tool once. */
function trainingForAll(index: SystemIndex, diagnostics: readonly Diagnostic[]): Insertion[] {
    const toolsOf = new Map<Actor, Set<string>>();
    for (const diagnostic of diagnostics) {
        const data = (diagnostic.data ?? {}) as Record<string, unknown>;
        const actor = typeof data['actor'] === 'string' ? declared(index, data['actor'], isActor) : undefined;
        const tool = data['tool'];
        if (!actor || typeof tool !== 'string') continue;
        let tools = toolsOf.get(actor);
        if (!tools) toolsOf.set(actor, tools = new Set());
        tools.add(tool);
    }
    return [...toolsOf].map(([actor, tools]) => addTraining(actor, [...tools]));
}

/**
 * missing-feedback-loop: "Add a feedback loop" (feedback about the process
 * reaching its owner) and "Add a metric" (an owned, reviewed metric measuring
 * it), each inserted after the process with placeholders to tab through.
 * The plain-text form (clients without snippet edits) already closes the loop.
 */
import type { CodeAction } from 'vscode-languageserver-types';
import type { Actor, Process } from '../../language/generated/ast.js';
import { isProcess } from '../../language/generated/ast.js';
import type { SystemIndex } from '../../model/system-index.js';
import { freeName, ownerText, processAnswerer } from './candidates.js';
import { addElementAfter } from './element-edits.js';
import { declared, fact, quickFix, type QuickFixContext } from './quick-fix.js';

export function missingFeedbackLoopFixes(context: QuickFixContext): CodeAction[] {
    const process = declared(context.index, fact(context, 'process'), isProcess);
    if (!process) return [];
    const owner = processAnswerer(context.index, process);
    const ownerName = ownerText(context.index, owner, 9);
    // Nobody of the business could receive the feedback or own the metric: any loop written here would be a new finding.
    if (ownerName === undefined) return [];
    const source = feedbackSource(context.index, process, owner);
    const feedbackName = freeName(context.index, `${process.name}Feedback`);
    const metricName = freeName(context.index, `${process.name}Measure`);
    const feedback = [
        `feedback \${1:${feedbackName}} "\${2:How ${process.name} is going}" {`,
        `  from \${3:${source}} to ${ownerName}`,
        `  about ${process.name}`,
        `  every \${4|week,month,day,quarter|}`,
        `}`
    ].join('\n');
    const metric = [
        `metric \${1:${metricName}} "\${2:What tells whether ${process.name} works}" {`,
        `  measures ${process.name}`,
        `  target "\${3:the target}"`,
        `  owner ${ownerName}`,
        `  review \${4|weekly,monthly,daily,quarterly,yearly|}`,
        `}`
    ].join('\n');
    return [
        quickFix(`Add a feedback loop: feedback about ${process.name} to ${owner?.name ?? 'its owner'}`, [context.diagnostic],
            [addElementAfter(context.document, process, feedback, true)], context.snippets, true),
        quickFix(`Add a metric measuring ${process.name}, owned by ${owner?.name ?? 'its owner'} and reviewed`, [context.diagnostic],
            [addElementAfter(context.document, process, metric, true)], context.snippets)
    ];
}

/** Who the feedback plausibly comes from: a customer (a client, guest, patient: docs/people.md), else the last step's owner, else the owner. */
function feedbackSource(index: SystemIndex, process: Process, owner: Actor | undefined): string {
    const customer = index.actors.find(actor => index.people.standing(actor) === 'customer');
    if (customer) return customer.name;
    const tasks = [...index.tasksOf(process)];
    const last = tasks[tasks.length - 1];
    return last?.name ?? owner?.name ?? 'Someone';
}

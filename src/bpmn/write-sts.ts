/**
 * An ImportedModel as .sts text (before the formatter lays it out): the list
 * of what was not expressed first, then the people, the tools, and each
 * process preceded by its tasks. Documentation becomes `//` comments above
 * its element; the conditions an arrow was flattened through, a comment above
 * the arrow.
 */
import type { ImportedActor, ImportedFlow, ImportedModel, ImportedProcess, ImportedTask, ImportedTool } from './imported-model.js';

export function writeSts(model: ImportedModel): string {
    const lines: string[] = [];
    lines.push(`// Imported from ${model.sources.join(', ')} by \`sts import bpmn\`.`);
    if (model.notExpressed.length === 0) {
        lines.push('// Everything in the map has a place in this model.');
    } else {
        lines.push('// Not expressed in this model (the rest of the map is):');
        for (const note of model.notExpressed) lines.push(`// - ${oneLine(note)}`);
    }
    lines.push('', `system ${model.system.name}${title(model.system.title)}`, '');
    const staff = model.actors.filter(actor => actor.kind !== 'external');
    const outside = model.actors.filter(actor => actor.kind === 'external');
    for (const actor of [...staff, ...outside]) {
        for (const line of comments(actor.comments, '')) lines.push(line);
        lines.push(actorLine(actor));
    }
    if (model.actors.length > 0) lines.push('');
    for (const tool of model.tools) {
        for (const line of comments(tool.comments, '')) lines.push(line);
        lines.push(toolLine(tool));
    }
    if (model.tools.length > 0) lines.push('');
    const tasks = new Map(model.tasks.map(task => [task.name, task]));
    const written = new Set<string>();
    for (const process of model.processes) {
        // a task in several processes is declared once, before the first
        for (const name of process.tasks) if (!written.has(name)) for (const line of taskLines(tasks.get(name)!)) lines.push(line);
        for (const name of process.tasks) written.add(name);
        lines.push('');
        for (const line of processLines(process)) lines.push(line);
        lines.push('');
    }
    return lines.join('\n') + '\n';
}

function actorLine(actor: ImportedActor): string {
    const attributes: string[] = [];
    if (actor.kind) attributes.push(`kind ${actor.kind}`);
    if (actor.members.length > 0) attributes.push(`members ${actor.members.join(', ')}`);
    return `actor ${actor.name}${title(actor.title)}${attributes.length ? ` { ${attributes.join('  ')} }` : ''}`;
}

function toolLine(tool: ImportedTool): string {
    return `tool ${tool.name}${title(tool.title)} { kind ${tool.kind} }`;
}

function taskLines(task: ImportedTask): string[] {
    const attributes: string[] = [];
    if (task.owner) attributes.push(`owner ${task.owner}`);
    if (task.performers.length > 0) attributes.push(`performed by ${task.performers.join(', ')}`);
    if (task.uses.length > 0) attributes.push(`uses ${task.uses.join(', ')}`);
    if (task.handles.length > 0) attributes.push(`handles ${task.handles.join(', ')}`);
    if (task.automatedBy) attributes.push(`automated by ${task.automatedBy}`);
    const head = `task ${task.name}${title(task.title)}`;
    return [...comments(task.comments, ''), attributes.length ? `${head} { ${attributes.join('  ')} }` : head];
}

function processLines(process: ImportedProcess): string[] {
    const lines = [...comments(process.comments, ''), `process ${process.name}${title(process.title)} {`];
    if (process.triggers.length > 0) lines.push(`  trigger ${quote(process.triggers.join('; '))}`);
    if (process.outcomes.length > 0) lines.push(`  outcome ${quote(process.outcomes.join('; '))}`);
    const inFlows = new Set(process.flows.flatMap(flow => [flow.from, flow.to]));
    const alone = process.tasks.filter(task => !inFlows.has(task));
    if (alone.length > 0) lines.push(`  tasks ${alone.join(', ')}`);
    for (const flow of process.flows) for (const line of flowLines(flow)) lines.push(line);
    lines.push('}');
    return lines;
}

function flowLines(flow: ImportedFlow): string[] {
    return [...comments(flow.comment ? [flow.comment] : [], '  '), `  ${flow.from} -> ${flow.to}${flow.item ? ` ${quote(flow.item)}` : ''}`];
}

function comments(texts: readonly string[], indent: string): string[] {
    return texts.map(text => `${indent}// ${oneLine(text)}`);
}

function title(text: string | undefined): string {
    return text ? ` ${quote(text)}` : '';
}

/** A .sts string: backslashes and double quotes escaped, on one line. */
export function quote(text: string): string {
    return `"${oneLine(text).replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

function oneLine(text: string): string {
    return text.replace(/\s+/g, ' ').trim();
}

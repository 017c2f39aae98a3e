import type { Task, Tool } from '../language/generated/ast.js';
import { label } from '../model/labels.js';
import type { Handoff, SystemIndex } from '../model/system-index.js';
import { carriesData, couldAutomate, isHandsOn } from '../model/tool-kinds.js';
import { defineRule } from './rule.js';

/**
 * Human-centred design from the source article: automate the repetitive,
 * rule-based, error-prone work, and keep people on the rest. A manual task marked
 * rule-based, or repetitive, that is done in software is a candidate: that software
 * (or, for rule-based work done with no tool, software its owner already works with)
 * might do it. Hands-on work is never proposed for automation by a tool: work with a
 * machine, equipment or a device (cleaning, mowing, sterilising, counting stock with a
 * scanner), and work whose result is a physical thing — a task that hands something
 * `physical` on (packing a parcel, repairing a bike) or by van, or that hands nothing on
 * and only takes things in (shelving returns) — however much software it uses.
 */
export const automationCandidate = defineRule({
    id: 'automation-candidate',
    title: 'a manual, repetitive or rule-based task whose owner\'s tools could do it',
    area: 'automation',
    defaultSeverity: 'hint',
    presets: { 'sts:all': 'warning' },
    scope: 'local',
    description: 'A manual, repetitive or rule-based task whose owner\'s tools could do it.',
    anchor: 'human-centred design: automate the repetitive, rule-based, error-prone',
    defaultOptions: {},
    check({ model, index, report }) {
        for (const task of model.elements) {
            if (task.$type !== 'Task' || task.automatedBy || !(task.repetitive || task.ruleBased)) continue;
            const used = task.uses.map(reference => reference.ref).filter((tool): tool is Tool => tool !== undefined);
            if (used.some(isHandsOn) || handsOnAThing(task, index)) continue;
            const tools = new Set<Tool>(used.filter(couldAutomate));
            const owner = task.owner?.ref;
            if (tools.size === 0 && task.uses.length === 0 && task.ruleBased && owner) {
                for (const tool of index.trainedTools(owner)) if (couldAutomate(tool)) tools.add(tool);
            }
            if (tools.size === 0) continue;
            const traits = [task.repetitive && 'repetitive', task.ruleBased && 'rule-based', task.errorProne && 'error-prone'].filter(Boolean).join(', ');
            const names = [...tools].map(tool => tool.name);
            const answering = owner && index.people.canAnswerFor(owner) ? `${owner.name} still answering for it` : 'a person of the business still answering for it';
            report({
                node: task, property: 'name',
                message: `Let software do ${label(task)}: it is done by hand but is ${traits}, and ${names.join(' or ')} might do it. Consider 'automated by ${names[0]}', with ${answering} and a fallback for when it fails.`,
                data: { task: task.name, tools: names }
            });
        }
    }
});

/**
 * The task's result is a physical thing: it hands something on as a thing (`physical`, or by
 * van: a parcel, a repaired bike, a patient) — or, handing nothing on, it only takes things in.
 */
function handsOnAThing(task: Task, index: SystemIndex): boolean {
    const out = index.handoffsFromNode(task);
    if (out.length > 0) return out.some(isThing);
    const into = index.handoffsToNode(task);
    return into.length > 0 && into.every(isThing);
}

/** A thing changes hands, not data: a `physical` handoff, or one through a machine or vehicle. */
function isThing(handoff: Handoff): boolean {
    return handoff.flow.physical || (handoff.via !== undefined && !carriesData(handoff.via));
}

import type { Actor, Tool } from '../language/generated/ast.js';
import { label } from '../model/labels.js';
import type { ToolPlace } from '../model/people.js';
import type { SystemIndex } from '../model/system-index.js';
import { defineRule, type RelatedElement } from './rule.js';
import { perSystem } from './shared/per-system.js';
import { listWords } from './shared/people.js';
import { locationOf, modelOf, placeWords } from './shared/tool-places.js';

/**
 * Someone who must work a tool was never trained on it (docs/people.md): the performers
 * of a task that uses it (its owner when nobody else performs it), whoever sends a handoff
 * through it, the fallback and escalation people of a task that depends on it, and the owner
 * of a task it does automatically. Not customers, not agents, not a team whose members are
 * all trained, not a tool that `needs no training`. One finding per person and tool, at the
 * first place they work it, with every place in the related information.
 */
export const untrainedUser = defineRule({
    id: 'untrained-user',
    title: 'an actor owns or performs a task that uses a tool they have no training on',
    area: 'people & training',
    defaultSeverity: 'warning',
    fixes: ['add-training'],
    scope: 'local',
    description: 'Someone owns or performs a task that uses a tool they were never trained on.',
    anchor: 'Work System Framework: participants and technologies',
    defaultOptions: {},
    check({ model, index, report }) {
        for (const gap of trainingGaps(index)) {
            const first = gap.places[0]!;
            if (modelOf(first) !== model) continue;
            const { actor, tool } = gap;
            const onlyAutomation = gap.places.every(place => place.work === 'automation');
            // the same handoff line in several processes is one thing the person does
            const phrases = [...new Set(gap.places.map(placeWords))];
            const doing = listWords(phrases.slice(0, 3)) + (phrases.length > 3 ? ` and ${phrases.length - 3} more` : '');
            report({
                ...locationOf(first),
                message: onlyAutomation
                    ? `Train ${actor.name} on ${label(tool)}: ${actor.name} ${doing}, but was never trained on ${tool.name}, so nobody who answers for the automation understands it (add 'trained on ${tool.name}' to ${actor.name}).`
                    : `Train ${actor.name} on ${label(tool)}: ${actor.name} ${doing}, but was never trained on ${tool.name} (add 'trained on ${tool.name}' to ${actor.name}).`,
                related: relatedOf(gap),
                data: { actor: actor.name, tool: tool.name, task: first.task?.name ?? first.handoff?.from.name },
                ...(onlyAutomation ? { severity: 'info' as const } : {})
            });
        }
    }
});

interface TrainingGap {
    readonly actor: Actor;
    readonly tool: Tool;
    /** every place the actor works the tool, in the order of the model */
    readonly places: readonly ToolPlace[];
}

/** Every person × tool without training, once per system. */
const trainingGaps = perSystem((index: SystemIndex): TrainingGap[] => {
    const gaps: TrainingGap[] = [];
    const people = index.people;
    for (const tool of new Set(index.tools)) {
        const byActor = new Map<Actor, ToolPlace[]>();
        for (const place of people.toolPlaces(tool)) {
            if (people.isTrained(place.actor, tool)) continue;
            const places = byActor.get(place.actor);
            if (places) places.push(place); else byActor.set(place.actor, [place]);
        }
        for (const [actor, places] of byActor) gaps.push({ actor, tool, places });
    }
    return gaps;
});

/** The places a reader jumps to: every place the person works the tool, the tool, and the person. */
function relatedOf(gap: TrainingGap): RelatedElement[] {
    const related: RelatedElement[] = gap.places.map(place => {
        const location = locationOf(place);
        return { node: location.node, ...(location.property ? { property: location.property } : {}), message: `${gap.actor.name} ${placeWords(place)}` };
    });
    related.push({ node: gap.tool, property: 'name', message: `the tool ${gap.tool.name}` });
    related.push({ node: gap.actor, property: 'name', message: `${gap.actor.name}: not trained on ${gap.tool.name}` });
    return related;
}

import type { Actor } from '../language/generated/ast.js';
import { defineRule } from './rule.js';
import { listWords } from './shared/people.js';
import { doersOf } from './skill-gap.js';

/**
 * iStar: the dependee must be able to deliver. When a task names its performers,
 * work handed to it lands with them; a performer who lacks a skill the task needs
 * is reported once per task, on the performer (not once per incoming handoff).
 * When nobody doing the task has the skill, that is skill-gap's (or
 * unstaffed-skill's) finding instead, so it is not reported twice.
 */
export const handoffSkillGap = defineRule({
    id: 'handoff-skill-gap',
    title: 'the receiver of a handoff lacks a skill the receiving task needs',
    area: 'people & training',
    defaultSeverity: 'warning',
    fixes: ['add-skill'],
    scope: 'local',
    description: 'The receiver of a handoff lacks a skill the receiving task needs.',
    anchor: 'iStar: the dependee must be able to deliver',
    defaultOptions: {},
    check({ model, index, report }) {
        for (const task of model.elements) {
            if (task.$type !== 'Task' || task.performers.length === 0 || task.needs.length === 0) continue;
            const incoming = index.handoffsToNode(task);
            if (incoming.length === 0) continue;
            const doers = doersOf(task);
            const skills = [...new Set(task.needs)].filter(skill => doers.some(actor => index.hasSkill(actor, skill)));
            const reported = new Set<Actor>();
            task.performers.forEach((reference, position) => {
                const performer = reference.ref;
                if (!performer || reported.has(performer)) return;
                reported.add(performer);
                const missing = skills.filter(skill => !index.hasSkill(performer, skill));
                if (missing.length === 0) return;
                const holders = [...new Set(doers.filter(actor => actor !== performer && missing.every(skill => index.hasSkill(actor, skill))).map(actor => actor.name))];
                const senders = [...new Set(incoming.map(handoff => handoff.from.name))];
                report({
                    node: task, property: 'performers', index: position,
                    message: `Work handed to ${task.name} (from ${listWords(senders)}) lands with ${performer.name}, who performs it without the ${missing.length === 1 ? 'skill' : 'skills'} ${listWords(missing)} it needs${holders.length > 0 ? ` (${listWords(holders)} ${holders.length === 1 ? 'has' : 'have'} ${missing.length === 1 ? 'it' : 'them'})` : ''}. Train ${performer.name} in ${listWords(missing)}, or leave ${task.name} to those who have ${missing.length === 1 ? 'it' : 'them'}.`,
                    data: { task: task.name, actor: performer.name, skill: missing[0], skills: missing, from: senders[0] }
                });
            });
        }
    }
});

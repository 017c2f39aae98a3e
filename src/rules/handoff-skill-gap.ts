import { isTask } from '../language/generated/ast.js';
import { handoffRange } from '../model/system-index.js';
import { defineRule } from './rule.js';
import { doersOf } from './skill-gap.js';

/**
 * iStar: the dependee must be able to deliver. When a task names its performers,
 * work handed to it lands with them; a performer who lacks a skill the task needs
 * is reported on the handoff. When nobody doing the task has the skill, that is
 * skill-gap's (or unstaffed-skill's) finding instead, so it is not reported twice.
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
        for (const process of model.elements) {
            if (process.$type !== 'Process') continue;
            for (const handoff of index.handoffsIn(process)) {
                const task = handoff.to;
                if (!isTask(task) || task.performers.length === 0) continue;
                const doers = doersOf(task);
                for (const skill of new Set(task.needs)) {
                    if (!doers.some(actor => index.hasSkill(actor, skill))) continue;
                    for (const performer of task.performers) {
                        const receiver = performer.ref;
                        if (!receiver || index.hasSkill(receiver, skill)) continue;
                        report({
                            node: handoff.flow, range: handoffRange(handoff),
                            message: `Work handed to ${task.name} reaches ${receiver.name}, who performs it, but ${receiver.name} lacks the skill ${skill} it needs. Add '${skill}' to ${receiver.name}'s skills, or hand the work to someone who has it.`,
                            data: { task: task.name, actor: receiver.name, skill, from: handoff.from.name, process: process.name }
                        });
                    }
                }
            }
        }
    }
});

import type { Actor, Subject } from '../language/generated/ast.js';
import type { SystemIndex } from '../model/system-index.js';
import { label } from '../model/labels.js';
import { defineRule } from './rule.js';
import { listWords } from './shared/people.js';

/**
 * STPA: feedback must reach the controller. Feedback about a process should reach
 * its owner or an owner of one of its tasks; feedback about a task, its owner or
 * the owner of a process it belongs to; directly or as a member of a team that
 * does. Otherwise nobody can act on it.
 */
export const feedbackReachesNoOwner = defineRule({
    id: 'feedback-reaches-no-owner',
    title: 'feedback whose receiver owns nothing in what it is about',
    area: 'feedback & measurement',
    defaultSeverity: 'warning',
    fixes: ['send-to-owner'],
    scope: 'model',
    description: 'Feedback whose receiver owns nothing in what it is about.',
    anchor: 'STPA: feedback must reach the controller',
    defaultOptions: {},
    check({ model, index, report }) {
        for (const feedback of model.elements) {
            if (feedback.$type !== 'Feedback') continue;
            const subjects = feedback.about.map(reference => reference.ref).filter((subject): subject is Subject => subject !== undefined);
            if (subjects.length === 0 || feedback.about.length !== subjects.length) continue;
            const owners = ownersOf(index, subjects);
            const receiver = feedback.target?.ref;
            if (receiver && reaches(index, receiver, owners)) continue;
            const about = listWords(subjects.map(subject => subject.name));
            const ownerWords = owners.size > 0 ? listWords([...owners].map(actor => actor.name)) : undefined;
            const send = ownerWords ? `Send it to ${ownerWords}.` : `Name an owner of ${about} first, then send it to them.`;
            report({
                ...(receiver ? { node: feedback, property: 'target' } : { node: feedback, property: 'name' }),
                message: receiver
                    ? `${label(feedback)} goes to ${receiver.name}, ${index.people.canAnswerFor(receiver) ? `who owns nothing in ${about}` : `who is not one of the business's people`}, so nobody who can change ${about} hears it. ${send}`
                    : `${label(feedback)} about ${about} goes to no one, so nobody who can change it hears it. ${ownerWords ? `Add 'to' with ${ownerWords}.` : send}`,
                data: { feedback: feedback.name, receiver: receiver?.name, owners: [...owners].map(actor => actor.name) }
            });
        }
    }
});

/** For a process: its owner and the owners of its tasks; for a task: its owner and the owners of its processes (docs/people.md). */
function ownersOf(index: SystemIndex, subjects: readonly Subject[]): Set<Actor> {
    const owners = new Set<Actor>();
    for (const subject of subjects) for (const owner of index.people.ownersOf(subject)) owners.add(owner);
    return owners;
}

/** The receiver is an owner, or a member (through teams) of an owning team. */
function reaches(index: SystemIndex, receiver: Actor, owners: ReadonlySet<Actor>): boolean {
    return index.people.reaches(receiver, owners);
}

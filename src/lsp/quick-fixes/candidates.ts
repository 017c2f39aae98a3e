/**
 * Who to offer when a fix is a choice of person: the business's own people,
 * the likeliest first (those already working with the tool, or owning what is
 * measured), with the reason in the action's title.
 */
import type { CodeAction } from 'vscode-languageserver-types';
import type { Actor, Element, Tool } from '../../language/generated/ast.js';
import type { SystemIndex } from '../../model/system-index.js';
import { addAttribute } from './element-edits.js';
import { quickFix, type QuickFixContext } from './quick-fix.js';

/** The language's own kinds of people (person is the default); customers, outside parties and agents cannot stand in or oversee. */
const PEOPLE_KINDS = new Set(['person', 'role', 'team']);
export const isPeople = (actor: Actor) => PEOPLE_KINDS.has(actor.kind ?? 'person');
/** Enough choices to cover a small business; the rest can be typed. */
export const MAX_CANDIDATES = 12;

export function peopleWorkingWith(index: SystemIndex, tool: Tool): Set<Actor> {
    const people = new Set<Actor>();
    for (const actor of index.actors) if (index.isTrainedOn(actor, tool)) people.add(actor);
    for (const task of index.tasksUsingTool(tool)) if (task.owner?.ref) people.add(task.owner.ref);
    return people;
}

export function assignOwner(context: QuickFixContext, element: Element, first: ReadonlySet<Actor>, reason: string): CodeAction[] {
    const ordered = [...context.index.actors.filter(actor => first.has(actor)), ...context.index.actors.filter(actor => !first.has(actor))];
    return ordered.filter(actor => actor.name).slice(0, MAX_CANDIDATES).map((actor, position) =>
        quickFix(`Assign owner: ${actor.name}${first.has(actor) ? ` (${reason})` : ''}`, [context.diagnostic],
            [addAttribute(element, `owner ${actor.name}`)], false, position === 0 && first.has(actor)));
}

export function freeName(index: SystemIndex, wanted: string): string {
    if (index.declared(wanted).length === 0) return wanted;
    for (let number = 2; ; number++) if (index.declared(`${wanted}${number}`).length === 0) return `${wanted}${number}`;
}

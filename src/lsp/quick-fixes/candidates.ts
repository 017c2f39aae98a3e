/**
 * Who to offer when a fix is a choice of person: only the business's people who
 * can answer for work (docs/people.md, `index.people.canAnswerFor`) — never a
 * customer, an outside party, a supplier, an agent or a role nobody fills — the
 * likeliest first (those already working with the tool, or owning what is
 * measured), with the reason in the action's title.
 */
import type { CodeAction } from 'vscode-languageserver-types';
import type { Actor, Element, Process, Tool } from '../../language/generated/ast.js';
import type { SystemIndex } from '../../model/system-index.js';
import { addAttribute } from './element-edits.js';
import { quickFix, type QuickFixContext } from './quick-fix.js';

/** Enough choices to cover a small business; the rest can be typed. */
export const MAX_CANDIDATES = 12;

/** The people who can answer for work, those with a reason first (in model order within each group), at most MAX_CANDIDATES. */
export function answerers(index: SystemIndex, reasons: ReadonlyMap<Actor, string> = new Map()): Array<{ actor: Actor; reason?: string }> {
    const people = index.people.answerable().filter(actor => actor.name);
    return [...people.filter(actor => reasons.has(actor)), ...people.filter(actor => !reasons.has(actor))]
        .slice(0, MAX_CANDIDATES)
        .map(actor => ({ actor, reason: reasons.get(actor) }));
}

/** The same reason for every actor of a group. */
export function because(actors: Iterable<Actor>, reason: string): Map<Actor, string> {
    return new Map([...actors].map(actor => [actor, reason]));
}

export function peopleWorkingWith(index: SystemIndex, tool: Tool): Set<Actor> {
    const people = new Set<Actor>();
    for (const actor of index.actors) if (index.isTrainedOn(actor, tool)) people.add(actor);
    for (const task of index.tasksUsingTool(tool)) if (task.owner?.ref) people.add(task.owner.ref);
    return people;
}

/** "Assign owner: <person> (<reason>)", one action per person; the first is preferred when it has a reason. */
export function assignOwner(context: QuickFixContext, element: Element, reasons: ReadonlyMap<Actor, string>): CodeAction[] {
    return answerers(context.index, reasons).map(({ actor, reason }, position) =>
        quickFix(`Assign owner: ${actor.name}${reason ? ` (${reason})` : ''}`, [context.diagnostic],
            [addAttribute(element, `owner ${actor.name}`)], false, position === 0 && reason !== undefined));
}

/** Who answers for a process: its owner, else an owner of one of its tasks — someone of the business who can change it. */
export function processAnswerer(index: SystemIndex, process: Process): Actor | undefined {
    return [...index.people.ownersOf(process)][0];
}

/**
 * The owner to write into an inserted element: the known answerer by name, else a choice of the
 * business's people as a snippet placeholder (its plain text is the first of them, never a made-up
 * name); undefined when the business has nobody who can answer for work.
 */
export function ownerText(index: SystemIndex, known: Actor | undefined, tabStop: number): string | undefined {
    if (known) return known.name;
    const names = answerers(index).map(({ actor }) => actor.name);
    return names.length > 0 ? `\${${tabStop}|${names.join(',')}|}` : undefined;
}

export function freeName(index: SystemIndex, wanted: string): string {
    if (index.declared(wanted).length === 0) return wanted;
    for (let number = 2; ; number++) if (index.declared(`${wanted}${number}`).length === 0) return `${wanted}${number}`;
}

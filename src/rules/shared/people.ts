/**
 * Who counts as people of the business (a person, a role, a team) as opposed to
 * outside parties and software agents, and how many people an actor stands for.
 */
import type { Actor } from '../../language/generated/ast.js';

/** Actor kinds that are not the business's own people: they cannot oversee, stand in, or be counted as staff. */
const NOT_PEOPLE = new Set(['agent', 'external', 'customer', 'supplier', 'partner', 'vendor', 'bot']);

export function isPeople(actor: Actor): boolean {
    return !NOT_PEOPLE.has((actor.kind ?? 'person').toLowerCase());
}

/** `count` if given; a team without one counts its members; anyone else is one person. Cycle-safe. */
export function headcount(actor: Actor, seen: Set<Actor> = new Set()): number {
    if (actor.count !== undefined) return actor.count;
    if (seen.has(actor)) return 0;
    seen.add(actor);
    const members = actor.members.map(member => member.ref).filter((member): member is Actor => member !== undefined);
    if (members.length === 0) return 1;
    return members.reduce((total, member) => total + headcount(member, seen), 0);
}

/**
 * How many people a group of actors stands for: each actor's headcount, except
 * that someone who is also a member of a team in the group is already counted in it.
 */
export function headcountOf(actors: Iterable<Actor>, teamsOf: (actor: Actor) => readonly Actor[]): number {
    const group = new Set([...actors].filter(isPeople));
    let total = 0;
    for (const actor of group) if (!insideGroup(actor, group, teamsOf)) total += headcount(actor);
    return total;
}

function insideGroup(actor: Actor, group: ReadonlySet<Actor>, teamsOf: (actor: Actor) => readonly Actor[]): boolean {
    const seen = new Set<Actor>([actor]);
    const pending = [...teamsOf(actor)];
    for (let team = pending.pop(); team; team = pending.pop()) {
        if (seen.has(team)) continue;
        seen.add(team);
        if (group.has(team)) return true;
        for (const item of teamsOf(team)) pending.push(item);
    }
    return false;
}

/** `a`, `a and b`, `a, b and c`: names in a sentence. */
export function listWords(names: readonly string[]): string {
    if (names.length <= 1) return names[0] ?? '';
    return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/**
 * Renames between two states: an element that exists only in the old state and
 * one of the same kind only in the new state are the same element when their
 * relations are the same — what they refer to, what refers to them, their
 * attributes — once the names of other renamed elements are mapped; or, failing
 * that, when they carry the same title. A match must be unique both ways, and
 * an element with no relations at all is never matched on them.
 */
import type { AstNode } from 'langium';
import { AstUtils, isReference } from 'langium';
import type { Element } from '../language/generated/ast.js';

/** A fact about an element: `owner→Ana`, `uses→Till`, `kind=software`, `Flow.steps→Bake`. */
interface Fact {
    readonly from: string;
    readonly path: string;
    readonly target?: string;
    readonly value?: string;
}

interface Side {
    readonly elements: ReadonlyMap<string, Element>;
    readonly facts: readonly Fact[];
}

/** Old name → new name for every element renamed between the two states. */
export function findRenames(oldElements: readonly Element[], newElements: readonly Element[]): Map<string, string> {
    const before = sideOf(oldElements);
    const after = sideOf(newElements);
    const renames = new Map<string, string>();
    const gone = () => [...before.elements.keys()].filter(name => !after.elements.has(name) && !renames.has(name));
    const taken = () => new Set(renames.values());
    const fresh = () => [...after.elements.keys()].filter(name => !before.elements.has(name) && !taken().has(name));
    // Each round may reveal more: a task's relations match once its renamed owner is mapped. When an
    // exact round finds nothing, elements renamed together (a task and its performer) are tried with
    // each other's names left open, then exactly again.
    for (let open = false, last = false; !last;) {
        let changed = false;
        const unknownNew = open ? new Set(fresh()) : new Set<string>();
        const unknownOld = open ? new Set(gone()) : new Set<string>();
        const newSignatures = signatures(after, fresh(), name => unknownNew.has(name) ? '?' : name);
        const oldSignatures = signatures(before, gone(), name => unknownOld.has(name) ? '?' : renames.get(name) ?? name);
        for (const [name, signature] of oldSignatures) {
            if (signature === undefined) continue;
            const type = before.elements.get(name)!.$type;
            const same = (candidates: Map<string, string | undefined>, side: Side) =>
                [...candidates].filter(([other, otherSignature]) => otherSignature === signature && side.elements.get(other)!.$type === type);
            const matches = same(newSignatures, after);
            if (matches.length !== 1 || same(oldSignatures, before).length !== 1) continue;
            renames.set(name, matches[0]![0]);
            newSignatures.delete(matches[0]![0]);
            changed = true;
        }
        last = open && !changed;
        open = !changed;
    }
    // What is left: the same title under a new name.
    const titled = (side: Side, names: readonly string[]) => names.map(name => side.elements.get(name)!).filter(element => element.title);
    const oldTitled = titled(before, gone());
    const newTitled = titled(after, fresh());
    for (const element of oldTitled) {
        const matches = newTitled.filter(other => other.title === element.title && other.$type === element.$type);
        const rivals = oldTitled.filter(other => other.title === element.title && other.$type === element.$type);
        if (matches.length === 1 && rivals.length === 1) renames.set(element.name, matches[0]!.name);
    }
    return renames;
}

function sideOf(elements: readonly Element[]): Side {
    const byName = new Map<string, Element>();
    const facts: Fact[] = [];
    for (const element of elements) {
        if (byName.has(element.name)) continue; // a duplicate name is its own finding; compare the first
        byName.set(element.name, element);
        for (const node of AstUtils.streamAst(element)) for (const fact of factsOfNode(element, node)) facts.push(fact);
    }
    return { elements: byName, facts };
}

function factsOfNode(element: Element, node: AstNode): Fact[] {
    const facts: Fact[] = [];
    const prefix = node === element ? '' : `${node.$type}.`;
    for (const [key, value] of Object.entries(node)) {
        if (key.startsWith('$') || (node === element && (key === 'name' || key === 'title'))) continue;
        for (const item of Array.isArray(value) ? value : [value]) {
            if (isReference(item)) facts.push({ from: element.name, path: prefix + key, target: item.$refText });
            else if (typeof item === 'string' || typeof item === 'number' || typeof item === 'boolean') {
                if (item !== false) facts.push({ from: element.name, path: prefix + key, value: String(item) });
            }
        }
    }
    return facts;
}

/**
 * Each candidate's relations as one sorted string, names mapped by `map` and its own name
 * written `*`; undefined for an element with no relations (nothing to recognise it by).
 */
function signatures(side: Side, candidates: readonly string[], map: (name: string) => string): Map<string, string | undefined> {
    const wanted = new Set(candidates);
    const parts = new Map<string, string[]>(candidates.map(name => [name, []]));
    const own = (subject: string, name: string) => name === subject ? '*' : map(name);
    for (const fact of side.facts) {
        if (wanted.has(fact.from)) {
            parts.get(fact.from)!.push(fact.target !== undefined ? `out ${fact.path}→${own(fact.from, fact.target)}` : `attr ${fact.path}=${fact.value}`);
        }
        if (fact.target !== undefined && wanted.has(fact.target) && fact.target !== fact.from) {
            parts.get(fact.target)!.push(`in ${side.elements.get(fact.from)?.$type ?? ''} ${map(fact.from)} ${fact.path}`);
        }
    }
    const result = new Map<string, string | undefined>();
    for (const [name, list] of parts) result.set(name, list.length === 0 ? undefined : list.sort().join('\n'));
    return result;
}

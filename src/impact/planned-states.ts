/**
 * A change carried in one model: elements marked `planned` (being introduced)
 * and `retiring` (on their way out). The business now is the model without its
 * planned elements; the business once the change is done is the model without
 * its retiring ones. Each state is made as text — the declarations cut out, and
 * every mention of them elsewhere (`uses Booking`, a list item with its comma, a
 * whole `trained on` when nothing else is left in it, a handoff line through a
 * step that is not there) — so both states are checked by the real rules.
 */
import type { AstNode, CstNode, LangiumDocument } from 'langium';
import { AstUtils, CstUtils, EmptyFileSystem, URI } from 'langium';
import type { Model } from '../language/generated/ast.js';
import { createStsServices } from '../services/sts-services.js';
import type { ModelState, StateText } from './sides.js';

/** The keywords written before each reference property (`performed by Ben`). */
const HEAD: Readonly<Record<string, number>> = {
    trainedOn: 2, members: 1, owner: 1, feeds: 1, performers: 2, uses: 1, automatedBy: 2, escalatesTo: 2, fallback: 1,
    exclusiveWith: 2, consulted: 1, informed: 1, tasks: 1, via: 1, source: 1, target: 1, about: 1, measures: 1
};

export interface PlannedStates {
    readonly now: ModelState;
    readonly planned: ModelState;
    /** how many elements carry a `planned` or `retiring` mark */
    readonly marked: number;
}

/** The state now and the planned state of the same files. */
export function plannedStates(state: ModelState): PlannedStates {
    const { shared } = createStsServices(EmptyFileSystem);
    const documents = state.texts.map(({ file, text }) => shared.workspace.LangiumDocumentFactory.fromString<Model>(text, URI.file(file)));
    const marks = { planned: new Set<string>(), retiring: new Set<string>() };
    for (const document of documents) {
        for (const element of document.parseResult.value.elements) {
            const plan = 'plan' in element ? element.plan : undefined;
            if (plan) marks[plan.state as 'planned' | 'retiring'].add(element.name);
        }
    }
    const without = (names: ReadonlySet<string>, label: string): ModelState => ({
        label: `${state.label} (${label})`,
        texts: documents.map((document, position): StateText => ({ file: state.texts[position]!.file, text: names.size === 0 ? document.textDocument.getText() : cut(document, names) }))
    });
    return { now: without(marks.planned, 'now'), planned: without(marks.retiring, 'planned'), marked: marks.planned.size + marks.retiring.size };
}

/** The text with the named elements and every mention of them taken out. */
function cut(document: LangiumDocument<Model>, names: ReadonlySet<string>): string {
    const text = document.textDocument.getText();
    const spans: Array<[number, number]> = [];
    for (const element of document.parseResult.value.elements) {
        const node = element.$cstNode;
        if (!node) continue;
        if (names.has(element.name)) {
            spans.push([node.offset, node.end]);
            continue;
        }
        const leaves = [...CstUtils.flattenCst(node)].filter(leaf => !leaf.hidden);
        const at = new Map<number, number>(leaves.map((leaf, position) => [leaf.offset, position]));
        for (const [container, property, refs] of referenceLists(element)) {
            const gone = refs.map(ref => names.has(ref.text));
            if (!gone.some(Boolean)) continue;
            if (container.$type === 'Flow' && property === 'steps') {
                if (container.$cstNode) spans.push([container.$cstNode.offset, container.$cstNode.end]);
                continue;
            }
            // A list may be written in several runs (`uses A, B` ... `uses C`): each run has its own keyword.
            let start = 0;
            for (let end = 1; end <= refs.length; end++) {
                const next = refs[end];
                const previous = next ? leaves[(at.get(next.offset) ?? 0) - 1] : undefined;
                if (next && previous?.text === ',') continue;
                for (const item of cutRun(refs.slice(start, end), gone.slice(start, end), HEAD[property] ?? 1, leaves, at)) spans.push(item);
                start = end;
            }
        }
    }
    let result = text;
    for (const [from, to] of merge(spans).reverse()) result = result.slice(0, from) + result.slice(to);
    return result;
}

/** The spans to remove from one run `keyword A, B, C`: the gone items with a comma each, or the whole run. */
function cutRun(run: readonly CstNode[], gone: readonly boolean[], head: number, leaves: readonly CstNode[], at: ReadonlyMap<number, number>): Array<[number, number]> {
    if (gone.every(Boolean)) {
        const first = at.get(run[0]!.offset) ?? 0;
        const keyword = leaves[Math.max(0, first - head)]!;
        return [[keyword.offset, run[run.length - 1]!.end]];
    }
    const spans: Array<[number, number]> = [];
    run.forEach((ref, position) => {
        if (!gone[position]) return;
        const index = at.get(ref.offset) ?? 0;
        if (position > 0) spans.push([leaves[index - 1]!.offset, ref.end]);      // `, B`
        else spans.push([ref.offset, (leaves[index + 2] ?? leaves[index + 1]!).offset]); // `A, ` up to the next item
    });
    return spans;
}

/** Every reference of the element and its parts, grouped by the node and property holding them, in text order. */
function referenceLists(element: AstNode): Array<[AstNode, string, Array<CstNode & { text: string }>]> {
    const lists = new Map<string, [AstNode, string, Array<CstNode & { text: string }>]>();
    const ids = new Map<AstNode, number>();
    for (const info of AstUtils.streamAst(element).flatMap(node => AstUtils.streamReferences(node))) {
        const node = info.reference.$refNode;
        if (!node) continue;
        const id = ids.get(info.container) ?? ids.set(info.container, ids.size).get(info.container)!;
        const key = `${id}:${info.property}`;
        const list = lists.get(key) ?? [info.container, info.property, []];
        lists.set(key, list);
        list[2].push(node);
    }
    for (const [, , refs] of lists.values()) refs.sort((a, b) => a.offset - b.offset);
    return [...lists.values()];
}

function merge(spans: Array<[number, number]>): Array<[number, number]> {
    const sorted = [...spans].sort((a, b) => a[0] - b[0]);
    const merged: Array<[number, number]> = [];
    for (const span of sorted) {
        const last = merged[merged.length - 1];
        if (last && span[0] <= last[1]) last[1] = Math.max(last[1], span[1]);
        else merged.push([span[0], span[1]]);
    }
    return merged;
}

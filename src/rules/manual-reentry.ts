import type { Actor, FlowNode, Process, Task, Tool } from '../language/generated/ast.js';
import { isTask } from '../language/generated/ast.js';
import { handoffRange, type Handoff, type SystemIndex } from '../model/system-index.js';
import { carriesData, feedsInto, isChannel, isHandsOn, isPaper, isSoftware, keepsRecords } from '../model/tool-kinds.js';
import { defineRule, type RelatedElement } from './rule.js';
import { listWords } from './shared/people.js';

/**
 * A "media break" in process mapping: data leaves one tool and somebody types it into
 * another. On a handoff the data leaves the sender's tool — the system it is sent `via`;
 * sent through a channel (e-mail, chat) or with no `via`, the tools the sending task works
 * in — and the receiver keeps records in tools of their
 * own (software, paper; not a phone or an inbox); it is re-keyed when none of the
 * sending tools is one of them or feeds one of them. A `physical` handoff (bread, a
 * parcel, a patient) or one through a machine carries no data. Inside one task, two
 * pieces of software that do not exchange data are re-keying too when data must cross
 * between them: both are systems of record (they `handle` data or `feed` another tool),
 * or the task gets its work through one and sends it on from the other. What is sent on paper or in a message is what
 * the sender knows: when the sending task works in the receiving system too, the data
 * is already there.
 */
export const manualReentry = defineRule({
    id: 'manual-reentry',
    title: 'a handoff between two tools with no integration between them',
    area: 'automation',
    defaultSeverity: 'info',
    fixes: ['add-integration'],
    scope: 'local',
    description: 'A handoff between two tools with no integration between them.',
    anchor: 'process mapping practice ("media break")',
    defaultOptions: {},
    check({ model, index, report }) {
        for (const element of model.elements) {
            if (element.$type === 'Process') checkProcess(element, index, report);
            else if (element.$type === 'Task') checkTask(element, index, report);
        }
    }
});

type Report = Parameters<typeof manualReentry.check>[0]['report'];

interface Break {
    readonly handoff: Handoff;
    /** where the data is when it leaves the sender */
    readonly source: readonly Tool[];
    /** where the receiver has to key it in */
    readonly target: readonly Tool[];
}

function checkProcess(process: Process, index: SystemIndex, report: Report): void {
    // One finding per receiving task and source: two handoffs that carry the same data from the same tool into it are one break.
    const breaks = new Map<string, Break[]>();
    const seen = new Set<string>();
    for (const handoff of index.handoffsIn(process)) {
        const line = JSON.stringify([handoff.from.name, handoff.to.name, handoff.item ?? '']);
        if (seen.has(line)) continue; // a copy of a line: duplicate-handoff's finding
        seen.add(line);
        const found = breakOf(handoff, index);
        if (!found) continue;
        const key = JSON.stringify([handoff.to.name, found.source.map(tool => tool.name)]);
        const group = breaks.get(key);
        if (group) group.push(found); else breaks.set(key, [found]);
    }
    for (const group of breaks.values()) {
        const { handoff, source, target } = group[0]!;
        const what = handoff.item ? `“${handoff.item}”` : 'the data';
        const into = keyedInto(target);
        const typist = typistOf(handoff.to);
        const systems = source.filter(tool => !isChannel(tool));
        // A channel carries a message, it does not keep the data: the data leaves the systems behind it, or else it is
        // written into the message and arrives through it (the channel sent through, else the sender's own).
        const channels = handoff.via && isChannel(handoff.via) ? [handoff.via] : source.filter(isChannel);
        const message = channels.length > 0 ? ` in a message through ${listWords(channels.map(tool => tool.name))}` : '';
        const where = systems.length > 0
            ? `it leaves ${listWords(systems.map(tool => tool.name))}${message}`
            : `it comes${message}`;
        const since = systems.length === 0 ? ''
            : `, since ${systems.length === 1 ? `${systems[0]!.name} does not feed` : 'none of them feeds'} ${into.length === 1 ? 'it' : 'them'}`;
        const connect = systems.length === 1 && into.length === 1 && isSoftware(systems[0]!) && isSoftware(into[0]!)
            ? ` If ${systems[0]!.name} can send it, connect them: add 'feeds ${into[0]!.name}' to ${systems[0]!.name}.`
            : '';
        // With no `via`, nothing says data travels: when only a thing changes hands (the bike, the patient), the model should say so.
        const thing = handoff.via ? '' : ' If only a thing changes hands, not data, mark the handoff physical.';
        report({
            node: handoff.flow, range: handoffRange(handoff),
            message: `${what[0]!.toUpperCase()}${what.slice(1)} from ${handoff.from.name} is typed in again: ${where}, and ${typist} must key it into ${listWords(into.map(tool => tool.name))} by hand for ${handoff.to.name}${since}. Re-keying costs time and breeds mistakes.${connect}${thing}`,
            related: group.slice(1).map((other): RelatedElement => ({ node: other.handoff.flow, message: `the same data also comes from ${other.handoff.from.name}` })),
            data: { from: handoff.from.name, to: handoff.to.name, fromTool: (systems[0] ?? source[0]!).name, toTool: into[0]!.name, process: process.name }
        });
    }
}

/**
 * Where the receiver keys the data in, of the tools it keeps records in: not a tool another of
 * them feeds (typed into the job system that feeds the ledger, it is typed once), and not paper
 * when there is software to type it into (a van's stock clipboard is not where an address goes).
 */
function keyedInto(target: readonly Tool[]): Tool[] {
    const first = target.filter(tool => !target.some(other => other !== tool && feedsInto(other, tool) && !feedsInto(tool, other)));
    const software = first.filter(tool => !isPaper(tool));
    return software.length > 0 ? software : first;
}

function breakOf(handoff: Handoff, index: SystemIndex): Break | undefined {
    if (handoff.flow.physical) return undefined;
    if (handoff.via && !carriesData(handoff.via)) return undefined;
    // Said or written in a message (no `via`, or through a channel): it carries what the sender keeps in their own
    // tools — the systems and paper they work in, not the machines and devices they work with (an X-ray taken and
    // shown is not typed in).
    const spoken = !handoff.via || isChannel(handoff.via);
    // A customer's call or e-mail is taken in, not re-keyed: there is no system of theirs to connect — whether the
    // customer sends it or a task the customer does (a landlord's agent approving a quote). A supplier's invoice in
    // the inbox is a document, typed in like any other.
    const customer = spoken && fromCustomer(handoff, index);
    const source = new Set(spoken ? toolsOf(handoff.from).filter(tool => carriesData(tool) && !isHandsOn(tool) && !(customer && isChannel(tool))) : []);
    if (handoff.via && !customer) source.add(handoff.via);
    const target = toolsOf(handoff.to).filter(keepsRecords);
    if (source.size === 0 || target.length === 0) return undefined;
    // What is written on paper or said in a message is what the sender knows: when they work in the receiver's
    // system too, it is already there (a paper repair tag travels with a booking made in the shop system).
    // A system or a device sent through carries its own data (a card terminal's settlement report).
    const written = spoken || isPaper(handoff.via!);
    for (const tool of written ? [...source, ...toolsOf(handoff.from)] : source) {
        if (target.some(receiving => receiving === tool || feedsInto(tool, receiving))) return undefined;
    }
    // the data leaves the tool it is sent through (and, sent in a message, the sender's own tools behind it)
    const leaves = handoff.via && !isChannel(handoff.via) ? [handoff.via] : [...source];
    return { handoff, source: leaves, target };
}

/** Sent by customers: the customer itself, or the people who do a task of theirs. */
function fromCustomer(handoff: Handoff, index: SystemIndex): boolean {
    const senders = index.people.senders(handoff);
    return senders.length > 0 && senders.every(actor => index.people.standing(actor) === 'customer');
}

/**
 * Inside one task: two pieces of software neither of which feeds the other, when the data
 * must cross between them — both are systems of record, or the task takes its work in
 * through one (`-> Task via A`) and passes it on through the other (`Task -> ... via B`).
 */
function checkTask(task: Task, index: SystemIndex, report: Report): void {
    const software = [...new Set(task.uses.map(reference => reference.ref).filter((tool): tool is Tool => tool !== undefined && isSoftware(tool)))];
    if (software.length < 2) return;
    const through = (handoffs: readonly Handoff[], tool: Tool) => handoffs.find(handoff => handoff.via === tool && !handoff.flow.physical);
    const incoming = index.handoffsToNode(task);
    const outgoing = index.handoffsFromNode(task);
    const crossing = (from: Tool, to: Tool) => through(incoming, from) !== undefined && through(outgoing, to) !== undefined;
    const item = (handoff: Handoff | undefined) => handoff?.item ? `“${handoff.item}”` : 'the work';
    for (let a = 0; a < software.length; a++) {
        for (let b = a + 1; b < software.length; b++) {
            const first = software[a]!;
            const second = software[b]!;
            if (feedsInto(first, second) || feedsInto(second, first)) continue;
            const [from, to] = crossing(second, first) && !crossing(first, second) ? [second, first] : [first, second];
            const passes = crossing(from, to);
            if (!passes && !(holdsRecords(first) && holdsRecords(second))) continue;
            const position = task.uses.findIndex(reference => reference.ref === second);
            report({
                node: task, property: 'uses', index: position,
                message: passes
                    ? `In ${task.name}, ${typistOf(task)} gets ${item(through(incoming, from))} in ${from.name} and sends ${item(through(outgoing, to))} on from ${to.name}, which do not exchange data: what comes in through ${from.name} is typed into ${to.name} by hand. Connect them (add 'feeds ${to.name}' to ${from.name}), or keep the work in one of them.`
                    : `In ${task.name}, ${typistOf(task)} works in both ${first.name} and ${second.name}, which do not exchange data: whatever is needed in both is typed in twice. Connect them (add 'feeds ${second.name}' to ${first.name}, or the other way), or keep the work in one of them.`,
                data: { task: task.name, fromTool: from.name, toTool: to.name }
            });
            return;
        }
    }
}

/** Software said to keep the business's data: it `handles` some, or exchanges data with other tools. */
function holdsRecords(tool: Tool): boolean {
    return tool.handles.length > 0 || tool.feeds.length > 0;
}

/** The tools a task works in: those it uses and the one it is automated by. */
function toolsOf(node: FlowNode): Tool[] {
    if (!isTask(node)) return [];
    const tools = new Set<Tool>();
    for (const tool of node.uses) if (tool.ref) tools.add(tool.ref);
    if (node.automatedBy?.ref) tools.add(node.automatedBy.ref);
    return [...tools];
}

/** Who keys the data in: the task's performers, or its owner. */
function typistOf(node: FlowNode): string {
    if (!isTask(node)) return node.name;
    const performers = node.performers.map(reference => reference.ref).filter((actor): actor is Actor => actor !== undefined);
    if (performers.length > 0) return listWords(performers.map(actor => actor.name));
    if (node.automatedBy) return 'somebody';
    return node.owner?.ref?.name ?? 'somebody';
}

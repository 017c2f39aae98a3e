/**
 * The comparison: the facts of the old state (names already renamed) against
 * those of the new one, as impact items in an owner's words. Items come in the
 * order of ITEM_KINDS, each kind in the order of the model.
 */
import type { FindingFact, StateFacts, TaskFact, ToolWorkFact } from './facts.js';
import { pairKey } from './facts.js';
import type { ImpactItem, ImpactReport, ItemKind, Workload } from './impact-items.js';
import { ITEM_KINDS, PHASE_OF } from './impact-items.js';

type Draft = Omit<ImpactItem, 'phase'>;

export function compareStates(before: StateFacts, after: StateFacts, renames: ReadonlyMap<string, string>, labels: { before: string; after: string }): ImpactReport {
    const drafts: Draft[] = [
        ...training(before, after),
        ...fallbackDuties(before, after),
        ...dataChanges(before, after),
        ...feedbackAndMetrics(before, after),
        ...[...renames].map(([oldName, newName]): Draft => ({
            kind: 'renamed', people: after.actors.has(newName) ? [newName] : [], oldName, text: `${oldName} is now called ${newName}.`
        })),
        ...taskChanges(before, after),
        ...workload(before, after),
        ...findingChanges(before, after)
    ];
    const rank = (kind: ItemKind) => ITEM_KINDS.indexOf(kind);
    const items = drafts.map((draft): ImpactItem => ({ ...draft, phase: PHASE_OF[draft.kind] })).sort((a, b) => rank(a.kind) - rank(b.kind));
    const count = (...kinds: ItemKind[]) => items.filter(item => kinds.includes(item.kind)).length;
    return {
        schema: 'sts-impact/1',
        before: labels.before,
        after: labels.after,
        summary: {
            peopleToTrain: new Set(items.filter(item => item.kind === 'training').flatMap(item => item.people)).size,
            tasksChangingHands: new Set(items.filter(item => ['task-automated', 'task-manual', 'task-moved', 'owner-changed'].includes(item.kind)).map(item => item.task)).size,
            findingsIntroduced: count('finding-introduced', 'single-point-created', 'rekeying-added'),
            findingsResolved: count('finding-resolved', 'single-point-removed', 'rekeying-removed')
        },
        items
    };
}

/** New work with a tool that needs training, for someone not trained on it before: the training must come first. */
function training(before: StateFacts, after: StateFacts): Draft[] {
    const worked = new Set(before.toolWork.map(place => pairKey(place.actor, place.tool)));
    const places = new Map<string, ToolWorkFact[]>();
    for (const place of after.toolWork) {
        const key = pairKey(place.actor, place.tool);
        if (worked.has(key) || before.trained.has(key) || after.tools.get(place.tool)?.needsTraining === false) continue;
        const list = places.get(key);
        if (list) list.push(place); else places.set(key, [place]);
    }
    return [...places.values()].map(list => {
        const { actor, tool } = list[0]!;
        const planned = after.trained.has(pairKey(actor, tool));
        const title = after.tools.get(tool)?.title;
        const works = workPhrases(list);
        return {
            kind: 'training', people: [actor], actor, tool, work: [...new Set(list.map(place => place.work))], plannedTraining: planned,
            text: `Train ${actor} on ${tool}${title && title !== tool ? ` (“${title}”)` : ''}: they will ${works.join('; ')}.`
                + (planned ? '' : ` The new model does not list this training yet: add 'trained on ${tool}' to ${actor}.`)
        };
    });
}

/** `perform A and B with it; take over A when it is down`: one phrase per kind of work, naming its tasks. */
function workPhrases(places: readonly ToolWorkFact[]): string[] {
    const byWork = new Map<string, string[]>();
    for (const place of places) {
        const where = place.work === 'sends' ? place.handoff ?? place.task ?? '' : place.task ?? '';
        const list = byWork.get(place.work) ?? [];
        byWork.set(place.work, list);
        if (where && !list.includes(where)) list.push(where);
    }
    return [...byWork].map(([work, where]) => {
        const tasks = words(where) || 'the task';
        switch (work as ToolWorkFact['work']) {
            case 'owns': return `do ${tasks} with it`;
            case 'performs': return `perform ${tasks} with it`;
            case 'sends': return `send work through it (${tasks})`;
            case 'fallback': return `take over ${tasks} when it is down`;
            case 'escalation': return `handle what ${tasks} cannot decide`;
            case 'automation': return `answer for ${tasks}, which it does automatically`;
        }
    });
}

/** Someone who becomes the fallback of tasks: they must be able to do them by hand (one item per person and situation). */
function fallbackDuties(before: StateFacts, after: StateFacts): Draft[] {
    const duties = new Map<string, { actor: string; when: string; tasks: string[] }>();
    for (const task of after.tasks.values()) {
        const fallback = task.fallback;
        if (!fallback || !after.actors.has(fallback) || before.tasks.get(task.name)?.fallback === fallback) continue;
        const when = task.automatedBy ? `${task.automatedBy} is down` : `${words(task.doers) || 'its people'} cannot`;
        const key = pairKey(fallback, when);
        const duty = duties.get(key) ?? { actor: fallback, when, tasks: [] };
        duties.set(key, duty);
        duty.tasks.push(task.name);
    }
    return [...duties.values()].map(({ actor, when, tasks }) => ({
        kind: 'fallback-duty', people: [actor], actor, tasks,
        text: `${actor} becomes the fallback for ${words(tasks)}: when ${when}, ${actor} does ${tasks.length === 1 ? 'it' : 'them'} by hand. Show them how before the change.`
    }));
}

/** Data (personal-data, payment, …) reaching someone or some tool that did not hold it, or no longer reaching them. */
function dataChanges(before: StateFacts, after: StateFacts): Draft[] {
    const holdings = (facts: StateFacts) => {
        const found = new Map<string, { data: string; holder: string; tool: boolean; through: string[] }>();
        for (const holding of facts.data) {
            const key = pairKey(holding.data, holding.holder);
            const entry = found.get(key) ?? { data: holding.data, holder: holding.holder, tool: holding.holderIsTool, through: [] };
            found.set(key, entry);
            if (!entry.through.includes(holding.through)) entry.through.push(holding.through);
        }
        return found;
    };
    const old = holdings(before);
    const now = holdings(after);
    const drafts: Draft[] = [];
    for (const [key, { data, holder, tool, through }] of now) {
        if (old.has(key)) continue;
        if (tool) {
            const facts = after.tools.get(holder);
            const owner = facts?.owner;
            drafts.push({
                kind: 'data-gained', people: owner ? [owner] : [], tool: holder, data,
                text: `${holder}${facts?.vendor ? ` (from ${facts.vendor})` : ''} will hold ${data}: agree with its vendor how the data is kept and who sees it before it goes live.`
            });
        } else {
            drafts.push({
                kind: 'data-gained', people: [holder], actor: holder, data,
                text: `${holder} will handle ${data} (${through.join(', ')}): make sure they may see it and know how to keep it.`
            });
        }
    }
    for (const [key, { data, holder, tool }] of old) {
        if (now.has(key)) continue;
        drafts.push(tool
            ? { kind: 'data-lost', people: unique([before.tools.get(holder)?.owner]).filter(owner => after.actors.has(owner)), tool: holder, data, text: `${holder} will no longer hold ${data}: decide what happens to the data it keeps.` }
            : { kind: 'data-lost', people: [holder], actor: holder, data, text: `${holder} will no longer handle ${data}: remove their access once the change is done.` });
    }
    return drafts;
}

function feedbackAndMetrics(before: StateFacts, after: StateFacts): Draft[] {
    const drafts: Draft[] = [];
    for (const feedback of before.feedback.values()) {
        if (after.feedback.has(feedback.name)) continue;
        drafts.push({
            kind: 'feedback-lost', people: feedback.to ? [feedback.to] : [],
            text: `Feedback ${feedback.name} stops: ${feedback.to ?? 'nobody'} will no longer hear from ${feedback.from ?? 'anyone'}${aboutWords(feedback.about)}. Make sure something else tells them how it goes.`
        });
    }
    for (const metric of before.metrics.values()) {
        if (after.metrics.has(metric.name)) continue;
        drafts.push({
            kind: 'metric-lost', people: metric.owner ? [metric.owner] : [],
            text: `Metric ${metric.name}${aboutWords(metric.measures, 'of')} goes away${metric.owner ? `; ${metric.owner} will no longer review it` : ''}.`
        });
    }
    for (const process of after.processes.values()) {
        const old = before.processes.get(process.name);
        if (!old) continue;
        if (old.metrics.length > 0 && process.metrics.length === 0) {
            drafts.push({
                kind: 'process-unmeasured', people: process.owner ? [process.owner] : [], process: process.name,
                text: `Nothing will measure ${process.name} any more (it had ${words(old.metrics)}): without a metric nobody can tell whether the change worked.`
            });
        }
    }
    for (const feedback of after.feedback.values()) {
        if (before.feedback.has(feedback.name)) continue;
        drafts.push({
            kind: 'feedback-gained', people: feedback.to ? [feedback.to] : [],
            text: `New feedback ${feedback.name}: ${feedback.to ?? 'nobody'} will hear from ${feedback.from ?? 'nobody'}${aboutWords(feedback.about)}.`
        });
    }
    for (const metric of after.metrics.values()) {
        if (before.metrics.has(metric.name)) continue;
        drafts.push({
            kind: 'metric-gained', people: metric.owner ? [metric.owner] : [],
            text: `New metric ${metric.name}${aboutWords(metric.measures, 'of')}${metric.owner ? `, reviewed by ${metric.owner}` : ', with no owner yet'}.`
        });
    }
    for (const process of after.processes.values()) {
        const old = before.processes.get(process.name);
        if (old && old.metrics.length === 0 && process.metrics.length > 0) {
            drafts.push({
                kind: 'process-measured', people: process.owner ? [process.owner] : [], process: process.name,
                text: `${process.name} will be measured (by ${words(process.metrics)}); nothing measured it before.`
            });
        }
    }
    return drafts;
}

function taskChanges(before: StateFacts, after: StateFacts): Draft[] {
    const drafts: Draft[] = [];
    for (const task of after.tasks.values()) {
        const old = before.tasks.get(task.name);
        if (!old) {
            drafts.push({ kind: 'task-added', people: unique([...task.doers, task.owner]), task: task.name, to: task.doers, text: `New task ${task.name}: ${doneBy(task)}.` });
            continue;
        }
        if (!old.automatedBy && task.automatedBy) {
            drafts.push({
                kind: 'task-automated', people: unique([...old.doers, task.owner, task.escalatesTo, actorOrUndefined(after, task.fallback)]),
                task: task.name, tool: task.automatedBy, from: old.doers, to: [],
                text: `${task.name} will be done by ${task.automatedBy} instead of ${words(old.doers) || 'by hand'}. ${oversight(task, after)}`
            });
        } else if (old.automatedBy && !task.automatedBy) {
            drafts.push({
                kind: 'task-manual', people: unique([...task.doers, task.owner]), task: task.name, tool: old.automatedBy, from: [], to: task.doers,
                text: `${task.name} will be done by hand again, by ${words(task.doers) || 'nobody yet'} (${old.automatedBy} did it).`
            });
        } else if (old.automatedBy && task.automatedBy && old.automatedBy !== task.automatedBy) {
            drafts.push({
                kind: 'task-automated', people: unique([task.owner, task.escalatesTo, actorOrUndefined(after, task.fallback)]), task: task.name, tool: task.automatedBy, from: [], to: [],
                text: `${task.name} will be done by ${task.automatedBy} instead of ${old.automatedBy}. ${oversight(task, after)}`
            });
        } else if (!task.automatedBy) {
            const gained = task.doers.filter(actor => !old.doers.includes(actor));
            const lost = old.doers.filter(actor => !task.doers.includes(actor));
            const kept = task.doers.filter(actor => old.doers.includes(actor));
            const alone = (fact: TaskFact) => fact.owner !== undefined && fact.doers.length === 1 && fact.doers[0] === fact.owner;
            if ((gained.length > 0 || lost.length > 0) && !(alone(old) && alone(task) && old.owner !== task.owner)) {
                const text = gained.length > 0 && lost.length > 0 ? `${task.name} moves from ${words(lost)} to ${words(gained)}${kept.length > 0 ? `, working with ${words(kept)}` : ''}.`
                    : gained.length > 0 ? `${words(gained)} will also do ${task.name}, with ${words(kept)}.`
                    : `${words(lost)} will no longer do ${task.name}${kept.length > 0 ? `; ${words(kept)} will` : '; nobody will'}.`;
                drafts.push({ kind: 'task-moved', people: unique([...lost, ...gained]), task: task.name, from: old.doers, to: task.doers, text });
            }
        }
        if (old.owner !== task.owner) {
            const whole = !task.automatedBy && !old.automatedBy && old.doers.join() === (old.owner ?? '') && task.doers.join() === (task.owner ?? '') && task.owner !== undefined;
            drafts.push({
                kind: 'owner-changed', people: unique([old.owner, task.owner]), task: task.name, from: old.owner ? [old.owner] : [], to: task.owner ? [task.owner] : [],
                text: whole ? `${task.name} moves from ${old.owner ?? 'nobody'} to ${task.owner}, who will do it and answer for it.`
                    : `Accountability for ${task.name} moves from ${old.owner ?? 'nobody'} to ${task.owner ?? 'nobody'}.`
            });
        }
    }
    for (const old of before.tasks.values()) {
        if (after.tasks.has(old.name)) continue;
        drafts.push({
            kind: 'task-removed', people: unique([...old.doers, old.owner]), task: old.name, from: old.doers,
            text: `${old.name} is no longer done${old.doers.length > 0 ? ` (${words(old.doers)} did it)` : old.automatedBy ? ` (${old.automatedBy} did it)` : ''}.`
        });
    }
    return drafts;
}

function oversight(task: TaskFact, facts: StateFacts): string {
    const tool = task.automatedBy!;
    const parts = [
        task.owner ? `${task.owner} answers for it and oversees what ${tool} does` : `Nobody owns it: name who oversees what ${tool} does`,
        task.escalatesTo ? `what it cannot decide goes to ${task.escalatesTo}` : 'nothing says who takes what it cannot decide',
        task.fallback ? `when ${tool} is down, ${task.fallback}${facts.tasks.has(task.fallback) ? ' (a task)' : ''} takes over` : `nobody takes over when ${tool} is down`
    ];
    return `${parts.join('; ')}.`;
}

function doneBy(task: TaskFact): string {
    if (task.automatedBy) return `done by ${task.automatedBy}${task.owner ? `, overseen by ${task.owner}` : ', owned by nobody yet'}`;
    return `done by ${words(task.doers) || 'nobody yet'}${task.owner && !task.doers.includes(task.owner) ? `, ${task.owner} answering for it` : ''}`;
}

/** Owned, done and overseen tasks and hours per person, where any of them changes. */
function workload(before: StateFacts, after: StateFacts): Draft[] {
    const drafts: Draft[] = [];
    const people = [...after.actors.values(), ...[...before.actors.values()].filter(actor => !after.actors.has(actor.name))]
        .filter(actor => actor.answers || actor.mustTrain);
    for (const actor of people) {
        const was = workloadOf(before, actor.name);
        const now = workloadOf(after, actor.name);
        // Hours are compared only where the model gives some effort for what the person does.
        const effortGiven = hasEffort(was) || hasEffort(now);
        const same = was.owns === now.owns && was.does === now.does && was.oversees === now.oversees && (!effortGiven || was.hours === now.hours);
        if (same) continue;
        const change = (from: number, to: number, what: string, unit = '') => from === to ? undefined : `${what} ${from} → ${to}${unit}`;
        const hours = !effortGiven || was.hours === now.hours ? undefined
            : `about ${was.hours === undefined ? '?' : round(was.hours)} → ${now.hours === undefined ? '?' : round(now.hours)} hours a week`;
        const parts = [
            change(was.owns, now.owns, 'owns', ' tasks'), change(was.does, now.does, 'does', ' tasks'), change(was.oversees, now.oversees, 'oversees', ' automated'), hours
        ].filter((part): part is string => part !== undefined);
        const missing = now.withoutEffort > 0 && now.hours !== undefined ? ` (${now.withoutEffort} of the tasks they do give no effort)` : '';
        drafts.push({ kind: 'workload', people: [actor.name], actor: actor.name, workload: { before: was, after: now }, text: `Workload of ${actor.name}: ${parts.join('; ')}${missing}.` });
    }
    return drafts;
}

function hasEffort(workload: Workload): boolean {
    return workload.does > workload.withoutEffort;
}

function workloadOf(facts: StateFacts, actor: string): Workload {
    let owns = 0, does = 0, oversees = 0, hours = 0, known = 0, withoutEffort = 0;
    for (const task of facts.tasks.values()) {
        if (task.owner === actor) {
            owns++;
            if (task.automatedBy) oversees++;
        }
        if (!task.doers.includes(actor)) continue;
        does++;
        if (task.hours === undefined) withoutEffort++;
        else { hours += task.hours / task.doers.length; known++; }
    }
    return { owns, does, oversees, ...(known > 0 || does === 0 ? { hours: round(hours) } : {}), withoutEffort };
}

/** Findings of the real checks that appear or disappear; single points of failure and re-keying get items of their own. */
function findingChanges(before: StateFacts, after: StateFacts): Draft[] {
    const drafts: Draft[] = [];
    for (const finding of difference(after.findings, before.findings)) drafts.push(introduced(finding, after));
    for (const finding of difference(before.findings, after.findings)) drafts.push(resolved(finding, before, after));
    return drafts;
}

function introduced(finding: FindingFact, after: StateFacts): Draft {
    const data = finding.data;
    if (finding.rule === 'manual-reentry') {
        return {
            kind: 'rekeying-added', people: sendersOf(after, String(data.from)), rule: finding.rule, severity: finding.severity, process: str(data.process),
            text: `From ${str(data.from)} to ${str(data.to)}${data.process ? ` in ${str(data.process)}` : ''}, someone will type the data from ${str(data.fromTool)} into ${str(data.toTool)} again.`
        };
    }
    if (finding.rule === 'single-point-of-failure') {
        return { kind: 'single-point-created', people: names(data.people), rule: finding.rule, severity: finding.severity, text: `New single point of failure: ${finding.message}` };
    }
    return { kind: 'finding-introduced', people: actorsIn(data, after), rule: finding.rule, severity: finding.severity, text: `New ${finding.severity} (${finding.rule}): ${finding.message}` };
}

function resolved(finding: FindingFact, before: StateFacts, after: StateFacts): Draft {
    const data = finding.data;
    if (finding.rule === 'manual-reentry') {
        return {
            kind: 'rekeying-removed', people: sendersOf(after, String(data.from)), rule: finding.rule, severity: finding.severity, process: str(data.process),
            text: `From ${str(data.from)} to ${str(data.to)}${data.process ? ` in ${str(data.process)}` : ''}, nobody types the data from ${str(data.fromTool)} into ${str(data.toTool)} again any more.`
        };
    }
    if (finding.rule === 'single-point-of-failure') {
        return {
            kind: 'single-point-removed', people: names(data.people).filter(actor => after.actors.has(actor)), rule: finding.rule, severity: finding.severity,
            text: `No longer a single point of failure: ${data.kind ? `${str(data.kind)} ` : ''}${str(data.element)}${names(data.people).length > 0 ? ` no longer depends on ${words(names(data.people))} alone` : ''}.`
        };
    }
    return {
        kind: 'finding-resolved', people: actorsIn(data, before).filter(actor => after.actors.has(actor)), rule: finding.rule, severity: finding.severity,
        text: `Resolved ${finding.severity} (${finding.rule}): ${finding.message}`
    };
}

/** The findings of `from` that `other` does not have, counted as multisets by their keys. */
function difference(from: readonly FindingFact[], other: readonly FindingFact[]): FindingFact[] {
    const counts = new Map<string, number>();
    for (const finding of other) counts.set(finding.key, (counts.get(finding.key) ?? 0) + 1);
    return from.filter(finding => {
        const left = counts.get(finding.key) ?? 0;
        if (left > 0) { counts.set(finding.key, left - 1); return false; }
        return true;
    });
}

function sendersOf(facts: StateFacts, node: string): string[] {
    const task = facts.tasks.get(node);
    if (task) return unique([...task.doers, task.owner]);
    return facts.actors.has(node) ? [node] : [];
}

/** The actors a finding's facts name, in the order it names them. */
function actorsIn(data: Readonly<Record<string, unknown>>, facts: StateFacts): string[] {
    const found: string[] = [];
    for (const value of Object.values(data)) for (const name of Array.isArray(value) ? value : [value]) {
        if (typeof name === 'string' && facts.actors.has(name) && !found.includes(name)) found.push(name);
    }
    return found;
}

function actorOrUndefined(facts: StateFacts, name: string | undefined): string | undefined {
    return name !== undefined && facts.actors.has(name) ? name : undefined;
}

function aboutWords(subjects: readonly string[], preposition = 'about'): string {
    return subjects.length > 0 ? ` ${preposition} ${words(subjects)}` : '';
}

function names(value: unknown): string[] {
    return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

function str(value: unknown): string {
    if (typeof value === 'string') return value;
    return typeof value === 'number' || typeof value === 'boolean' ? String(value) : value === undefined || value === null ? '?' : JSON.stringify(value);
}

function unique(values: ReadonlyArray<string | undefined>): string[] {
    return [...new Set(values.filter((value): value is string => value !== undefined))];
}

/** `a`, `a and b`, `a, b and c`. */
export function words(items: readonly string[]): string {
    if (items.length <= 1) return items[0] ?? '';
    return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

function round(hours: number): number {
    return Math.round(hours * 10) / 10;
}

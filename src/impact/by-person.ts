/**
 * The items grouped per person, the way the text and Markdown outputs read: each
 * person once, those with something to do before the change first, then those
 * with the most to take in; within a person, items by phase. An item about
 * several people is listed under each; items about nobody in particular come
 * last, under the business as a whole.
 */
import type { ImpactItem, ImpactReport, Phase } from './impact-items.js';
import { PHASES } from './impact-items.js';

export interface PersonSection {
    /** undefined: the business as a whole */
    readonly person: string | undefined;
    readonly phases: ReadonlyArray<{ readonly phase: Phase; readonly items: readonly ImpactItem[] }>;
}

export function sectionsByPerson(report: ImpactReport, modelOrder: readonly string[] = []): PersonSection[] {
    const items = new Map<string | undefined, ImpactItem[]>();
    const add = (person: string | undefined, item: ImpactItem) => {
        const list = items.get(person);
        if (list) list.push(item); else items.set(person, [item]);
    };
    for (const item of report.items) {
        if (item.people.length === 0) add(undefined, item);
        for (const person of item.people) add(person, item);
    }
    const firstPhase = (list: readonly ImpactItem[]) => list.reduce((most, item) => Math.min(most, PHASES.indexOf(item.phase)), Infinity);
    const position = (person: string) => { const at = modelOrder.indexOf(person); return at < 0 ? modelOrder.length : at; };
    const people = [...items.keys()].filter((person): person is string => person !== undefined).sort((a, b) =>
        firstPhase(items.get(a)!) - firstPhase(items.get(b)!) || items.get(b)!.length - items.get(a)!.length || position(a) - position(b) || a.localeCompare(b));
    const section = (person: string | undefined): PersonSection => ({
        person,
        phases: PHASES.map(phase => ({ phase, items: items.get(person)!.filter(item => item.phase === phase) })).filter(entry => entry.items.length > 0)
    });
    return [...people.map(section), ...(items.has(undefined) ? [section(undefined)] : [])];
}

/** `2 people to train · 3 tasks change hands · 1 new finding · 2 resolved`. */
export function summaryLine(report: ImpactReport): string {
    if (report.items.length === 0) return 'No difference in people, work, tools, data, feedback or findings.';
    const { peopleToTrain, tasksChangingHands, findingsIntroduced, findingsResolved } = report.summary;
    return [
        `${count(peopleToTrain, 'person', 'people')} to train`,
        `${count(tasksChangingHands, 'task')} changing hands`,
        `${count(findingsIntroduced, 'new finding')}`,
        `${findingsResolved} resolved`
    ].join(' · ');
}

function count(value: number, word: string, words = `${word}s`): string {
    return `${value} ${value === 1 ? word : words}`;
}

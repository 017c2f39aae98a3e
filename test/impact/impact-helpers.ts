/** Compares two states given as texts, in memory, with the same code as `sts impact`. */
import type { ImpactItem, ImpactReport, ItemKind } from '../../src/impact/impact-items.js';
import { compareModelStates } from '../../src/impact/compare-model-states.js';

export async function impactOf(before: string | Record<string, string>, after: string | Record<string, string>): Promise<ImpactReport> {
    const state = (label: string, files: string | Record<string, string>) => ({
        label,
        texts: Object.entries(typeof files === 'string' ? { 'model.sts': files } : files).map(([name, text]) => ({ file: `/nonexistent-sts-impact/${label}/${name}`, text }))
    });
    return (await compareModelStates(state('before', before), state('after', after))).report;
}

/** `kind: text` for the items of the given kinds (all when none given), in report order. */
export function itemsOf(report: ImpactReport, ...kinds: ItemKind[]): string[] {
    return report.items.filter(item => kinds.length === 0 || kinds.includes(item.kind)).map(item => `${item.kind}: ${item.text}`);
}

export function only(report: ImpactReport, kind: ItemKind): ImpactItem[] {
    return report.items.filter(item => item.kind === kind);
}

/** The impact report as text (a terminal), Markdown (a pull request comment) or JSON (docs/impact.schema.json); HTML with the diagram is impact-html.ts. */
import { sectionsByPerson, summaryLine } from './by-person.js';
import type { ImpactReport } from './impact-items.js';
import { PHASE_TITLES } from './impact-items.js';

export const IMPACT_FORMATS = ['text', 'json', 'md', 'html'] as const;
export type ImpactFormat = (typeof IMPACT_FORMATS)[number];

/** Who is who: a person's title, and the order people are declared in (for ties). */
export interface PeopleNames {
    readonly titles: ReadonlyMap<string, string | undefined>;
    readonly order: readonly string[];
}

export function formatImpact(report: ImpactReport, format: ImpactFormat, names: PeopleNames): string {
    switch (format) {
        case 'json': return JSON.stringify(report, null, 2) + '\n';
        case 'md': case 'html': return impactMarkdown(report, names);
        default: return impactText(report, names);
    }
}

export function impactText(report: ImpactReport, names: PeopleNames): string {
    const lines = [`Impact of the change from ${report.before} to ${report.after}`, summaryLine(report)];
    for (const section of sectionsByPerson(report, names.order)) {
        lines.push('', heading(section.person, names));
        for (const { phase, items } of section.phases) {
            lines.push(`  ${PHASE_TITLES[phase]}`);
            for (const item of items) lines.push(`    - ${item.text}`);
        }
    }
    return lines.join('\n') + '\n';
}

export function impactMarkdown(report: ImpactReport, names: PeopleNames): string {
    const lines = [`## Impact of the change: ${code(report.before)} → ${code(report.after)}`, '', `**${summaryLine(report)}**`];
    for (const section of sectionsByPerson(report, names.order)) {
        lines.push('', `### ${escape(heading(section.person, names))}`);
        for (const { phase, items } of section.phases) {
            lines.push('', `**${PHASE_TITLES[phase]}**`, '');
            // What must be done before the change is a checklist; the rest is what to expect.
            for (const item of items) lines.push(`- ${phase === 'before' ? '[ ] ' : ''}${escape(item.text)}`);
        }
    }
    return lines.join('\n') + '\n';
}

function heading(person: string | undefined, names: PeopleNames): string {
    if (person === undefined) return 'The business as a whole';
    const title = names.titles.get(person);
    return title && title !== person ? `${person} (${title})` : person;
}

function code(text: string): string {
    return '`' + text.replace(/`/g, "'") + '`';
}

/** Markdown that would change what the text says: emphasis, links, HTML. */
function escape(text: string): string {
    return text.replace(/([\\`*_[\]<>#|])/g, '\\$1');
}

/**
 * The tables of docs/rules/README.md, made from the catalogue: one table per
 * report area, one row per finding id, linking to its page. The README keeps
 * its own prose around them; test/rules/rule-declarations.test.ts fails when the
 * committed tables differ from what the rule modules declare.
 */
import { AREA_TITLES, AREAS, type FindingKind } from '../rules/rule.js';
import { catalogue, type Catalogue } from './catalogue.js';

export const DOCS_INDEX_START = '<!-- rules index: generated from the rule modules (src/rules); update with `npx vitest run test/rules/rule-declarations.test.ts -u` -->';
export const DOCS_INDEX_END = '<!-- end of rules index -->';

export function docsIndex(entries: Catalogue = catalogue()): string {
    const sections: string[] = [];
    for (const area of AREAS) {
        const rows = [...entries.values()].filter(entry => entry.area === area).sort((a, b) => a.id.localeCompare(b.id));
        if (rows.length === 0) continue;
        sections.push([
            `## ${AREA_TITLES[area]}`,
            '',
            '| id | finds | default | scope | options | comes from |',
            '| --- | --- | --- | --- | --- | --- |',
            ...rows.map(row)
        ].join('\n'));
    }
    return sections.join('\n\n');
}

function row(entry: FindingKind): string {
    const options = Object.entries(entry.defaultOptions).map(([name, value]) => `\`${name}\` = ${JSON.stringify(value)}`).join(', ') || '—';
    const raised = Object.entries(entry.presets ?? {}).map(([preset, severity]) => ` (${severity} in \`${preset}\`)`).join('');
    return `| [${entry.id}](${entry.id}.md) | ${entry.title} | ${entry.defaultSeverity}${raised} | ${entry.scope} | ${options} | ${entry.anchor} |`;
}

/** The README text with its generated tables replaced by `docsIndex(entries)`. */
export function withDocsIndex(readme: string, entries: Catalogue = catalogue()): string {
    const start = readme.indexOf(DOCS_INDEX_START);
    const end = readme.indexOf(DOCS_INDEX_END);
    if (start < 0 || end < start) throw new Error('docs/rules/README.md has lost its rules index markers');
    return `${readme.slice(0, start + DOCS_INDEX_START.length)}\n\n${docsIndex(entries)}\n\n${readme.slice(end)}`;
}

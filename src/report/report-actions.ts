/**
 * The parts of the report that tell an owner what to do: the prioritised action list
 * per person, the process owners beside the RACI matrix, and the explanation of each
 * check named (so a report e-mailed to someone works without links to local files).
 */
import { rulesById } from '../rules/registry.js';
import type { Block, Text } from './report-document.js';
import type { SystemReport } from './report-model.js';
import { MAX_PER_PERSON, type FindingAnchors } from './finding-anchors.js';

const SEVERITY_TONE: Readonly<Record<string, Text['tone']>> = { error: 'bad', warning: 'warn', info: 'plain', hint: 'plain' };
export function actionBlocks(system: SystemReport, level: 2 | 3, sub: 3 | 4, anchors: FindingAnchors): Block[] {
    const blocks: Block[] = [{ kind: 'heading', level, text: 'What to do first, by person' }];
    if (system.actions.length === 0) {
        blocks.push({ kind: 'paragraph', parts: [{ text: 'Nothing to do: the checks found nothing.', tone: 'good' }] });
        return blocks;
    }
    blocks.push({ kind: 'paragraph', parts: [{ text: 'Each finding goes to the person of the business who can act on it — the owner of the process, tool or metric it is about — most serious first.' }] });
    for (const { person, findings } of system.actions) {
        blocks.push({ kind: 'heading', level: sub, text: `${person ?? 'Nobody of the business yet: name owners'} (${findings.length})` });
        const shown = findings.slice(0, MAX_PER_PERSON);
        const items: Text[][] = shown.map(finding => [
            { text: `${finding.severity}: `, tone: SEVERITY_TONE[finding.severity] ?? 'plain' },
            { text: finding.message },
            { text: ` (${finding.file}:${finding.line}, ` }, ruleText(finding.rule, finding.helpUri), { text: ')' }
        ]);
        if (findings.length > shown.length) items.push([{ text: `and ${findings.length - shown.length} more, in the findings below` }]);
        blocks.push({ kind: 'list', items, ids: shown.map(finding => anchors.action(finding)) });
    }
    return blocks;
}

/** Who answers for each process as a whole (the A of the process), shown with the RACI matrix. */
export function processOwnerBlocks(system: SystemReport): Block[] {
    if (system.processOwners.length === 0) return [];
    return [{
        kind: 'table', header: ['Process', 'Owner (accountable for the whole process)'],
        rows: system.processOwners.map(row => [
            { text: row.process },
            row.owner === undefined ? { text: 'nobody', tone: 'bad' } : { text: row.owner, tone: row.answers ? 'plain' : 'bad' }
        ])
    }];
}

/** A rule id, linked to its page only when the page is on the web: a file:/// link is dead in a report sent by e-mail. */
export function ruleText(rule: string, helpUri: string): Text {
    return /^https?:\/\//.test(helpUri) ? { text: rule, href: helpUri } : { text: rule };
}

/** One line per check named in the report, so the report explains itself wherever it is read. */
export function glossaryBlocks(systems: readonly SystemReport[]): Block[] {
    const named = new Set<string>();
    for (const system of systems) {
        for (const { findings } of system.areas) for (const finding of findings) named.add(finding.rule);
        for (const finding of system.suppressions) named.add(finding.rule);
    }
    const rules = [...named].sort().map(id => rulesById.get(id)).filter(rule => rule !== undefined);
    if (rules.length === 0) return [];
    return [
        { kind: 'heading', level: 2, text: 'The checks named in this report' },
        { kind: 'list', items: rules.map(rule => [{ text: `${rule.id}: ` }, { text: `${rule.description} (${rule.anchor})` }]) }
    ];
}

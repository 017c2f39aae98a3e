/**
 * Where each finding of a report can be linked to: its entry in the action list
 * (when the list shows it) and its row in the findings by area. The diagrams'
 * badges link there, so a reader goes from a mark on the picture to what to do.
 */
import type { DiagramFinding } from '../diagram/model/diagram-model.js';
import type { ReportedFinding } from './findings.js';
import type { SystemReport } from './report-model.js';

/** The most items the action list shows per person; the rest are in the findings by area. */
export const MAX_PER_PERSON = 10;

export class FindingAnchors {
    private readonly rows = new Map<ReportedFinding, string>();
    private readonly actions = new Map<ReportedFinding, string>();
    private readonly byPlace = new Map<string, ReportedFinding>();

    /** `prefix` keeps the anchors of several systems in one page apart. */
    constructor(system: SystemReport, prefix: string) {
        let number = 0;
        for (const { findings } of system.areas) {
            for (const finding of findings) {
                number += 1;
                this.rows.set(finding, `${prefix}finding-${number}`);
                this.byPlace.set(placeKey(finding.uri, finding.line - 1, finding.column - 1, finding.rule, finding.message), finding);
            }
        }
        for (const { findings } of system.actions) {
            for (const finding of findings.slice(0, MAX_PER_PERSON)) {
                const row = this.rows.get(finding);
                if (row) this.actions.set(finding, row.replace(/finding-(\d+)$/, 'action-$1'));
            }
        }
    }

    /** The id of the finding's row in the findings by area. */
    row(finding: ReportedFinding): string | undefined {
        return this.rows.get(finding);
    }

    /** The id of the finding's entry in the action list, when the list shows it. */
    action(finding: ReportedFinding): string | undefined {
        return this.actions.get(finding);
    }

    /**
     * Where a badge carrying these findings (worst first) links: the action list's entry of
     * the first one it shows, else the first one's row in the findings by area.
     */
    linkFor(findings: readonly DiagramFinding[]): string | undefined {
        const reported = findings
            .map(finding => this.byPlace.get(placeKey(finding.uri, finding.range.start.line, finding.range.start.character, finding.rule, finding.message)))
            .filter(finding => finding !== undefined);
        const listed = reported.find(finding => this.actions.has(finding));
        const target = listed ? this.actions.get(listed) : reported[0] && this.rows.get(reported[0]);
        return target === undefined ? undefined : `#${target}`;
    }
}

/** A finding's identity across the two conversions: file, 0-based start, rule and message (whitespace folded). */
function placeKey(uri: string, line: number, character: number, rule: string, message: string): string {
    return [uri, line, character, rule, message.replace(/\s+/g, ' ').trim()].join('\n');
}

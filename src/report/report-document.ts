/**
 * The report as a sequence of plain blocks (headings, paragraphs, lists,
 * tables) in an owner's words, so the Markdown and HTML renderers only differ in
 * syntax. Cells carry a tone (good / warn / bad) that HTML shows as colour and
 * Markdown as a symbol, and an optional link (a rule's documentation page).
 */
import { STS_VERSION } from '../config/rule-docs.js';
import type { ReportedFinding } from './findings.js';
import type { ProcessFeedback, RaciCell, SystemReport, TrainingCell } from './report-model.js';
import { renderSvg } from '../diagram/render/render-svg.js';
import { FindingAnchors } from './finding-anchors.js';
import { actionBlocks, glossaryBlocks, processOwnerBlocks, ruleText } from './report-actions.js';

export type Tone = 'good' | 'warn' | 'bad' | 'plain';

export interface Text {
    readonly text: string;
    readonly href?: string;
    readonly tone?: Tone;
}

export type Block =
    | { readonly kind: 'heading'; readonly level: 1 | 2 | 3 | 4; readonly text: string }
    | { readonly kind: 'paragraph'; readonly parts: readonly Text[] }
    /** `ids`: an anchor per item (a finding the diagrams link to), where it has one */
    | { readonly kind: 'list'; readonly items: ReadonlyArray<readonly Text[]>; readonly ids?: ReadonlyArray<string | undefined> }
    | { readonly kind: 'table'; readonly header: readonly string[]; readonly rows: ReadonlyArray<readonly Text[]>; readonly rowIds?: ReadonlyArray<string | undefined> }
    /** a picture: self-contained SVG markup (HTML only; the Markdown report leaves it out) */
    | { readonly kind: 'figure'; readonly caption: string; readonly svg: string };

const SEVERITY_TONE: Record<string, Tone> = { error: 'bad', warning: 'warn', info: 'plain', hint: 'plain' };
const TRAINING: Record<TrainingCell, Text> = {
    'trained': { text: 'trained', tone: 'good' },
    'uses-untrained': { text: 'uses, untrained', tone: 'bad' },
    'not-needed': { text: '—' }
};

export function reportDocument(systems: readonly SystemReport[]): Block[] {
    const blocks: Block[] = [
        { kind: 'heading', level: 1, text: systems.length === 1 ? `STS report: ${systemName(systems[0]!)}` : 'STS report' },
        { kind: 'paragraph', parts: [{ text: `Made by sts ${STS_VERSION} from ${plural(systems.reduce((sum, system) => sum + system.files.length, 0), 'file')}. Findings follow the project's rule settings (sts.config.json, where there is one); the checks named are explained at the end.` }] }
    ];
    systems.forEach((system, position) => { for (const block of systemBlocks(system, systems.length > 1 ? `s${position + 1}-` : undefined)) blocks.push(block); });
    for (const item of glossaryBlocks(systems)) blocks.push(item);
    return blocks;
}

/** `prefix`: of the system's anchors when the report covers several systems. */
function systemBlocks(system: SystemReport, prefix: string | undefined): Block[] {
    const several = prefix !== undefined;
    const anchors = new FindingAnchors(system, prefix ?? '');
    const top = several ? 2 : 1;
    const section = (top + 1) as 2 | 3;
    const sub = (section + 1) as 3 | 4;
    const blocks: Block[] = [];
    if (several) blocks.push({ kind: 'heading', level: 2, text: systemName(system) });
    blocks.push({ kind: 'paragraph', parts: [{ text: `Files: ${system.files.join(', ') || '—'}. ` }, summaryText(system)] });
    for (const item of actionBlocks(system, section, sub, anchors)) blocks.push(item);
    for (const item of diagramBlocks(system, section, sub, anchors, prefix ?? '')) blocks.push(item);

    blocks.push({ kind: 'heading', level: section, text: 'Findings by area' });
    for (const { area, findings } of system.areas) {
        if (findings.length === 0) continue;
        blocks.push({ kind: 'heading', level: sub, text: `${capitalise(area)} (${findings.length})` });
        blocks.push(findingsTable(findings, anchors));
    }
    // Clear areas get one line, so the page leads with what needs doing.
    const clear = system.areas.filter(entry => entry.findings.length === 0).map(entry => entry.area);
    if (clear.length > 0) blocks.push({ kind: 'paragraph', parts: [{ text: `Nothing to act on in: ${clear.join(', ')}.`, tone: 'good' }] });

    blocks.push({ kind: 'heading', level: section, text: 'Who does what (RACI)' });
    if (system.raci.rows.length === 0) blocks.push({ kind: 'paragraph', parts: [{ text: 'No tasks are declared.' }] });
    else {
        for (const item of processOwnerBlocks(system)) blocks.push(item);
        blocks.push({ kind: 'paragraph', parts: [{ text: 'A: accountable owner · R: performs the work · C: consulted before · I: informed after · E: the task escalates to them. A task without an A has nobody answering for it.' }] });
        blocks.push({
            kind: 'table', header: ['Task', 'Process', ...system.raci.actors],
            rows: system.raci.rows.map(row => [
                { text: row.task, tone: row.cells.some(cell => cell.includes('A')) ? 'plain' : 'bad' },
                { text: row.processes.join(', ') || '—' },
                ...row.cells.map(raciText)
            ])
        });
    }

    blocks.push({ kind: 'heading', level: section, text: 'Training' });
    if (system.training.rows.length === 0) blocks.push({ kind: 'paragraph', parts: [{ text: 'No one uses or is trained on a tool.' }] });
    else {
        blocks.push({ kind: 'paragraph', parts: [{ text: '“uses, untrained”: the actor owns or performs a task that uses the tool, or sends work through it, without training.' }] });
        blocks.push({ kind: 'table', header: ['Actor', ...system.training.tools], rows: system.training.rows.map(row => [{ text: row.actor }, ...row.cells.map(cell => TRAINING[cell])]) });
    }

    blocks.push({ kind: 'heading', level: section, text: 'Single points of failure' });
    if (system.singlePoints.length === 0) {
        blocks.push({ kind: 'paragraph', parts: [{ text: `None: every tool in use, every needed skill and every task has at least ${system.minPeople} people of the business who can handle it.`, tone: 'good' }] });
    } else {
        blocks.push({ kind: 'paragraph', parts: [{ text: `Tools, skills and tasks that fewer than ${system.minPeople} people of the business can handle (headcounts included; customers, outside parties and agents do not count): when they are away, the work stops.` }] });
        blocks.push({
            kind: 'list', items: system.singlePoints.map(point => [
                { text: `${capitalise(point.kind)} ${point.name}: `, tone: 'warn' },
                { text: point.message }
            ])
        });
    }

    blocks.push({ kind: 'heading', level: section, text: 'Automation candidates' });
    if (system.automation.length === 0) blocks.push({ kind: 'paragraph', parts: [{ text: 'No manual task done in software is marked repetitive or rule-based.' }] });
    else {
        blocks.push({
            kind: 'table', header: ['Task', 'Owner', 'Marked', 'Software that might do it'],
            rows: system.automation.map(task => [
                { text: task.task }, { text: task.owner ?? 'nobody', tone: task.owner ? 'plain' : 'bad' }, { text: task.marks.join(', ') }, { text: task.tools.join(', ') || '—' }
            ])
        });
    }

    blocks.push({ kind: 'heading', level: section, text: 'Feedback coverage' });
    if (system.feedback.length === 0) blocks.push({ kind: 'paragraph', parts: [{ text: 'No processes are declared.' }] });
    else {
        blocks.push({ kind: 'paragraph', parts: [{ text: 'A process is closed when feedback about it reaches its owner or a task owner of the business at a set cadence, or a metric owned by someone of the business and reviewed at a cadence measures it.' }] });
        blocks.push({ kind: 'table', header: ['Process', 'Owner', 'Loop', 'Feedback', 'Metrics'], rows: system.feedback.map(feedbackRow) });
    }

    blocks.push({ kind: 'heading', level: section, text: `Exceptions (sts-ignore) (${system.suppressions.length})` });
    if (system.suppressions.length === 0) blocks.push({ kind: 'paragraph', parts: [{ text: 'No finding is silenced.' }] });
    else {
        blocks.push({
            kind: 'table', header: ['Where', 'Rule', 'Reason given', 'What it silences'],
            rows: system.suppressions.map(finding => [
                { text: `${finding.file}:${finding.line}` },
                ruleText(finding.rule, finding.helpUri),
                finding.reason ? { text: finding.reason } : { text: 'no reason given', tone: 'bad' },
                { text: finding.message }
            ])
        });
    }
    return blocks;
}

function findingsTable(findings: readonly ReportedFinding[], anchors: FindingAnchors): Block {
    return {
        kind: 'table', header: ['Where', 'Severity', 'Rule', 'Finding'],
        rowIds: findings.map(finding => anchors.row(finding)),
        rows: findings.map(finding => [
            { text: `${finding.file}:${finding.line}` },
            { text: finding.severity, tone: SEVERITY_TONE[finding.severity] ?? 'plain' },
            ruleText(finding.rule, finding.helpUri),
            { text: finding.message }
        ])
    };
}

/** The system's pictures, each badge a link to what to do about its findings. */
function diagramBlocks(system: SystemReport, level: 2 | 3, sub: 3 | 4, anchors: FindingAnchors, prefix: string): Block[] {
    if (!system.diagrams || system.diagrams.length === 0) return [];
    const blocks: Block[] = [
        { kind: 'heading', level, text: 'The system in pictures' },
        { kind: 'paragraph', parts: [{ text: 'The same pictures as the editor\u2019s diagram. A coloured badge marks a finding: click it for what to do about it; hover over a box or a line for its full text.' }] }
    ];
    system.diagrams.forEach(({ title, diagram }, position) => {
        blocks.push({ kind: 'heading', level: sub, text: title });
        const svg = renderSvg(diagram, { theme: 'light', idPrefix: `${prefix}d${position + 1}`, badgeLink: findings => anchors.linkFor(findings) });
        blocks.push({ kind: 'figure', caption: title, svg });
    });
    return blocks;
}

function feedbackRow(process: ProcessFeedback): Text[] {
    const feedback = process.feedback.map(item =>
        `${item.name}: ${item.from ?? '?'} → ${item.to ?? '?'}${item.cadence ? `, ${item.cadence}` : ''}${item.reachesOwner ? '' : ' (reaches no owner)'}`);
    const metrics = process.metrics.map(metric =>
        `${metric.name}${metric.target ? ` ${metric.target}` : ''} (${metric.owner ?? 'no owner'}, ${metric.review ? `reviewed ${metric.review}` : 'never reviewed'})`);
    return [
        { text: process.process },
        { text: process.owner ?? 'nobody', tone: process.owner ? 'plain' : 'bad' },
        process.closed ? { text: 'closed', tone: 'good' } : { text: 'open', tone: 'bad' },
        { text: feedback.join('; ') || '—' },
        { text: metrics.join('; ') || '—' }
    ];
}

function summaryText(system: SystemReport): Text {
    const { error, warning, info, hint } = system.counts;
    const parts = [error && plural(error, 'error'), warning && plural(warning, 'warning'), info && `${info} info`, hint && plural(hint, 'hint')].filter(Boolean);
    const silenced = system.suppressions.length > 0 ? `; ${plural(system.suppressions.length, 'finding')} silenced with a reason` : '';
    if (parts.length === 0) return { text: `No findings${silenced}.`, tone: 'good' };
    return { text: `${parts.join(', ')}${silenced}.`, tone: error > 0 ? 'bad' : warning > 0 ? 'warn' : 'plain' };
}

function raciText(cell: RaciCell): Text {
    return { text: cell, tone: 'plain' };
}

function systemName(system: SystemReport): string {
    return system.title && system.title !== system.name ? `${system.title} (${system.name})` : system.name;
}

function capitalise(text: string): string {
    return text.charAt(0).toUpperCase() + text.slice(1);
}

function plural(count: number, word: string, words = `${word}s`): string {
    return `${count} ${count === 1 ? word : words}`;
}

/**
 * `sts impact --format html`: one self-contained page (the report's own HTML
 * renderer) with the grouped, ordered list of what the change does to each
 * person, then the business after the change — its system view and each
 * process the change touches — with every added, changed and removed element
 * and relation marked, and a legend saying what the marks mean.
 */
import { createBundledElk } from '../diagram/layout/default-elk.js';
import { layoutDiagram } from '../diagram/layout/layout-diagram.js';
import type { DiagramModel, DiagramNode, LaidOutDiagram } from '../diagram/model/diagram-model.js';
import { renderSvg } from '../diagram/render/render-svg.js';
import { renderHtml } from '../report/render-html.js';
import type { Block } from '../report/report-document.js';
import { sectionsByPerson, summaryLine } from './by-person.js';
import type { PeopleNames } from './format-impact.js';
import type { ImpactReport } from './impact-items.js';
import { PHASE_TITLES } from './impact-items.js';

export async function impactHtml(report: ImpactReport, names: PeopleNames, diagram: DiagramModel): Promise<string> {
    const blocks: Block[] = [
        { kind: 'heading', level: 1, text: `Impact of the change: ${report.before} → ${report.after}` },
        { kind: 'paragraph', parts: [{ text: summaryLine(report), tone: report.summary.findingsIntroduced > 0 ? 'warn' : 'plain' }] }
    ];
    for (const section of sectionsByPerson(report, names.order)) {
        blocks.push({ kind: 'heading', level: 2, text: personHeading(section.person, names) });
        for (const { phase, items } of section.phases) {
            blocks.push({ kind: 'heading', level: 3, text: PHASE_TITLES[phase] });
            blocks.push({ kind: 'list', items: items.map(item => [{ text: item.text }]) });
        }
    }
    const pictures = await changedPictures(diagram);
    if (pictures.length > 0) {
        blocks.push({ kind: 'heading', level: 2, text: 'The business after the change' });
        blocks.push({ kind: 'paragraph', parts: [{ text: 'Marked on the pictures: + added, ~ changed, − removed (drawn faded, where it stood before). The legend under each picture says what its marks mean.' }] });
        pictures.forEach(({ title, laidOut }, position) => {
            blocks.push({ kind: 'heading', level: 3, text: title });
            blocks.push({ kind: 'figure', caption: title, svg: renderSvg(laidOut, { theme: 'light', idPrefix: `d${position + 1}` }) });
        });
    }
    return renderHtml(blocks);
}

/** The system view, then the process view of each process with something marked in it. */
async function changedPictures(diagram: DiagramModel): Promise<Array<{ title: string; laidOut: LaidOutDiagram }>> {
    if (diagram.nodes.length === 0) return [];
    let elk: ReturnType<typeof createBundledElk> | undefined;
    const options = { elk: () => (elk ??= createBundledElk()) };
    const pictures = [{ title: 'The system: who does what, with which tools', laidOut: await layoutDiagram(diagram, { view: 'system' }, options) }];
    for (const process of diagram.nodes.filter(node => node.kind === 'process' && touched(diagram, node))) {
        const title = process.title && process.title !== process.name ? `Process ${process.name} “${process.title}”` : `Process ${process.name}`;
        pictures.push({ title, laidOut: await layoutDiagram(diagram, { view: 'process', process: process.name }, options) });
    }
    return pictures;
}

/** The process, one of its steps or one of its handoffs changed. */
function touched(diagram: DiagramModel, process: DiagramNode): boolean {
    if (process.change) return true;
    const steps = new Set(process.tasks ?? []);
    return diagram.nodes.some(node => steps.has(node.id) && node.change !== undefined)
        || diagram.edges.some(edge => edge.process === process.id && edge.change !== undefined);
}

function personHeading(person: string | undefined, names: PeopleNames): string {
    if (person === undefined) return 'The business as a whole';
    const title = names.titles.get(person);
    return title && title !== person ? `${person} (${title})` : person;
}

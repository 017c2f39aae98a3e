/**
 * The pictures of the HTML report: the system view, then each process's lane
 * view, laid out with the same pure stages as the preview and `sts diagram`
 * (model → layout) at the preview's width, so their text reads at full size in
 * a page about 900 px wide. SVG is written later, when the report knows the
 * anchors its badges link to.
 */
import type { LangiumDocument } from 'langium';
import { createBundledElk } from '../diagram/layout/default-elk.js';
import { layoutDiagram } from '../diagram/layout/layout-diagram.js';
import type { LaidOutDiagram } from '../diagram/model/diagram-model.js';
import { diagramModelOfDocument } from '../diagram/model/model-of-document.js';
import type { StsCoreServices } from '../validation/core-services.js';

export interface ReportDiagram {
    /** What the picture shows, as a heading: `The system`, `Process DineIn “Dine-in service”`. */
    readonly title: string;
    readonly diagram: LaidOutDiagram;
}

export async function reportDiagrams(services: StsCoreServices, documents: readonly LangiumDocument[]): Promise<ReportDiagram[]> {
    const first = documents[0];
    if (!first) return [];
    const model = diagramModelOfDocument(services, first);
    let elk: ReturnType<typeof createBundledElk> | undefined;
    const options = { elk: () => (elk ??= createBundledElk()) };
    const diagrams: ReportDiagram[] = [{ title: 'The system: who does what, with which tools', diagram: await layoutDiagram(model, { view: 'system' }, options) }];
    for (const process of model.nodes.filter(node => node.kind === 'process')) {
        const title = process.title && process.title !== process.name ? `Process ${process.name} “${process.title}”` : `Process ${process.name}`;
        diagrams.push({ title, diagram: await layoutDiagram(model, { view: 'process', process: process.name }, options) });
    }
    return diagrams;
}

/** Runs the three diagram stages on .sts text, as the preview and the command line do. */
import { createBundledElk } from '../../src/diagram/layout/default-elk.js';
import { layoutDiagram } from '../../src/diagram/layout/layout-diagram.js';
import type { DiagramModel, LaidOutDiagram, ViewRequest } from '../../src/diagram/model/diagram-model.js';
import { renderSvg, type ThemeName } from '../../src/diagram/render/render-svg.js';
import { modelOf } from './diagram-helpers.js';

export async function pictureOf(text: string, request: ViewRequest, previous?: LaidOutDiagram): Promise<{ model: DiagramModel; diagram: LaidOutDiagram }> {
    const model = await modelOf(text);
    const diagram = await layoutDiagram(model, request, { elk: createBundledElk, ...(previous ? { previous } : {}) });
    return { model, diagram };
}

export async function svgOf(text: string, request: ViewRequest, theme: ThemeName = 'light'): Promise<string> {
    const { diagram } = await pictureOf(text, request);
    return renderSvg(diagram, { theme });
}

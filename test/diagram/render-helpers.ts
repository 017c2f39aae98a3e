/** Runs the three diagram stages on .sts text, as the preview and the command line do. */
import { createBundledElk } from '../../src/diagram/layout/default-elk.js';
import { layoutDiagram, type LayoutOptions } from '../../src/diagram/layout/layout-diagram.js';
import type { DiagramFinding, DiagramModel, LaidOutDiagram, ViewRequest } from '../../src/diagram/model/diagram-model.js';
import { renderSvg, type ThemeName } from '../../src/diagram/render/render-svg.js';
import { modelOf } from './diagram-helpers.js';

export async function pictureOf(text: string, request: ViewRequest, previous?: LaidOutDiagram, options: Partial<LayoutOptions> = {}): Promise<{ model: DiagramModel; diagram: LaidOutDiagram }> {
    const model = await modelOf(text);
    const diagram = await layoutDiagram(model, request, { elk: createBundledElk, ...options, ...(previous ? { previous } : {}) });
    return { model, diagram };
}

export async function svgOf(text: string, request: ViewRequest, theme: ThemeName = 'light'): Promise<string> {
    const { diagram } = await pictureOf(text, request);
    return renderSvg(diagram, { theme });
}

/** The findings of the language contract (LANGUAGE.md); other catalogue rules come and go. */
export const CONTRACT_RULES = new Set(['unresolved-reference', 'unowned-task', 'untrained-user', 'missing-feedback-loop']);

/** The SVG with only the contract's findings: what a snapshot can hold without changing with every new rule. */
export async function contractSvgOf(text: string, request: ViewRequest, theme: ThemeName = 'light'): Promise<string> {
    const { diagram } = await pictureOf(text, request);
    const keep = <T extends { findings: readonly DiagramFinding[] }>(holder: T): T => ({ ...holder, findings: holder.findings.filter(finding => CONTRACT_RULES.has(finding.rule)) });
    return renderSvg({ ...diagram, nodes: diagram.nodes.map(keep), edges: diagram.edges.map(keep) }, { theme });
}

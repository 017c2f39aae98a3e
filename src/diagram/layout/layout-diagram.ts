/**
 * Stage 2: a diagram model and a view request → positions of every node, edge,
 * lane and label. Each view composes its picture from parts laid out on their
 * own (see the view modules); ELK orders the work inside each process (or a
 * linear-time ordering in large views, see order-work.ts). Pass the
 * previous picture of the same view to keep unchanged parts where they were,
 * and one `LayoutCache` per preview to skip parts that did not change.
 */
import type { ELK } from 'elkjs/lib/elk-api.js';
import type { DiagramModel, FlowDirection, LaidOutDiagram, ViewRequest } from '../model/diagram-model.js';
import { placeBadges } from './badge-placer.js';
import { LAYOUT_WIDTH } from './geometry.js';
import type { LayoutCache } from './layout-cache.js';
import type { WorkOrderEngine } from './order-work.js';
import { layoutProcessView } from './process-layout.js';
import { layoutSystemView } from './system-layout.js';
import { layoutTrainingView } from './training-layout.js';
import { ViewModel } from './view-model.js';

/** An ELK instance (bundled, or worker-backed in the webview), or a factory called once when first needed. */
export type ElkSource = Pick<ELK, 'layout'> | (() => Pick<ELK, 'layout'>);

export interface LayoutOptions {
    readonly elk: ElkSource;
    /** The previous picture of the same view: unchanged parts keep their positions. */
    readonly previous?: LaidOutDiagram;
    /** Keep one cache per preview across edits: parts whose content did not change are not laid out again. */
    readonly cache?: LayoutCache;
    /** Who orders the work inside a process: ELK, the linear-time ordering, or ELK while the view is small (default `auto`). */
    readonly workOrder?: WorkOrderEngine;
    /** The width to lay out for, in picture pixels (default `LAYOUT_WIDTH`, a 700 px panel); views grow downwards past it. */
    readonly width?: number;
    /** The process view's flow: `down` (default; lanes side by side) or `right` (lanes stacked, steps across: for wide panels). */
    readonly direction?: FlowDirection;
}

export async function layoutDiagram(model: DiagramModel, request: ViewRequest, options: LayoutOptions): Promise<LaidOutDiagram> {
    const view = new ViewModel(model);
    const previous = options.previous?.view === request.view ? options.previous : undefined;
    const laidOut = await layoutView(view, request, options, previous);
    return placeBadges(laidOut);
}

async function layoutView(view: ViewModel, request: ViewRequest, options: LayoutOptions, previous: LaidOutDiagram | undefined): Promise<LaidOutDiagram> {
    switch (request.view) {
        case 'system': return layoutSystemView(view, previous);
        case 'training': return layoutTrainingView(view, previous);
        case 'process': {
            const direction = options.direction ?? 'down';
            const before = previous?.direction === direction || (!previous?.direction && direction === 'right') ? previous : undefined;
            return layoutProcessView(view, request, elkOnce(options.elk), options.cache, before, options.workOrder, direction, options.width ?? LAYOUT_WIDTH);
        }
    }
}

function elkOnce(source: ElkSource): () => Pick<ELK, 'layout'> {
    if (typeof source !== 'function') return () => source;
    let instance: Pick<ELK, 'layout'> | undefined;
    return () => (instance ??= source());
}

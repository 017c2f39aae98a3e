/**
 * The diagram webview's page (`dist/media/webview.js`). It asks the extension
 * for the model when the server says the document changed, lays it out with
 * the diagram's layout stage (ELK in a worker) and draws it with the render
 * stage; keeps the last good diagram when the text does not parse; and links
 * the picture and the text both ways.
 *
 * For tests and tools the root element `#sts-app` carries `data-state`
 * (`loading`, `ok`, `parse-error`, `failure`), `data-ready="true"` once a
 * diagram is shown, `data-revision` (counts diagrams drawn), `data-view` and
 * `data-highlighted` (the id of the highlighted element), `data-layout`
 * (`worker`, or `page` when ELK could not start in a worker) and
 * `data-update-ms` (from the last change notice to the picture drawn).
 */
import { LAYOUT_WIDTH, LayoutCache, layoutDiagram, renderSvg, type FlowDirection, type ViewRequest } from '../diagram/webview.js';
import type {
    DiagramModel, DiagramModelResult, DiagramView, ExtensionToWebview, LaidOutDiagram, SourceLocation
} from '../protocol/diagram-protocol.js';
import { isView } from '../protocol/diagram-protocol.js';
import { DiagramCanvas } from './diagram-canvas.js';
import { createElk } from './elk-client.js';
import { pngBase64, standaloneSvg } from './export-image.js';
import { StatusBanner } from './status-banner.js';
import { Toolbar } from './toolbar.js';
import { Viewport } from './viewport.js';
import { connectToHost, type HostChannel } from './vscode-api.js';

const ZOOM_STEP = 1.25;
/** Laid out this much wider than the panel, the picture shows at ≥ 95 % when fitted to the width: 12 px text stays ≥ 11 px. */
const LEGIBLE_SCALE = 0.95;

interface PanelShape { readonly width: number; readonly direction: FlowDirection }

/**
 * The layout's width for a panel (in steps of 40 px, so small resizes keep the
 * picture) and the process view's direction: across for a wide, short panel,
 * down otherwise.
 */
export function panelShape(width: number, height: number): PanelShape {
    if (width <= 0) return { width: LAYOUT_WIDTH, direction: 'down' };
    const room = Math.max(480, Math.floor((width - 16) / LEGIBLE_SCALE / 40) * 40);
    return { width: room, direction: width >= 1000 && width / Math.max(1, height) >= 1.6 ? 'right' : 'down' };
}

class DiagramPreview {
    private uri: string | undefined;
    private view: DiagramView | undefined;
    private process: string | undefined;
    private follow = true;
    private model: DiagramModel | undefined;
    /** The text has changed into something the server could not model (parse errors, a failure): the picture is the last good one. */
    private staleText = false;
    private latestRequest = 0;
    private layoutGeneration = 0;
    private revision = 0;
    private needsFit = true;
    private legendShown = true;
    /** When the latest change notice arrived, to report how long the picture took to follow. */
    private changeNoticedAt: number | undefined;
    private readonly previous = new Map<string, LaidOutDiagram>();
    private readonly caches = new Map<DiagramView, LayoutCache>();
    private readonly elk: ReturnType<typeof createElk>;
    private readonly toolbar: Toolbar;
    private readonly banner: StatusBanner;
    private readonly canvas: DiagramCanvas;
    private readonly viewport: Viewport;
    private readonly frame: HTMLElement;
    private shape: PanelShape = { width: LAYOUT_WIDTH, direction: 'down' };
    private resizeTimer: ReturnType<typeof setTimeout> | undefined;

    constructor(private readonly root: HTMLElement, private readonly host: HostChannel) {
        this.elk = createElk(root.dataset['layoutWorker'] ?? '');
        this.toolbar = new Toolbar({
            view: view => this.chooseView(view, this.process),
            process: process => this.chooseView('process', process),
            zoomIn: () => this.viewport.zoomBy(ZOOM_STEP),
            zoomOut: () => this.viewport.zoomBy(1 / ZOOM_STEP),
            resetZoom: () => this.viewport.resetZoom(),
            fitWidth: () => this.fitWidth(),
            fit: () => this.fit(),
            legend: shown => { this.legendShown = shown; this.redraw(); },
            follow: follow => { this.follow = follow; this.host.post({ type: 'setFollow', follow }); this.saveState(); }
        });
        this.banner = new StatusBanner(location => this.reveal(location));
        const frame = element('div', 'sts-viewport');
        const canvas = element('div', 'sts-canvas');
        frame.append(canvas);
        this.canvas = new DiagramCanvas(canvas, location => this.reveal(location));
        this.viewport = new Viewport(frame, canvas, (scale, mode) => {
            this.toolbar.showZoom(scale);
            this.root.dataset['zoom'] = mode;
        });
        this.frame = frame;
        root.append(this.toolbar.element, this.banner.element, frame);
        // The panel's shape decides the layout's width and the process view's direction: lay out again when it changes.
        new ResizeObserver(() => this.resized()).observe(frame);
        this.setState('loading');
        this.banner.showInfo('Waiting for the language server…');

        window.addEventListener('message', event => this.receive(event.data as ExtensionToWebview));
        window.addEventListener('keydown', event => this.key(event));
        this.host.post({ type: 'ready' });
    }

    private receive(message: ExtensionToWebview): void {
        if (typeof message !== 'object' || message === null) return;
        switch (message.type) {
            case 'document': return this.showDocument(message.uri, message.fileName, message.follow, message.defaultView);
            case 'modelChanged':
                this.changeNoticedAt = performance.now();
                return this.requestModel();
            case 'model': return this.modelArrived(message.requestId, message.result);
            case 'selection': {
                const id = this.canvas.highlightAt(message.uri, message.position);
                if (id) this.root.dataset['highlighted'] = id; else delete this.root.dataset['highlighted'];
                // Like the Markdown preview's scroll sync: the highlighted element comes into view.
                const shown = id ? this.canvas.highlightedElement() : undefined;
                if (shown) this.viewport.bringIntoView(shown.getBoundingClientRect());
                return;
            }
            case 'export': return void this.export(message.requestId, message.format);
        }
    }

    private showDocument(uri: string, fileName: string, follow: boolean, defaultView: DiagramView): void {
        const restored = this.host.state();
        if (uri !== this.uri) {
            // Another document: nothing of the old picture may leak into the new one.
            this.model = undefined;
            this.layoutGeneration++; // a layout of the old document still running must not draw
            this.canvas.clear();
            delete this.root.dataset['ready'];
            delete this.root.dataset['highlighted'];
            this.setState('loading');
            this.previous.clear();
            this.caches.clear();
            this.needsFit = true;
            if (this.view === undefined && restored.uri === uri) {
                this.view = isView(restored.view) ? restored.view : undefined;
                this.process = typeof restored.process === 'string' ? restored.process : undefined;
            }
        }
        this.uri = uri;
        this.view ??= defaultView;
        this.follow = follow;
        this.toolbar.showFile(fileName);
        this.toolbar.showFollow(follow);
        this.toolbar.showView(this.view);
        this.saveState();
        this.requestModel();
    }

    private requestModel(): void {
        if (!this.uri) return;
        this.latestRequest++;
        this.host.post({ type: 'requestModel', requestId: this.latestRequest });
    }

    private modelArrived(requestId: number, result: DiagramModelResult): void {
        if (requestId !== this.latestRequest) return; // an answer to an older question
        switch (result.kind) {
            case 'model': {
                this.model = result.model;
                this.staleText = false;
                const processes = result.model.nodes.filter(node => node.kind === 'process').map(node => ({ name: node.name, label: node.label }));
                // A process renamed or deleted in the text: fall back to all of them rather than an empty picture.
                if (this.process !== undefined && !processes.some(process => process.name === this.process)) {
                    this.process = undefined;
                    this.saveState();
                }
                this.toolbar.showProcesses(processes, this.process);
                void this.relayout();
                return;
            }
            case 'parseErrors':
                this.changeNoticedAt = undefined;
                this.staleText = true;
                this.banner.showParseErrors(result.errors, this.canvas.current !== undefined);
                this.setState('parse-error');
                return;
            case 'failure':
                this.changeNoticedAt = undefined;
                this.staleText = true;
                this.banner.showFailure(result.message, this.canvas.current !== undefined);
                this.setState('failure');
                return;
        }
    }

    private chooseView(view: DiagramView, process: string | undefined): void {
        if (view === this.view && process === this.process) return;
        this.view = view;
        this.process = process;
        this.needsFit = true;
        this.toolbar.showView(view);
        this.saveState();
        void this.relayout();
    }

    /** Lays out the current model in the current view; a newer layout started meanwhile wins. */
    private async relayout(): Promise<void> {
        const model = this.model;
        const view = this.view;
        if (!model || !view) return;
        const generation = ++this.layoutGeneration;
        const request: ViewRequest = view === 'process' && this.process ? { view, process: this.process } : { view };
        const key = `${view}:${request.process ?? ''}`;
        try {
            const { elk, mode } = await this.elk;
            this.root.dataset['layout'] = mode;
            const shape = this.shape;
            const laidOut = await layoutDiagram(model, request, { elk, previous: this.previous.get(key), cache: this.cacheOf(view), width: shape.width, direction: shape.direction });
            if (generation !== this.layoutGeneration) return;
            this.previous.set(key, laidOut);
            this.draw(laidOut);
        } catch (error) {
            if (generation !== this.layoutGeneration) return;
            this.banner.showFailure(`The diagram could not be laid out: ${describe(error)}`, this.canvas.current !== undefined);
            this.setState('failure');
        }
    }

    private draw(laidOut: LaidOutDiagram): void {
        this.canvas.show(renderSvg(laidOut, { theme: 'vscode', legend: this.legendShown }), laidOut);
        const size = this.canvas.size;
        if (size && this.needsFit) {
            this.needsFit = false;
            this.viewport.fitWidth(size.width, size.height, false);
        } else if (size) this.viewport.follow(size.width, size.height);
        this.root.dataset['zoom'] = this.viewport.mode;
        this.root.dataset['layoutWidth'] = String(this.shape.width);
        this.root.dataset['direction'] = laidOut.direction ?? '';
        // A view with nothing to draw says so inside the picture (`laidOut.message`); the banner is for problems.
        // Drawing the last good model again (a resize, a view change) while the text does not parse keeps its banner.
        if (!this.staleText) this.banner.clear();
        this.revision++;
        this.root.dataset['revision'] = String(this.revision);
        this.root.dataset['ready'] = 'true';
        this.root.dataset['view'] = laidOut.view;
        if (this.changeNoticedAt !== undefined) {
            this.root.dataset['updateMs'] = String(Math.round(performance.now() - this.changeNoticedAt));
            this.changeNoticedAt = undefined;
        }
        if (!this.staleText) this.setState('ok');
    }

    /** Draws the current picture again (the legend was toggled): no new layout needed. */
    private redraw(): void {
        const current = this.canvas.current;
        if (current) this.draw(current);
    }

    private fit(): void {
        const size = this.canvas.size;
        if (size) this.viewport.fit(size.width, size.height);
        this.root.dataset['zoom'] = this.viewport.mode;
    }

    private fitWidth(): void {
        const size = this.canvas.size;
        if (size) this.viewport.fitWidth(size.width, size.height, true);
        this.root.dataset['zoom'] = this.viewport.mode;
    }

    /** After the panel changed size: a new layout if its width or direction should change (debounced), else a refit. */
    private resized(): void {
        if (this.resizeTimer !== undefined) clearTimeout(this.resizeTimer);
        this.resizeTimer = setTimeout(() => {
            this.resizeTimer = undefined;
            // The panel's height, not the frame's: a banner appearing above the picture must not flip its direction.
            const shape = panelShape(this.frame.getBoundingClientRect().width, window.innerHeight);
            if (shape.width !== this.shape.width || shape.direction !== this.shape.direction) {
                this.shape = shape;
                void this.relayout();
            } else {
                const size = this.canvas.size;
                if (size) this.viewport.follow(size.width, size.height);
            }
        }, 120);
    }

    private async export(requestId: number, format: 'svg' | 'png'): Promise<void> {
        try {
            const current = this.canvas.current;
            if (!current) throw new Error('there is no diagram to export yet');
            const svg = standaloneSvg(current);
            const data = format === 'svg' ? svg : await pngBase64(svg);
            this.host.post({ type: 'exported', requestId, format, data });
        } catch (error) {
            this.host.post({ type: 'exportFailed', requestId, message: describe(error) });
        }
    }

    private reveal(location: SourceLocation): void {
        this.host.post({ type: 'reveal', location });
    }

    private key(event: KeyboardEvent): void {
        if (event.target instanceof HTMLSelectElement || event.target instanceof HTMLInputElement) return;
        if (event.ctrlKey || event.metaKey || event.altKey) return;
        switch (event.key) {
            case '+': case '=': this.viewport.zoomBy(ZOOM_STEP); break;
            case '-': this.viewport.zoomBy(1 / ZOOM_STEP); break;
            case '0': this.viewport.resetZoom(); break;
            case 'f': case 'F': this.fit(); break;
            case 'w': case 'W': this.fitWidth(); break;
            default: return;
        }
        event.preventDefault();
    }

    private cacheOf(view: DiagramView): LayoutCache {
        let cache = this.caches.get(view);
        if (!cache) this.caches.set(view, cache = new LayoutCache());
        return cache;
    }

    private setState(state: 'loading' | 'ok' | 'parse-error' | 'failure'): void {
        this.root.dataset['state'] = state;
    }

    private saveState(): void {
        this.host.saveState({ uri: this.uri, follow: this.follow, view: this.view, process: this.process });
    }
}

function element(tag: 'div', className: string): HTMLDivElement {
    const created = document.createElement(tag);
    created.className = className;
    return created;
}

function describe(error: unknown): string {
    return error instanceof Error ? error.message : String(error);
}

const root = document.getElementById('sts-app');
if (root) new DiagramPreview(root, connectToHost());

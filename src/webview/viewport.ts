/**
 * Zoom and pan of the diagram: the SVG sits in a canvas element moved by a CSS
 * transform (set through the CSSOM, which the content security policy allows).
 * By default the picture fills the panel's width and scrolls vertically, like
 * a document (`fit-width`); `fit-all` shows it whole; any zoom or pan by the
 * user (`manual`) is kept as it is across edits.
 * Drag pans; Ctrl/Cmd + wheel zooms around the pointer; the wheel alone scrolls.
 * A drag is told apart from a click so a pan never reveals a node by accident.
 */

/** How the picture follows a new drawing: fitted to the width, fitted whole, or where the user put it. */
export type ZoomMode = 'fit-width' | 'fit-all' | 'manual';
/** Fitted to the width, a narrow picture is not blown up past this. */
const MAX_FIT = 1.25;
const MARGIN = 8;

const MIN_SCALE = 0.1;
const MAX_SCALE = 4;
const DRAG_THRESHOLD_PX = 4;

export class Viewport {
    private scale = 1;
    private x = 0;
    private y = 0;
    private dragStart: { x: number; y: number; panX: number; panY: number; moved: boolean } | undefined;
    private suppressClick = false;
    private content = { width: 0, height: 0 };
    mode: ZoomMode = 'fit-width';

    constructor(private readonly frame: HTMLElement, private readonly canvas: HTMLElement, private readonly onChange: (scale: number, mode: ZoomMode) => void) {
        frame.addEventListener('wheel', event => this.wheel(event), { passive: false });
        frame.addEventListener('pointerdown', event => this.pointerDown(event));
        frame.addEventListener('pointermove', event => this.pointerMove(event));
        frame.addEventListener('pointerup', event => this.pointerUp(event));
        frame.addEventListener('pointercancel', () => { this.dragStart = undefined; });
        // Capture phase: swallow the click that ends a drag before the diagram sees it.
        frame.addEventListener('click', event => {
            if (this.suppressClick) {
                event.stopPropagation();
                this.suppressClick = false;
            }
        }, true);
        this.apply();
    }

    get zoom(): number { return this.scale; }

    /** Scales the content to fit the frame whole (never above 100 %) and centres it. */
    fit(contentWidth: number, contentHeight: number): void {
        this.content = { width: contentWidth, height: contentHeight };
        const { width, height } = this.frame.getBoundingClientRect();
        if (contentWidth <= 0 || contentHeight <= 0 || width <= 0 || height <= 0) return;
        this.mode = 'fit-all';
        this.scale = clamp(Math.min((width - 2 * MARGIN) / contentWidth, (height - 2 * MARGIN) / contentHeight, 1));
        this.x = (width - contentWidth * this.scale) / 2;
        this.y = (height - contentHeight * this.scale) / 2;
        this.apply();
    }

    /** Scales the content to the frame's width and keeps the vertical scroll where it was (the top for a new picture). */
    fitWidth(contentWidth: number, contentHeight: number, keepScroll: boolean): void {
        this.content = { width: contentWidth, height: contentHeight };
        const { width } = this.frame.getBoundingClientRect();
        if (contentWidth <= 0 || width <= 0) return;
        this.mode = 'fit-width';
        const next = clamp(Math.min((width - 2 * MARGIN) / contentWidth, MAX_FIT));
        const top = keepScroll ? (this.y - MARGIN) / this.scale : 0;
        this.scale = next;
        this.x = (width - contentWidth * next) / 2;
        this.y = MARGIN + top * next;
        this.clampScroll();
        this.apply();
    }

    /** A new drawing of the same view: refit in the fitted modes, keep the user's zoom and place otherwise. */
    follow(contentWidth: number, contentHeight: number): void {
        if (this.mode === 'fit-width') this.fitWidth(contentWidth, contentHeight, true);
        else if (this.mode === 'fit-all') this.fit(contentWidth, contentHeight);
        else this.content = { width: contentWidth, height: contentHeight };
    }

    /** Zooms by a factor around a point of the frame (its centre by default). */
    zoomBy(factor: number, around?: { x: number; y: number }): void {
        const { width, height } = this.frame.getBoundingClientRect();
        const point = around ?? { x: width / 2, y: height / 2 };
        const next = clamp(this.scale * factor);
        // Keep the content point under `point` where it is.
        this.x = point.x - (point.x - this.x) * (next / this.scale);
        this.y = point.y - (point.y - this.y) * (next / this.scale);
        this.scale = next;
        this.mode = 'manual';
        this.apply();
    }

    /** Pans (without zooming) so that a box, in page coordinates, lies inside the frame; centres it when it was outside. */
    bringIntoView(box: DOMRect): void {
        const frame = this.frame.getBoundingClientRect();
        const inside = box.left >= frame.left && box.right <= frame.right && box.top >= frame.top && box.bottom <= frame.bottom;
        if (inside || frame.width <= 0) return;
        this.x += frame.left + frame.width / 2 - (box.left + box.width / 2);
        this.y += frame.top + frame.height / 2 - (box.top + box.height / 2);
        this.apply();
    }

    resetZoom(): void {
        this.zoomBy(1 / this.scale);
    }

    private wheel(event: WheelEvent): void {
        event.preventDefault();
        if (event.ctrlKey || event.metaKey) {
            const bounds = this.frame.getBoundingClientRect();
            this.zoomBy(Math.exp(-event.deltaY * 0.002), { x: event.clientX - bounds.left, y: event.clientY - bounds.top });
        } else {
            this.x -= event.deltaX;
            this.y -= event.deltaY;
            this.clampScroll();
            this.apply();
        }
    }

    private pointerDown(event: PointerEvent): void {
        if (event.button !== 0) return;
        this.dragStart = { x: event.clientX, y: event.clientY, panX: this.x, panY: this.y, moved: false };
    }

    private pointerMove(event: PointerEvent): void {
        const start = this.dragStart;
        if (!start) return;
        const dx = event.clientX - start.x;
        const dy = event.clientY - start.y;
        if (!start.moved && Math.hypot(dx, dy) < DRAG_THRESHOLD_PX) return;
        if (!start.moved) {
            start.moved = true;
            this.frame.setPointerCapture(event.pointerId);
            this.frame.classList.add('sts-panning');
        }
        this.x = start.panX + dx;
        this.y = start.panY + dy;
        if (this.mode === 'fit-all') this.mode = 'manual';
        this.apply();
    }

    private pointerUp(event: PointerEvent): void {
        const start = this.dragStart;
        this.dragStart = undefined;
        if (!start?.moved) return;
        this.suppressClick = true;
        this.frame.classList.remove('sts-panning');
        if (this.frame.hasPointerCapture(event.pointerId)) this.frame.releasePointerCapture(event.pointerId);
    }

    /** Scrolling stops at the picture's top and bottom. */
    private clampScroll(): void {
        const { height } = this.frame.getBoundingClientRect();
        const shown = this.content.height * this.scale;
        if (shown <= 0 || height <= 0) return;
        const lowest = Math.min(MARGIN, height - shown - MARGIN);
        this.y = Math.max(lowest, Math.min(MARGIN, this.y));
    }

    private apply(): void {
        this.canvas.style.transform = `translate(${this.x}px, ${this.y}px) scale(${this.scale})`;
        this.onChange(this.scale, this.mode);
    }
}

function clamp(scale: number): number {
    return Math.min(MAX_SCALE, Math.max(MIN_SCALE, scale));
}

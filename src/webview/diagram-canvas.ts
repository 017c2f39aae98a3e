/**
 * Puts the rendered SVG on the page and makes it answer the user: a click on
 * a node asks to reveal its declaration; the editor's cursor highlights the
 * node (or handoff) declared under it. The renderer's own <style> becomes a
 * constructed stylesheet, since the page's policy blocks inline styles.
 */
import type { LaidOutDiagram, SourceLocation, SourcePosition, SourceRange } from '../protocol/diagram-protocol.js';

const HIGHLIGHT_CLASS = 'sts-highlighted';

export class DiagramCanvas {
    private diagram: LaidOutDiagram | undefined;
    private highlighted: string | undefined;
    private rendererSheets: CSSStyleSheet[] = [];

    constructor(private readonly canvas: HTMLElement, private readonly onReveal: (location: SourceLocation) => void) {
        canvas.addEventListener('click', event => this.click(event));
    }

    get current(): LaidOutDiagram | undefined { return this.diagram; }
    get highlightedId(): string | undefined { return this.highlighted; }

    show(svgText: string, diagram: LaidOutDiagram): void {
        const parsed = new DOMParser().parseFromString(svgText, 'image/svg+xml');
        const svg = parsed.documentElement;
        if (svg.nodeName !== 'svg' || parsed.querySelector('parsererror')) throw new Error('the renderer produced no valid SVG');
        this.adoptStyles([...svg.querySelectorAll('style')].map(style => {
            style.remove();
            return style.textContent ?? '';
        }));
        this.canvas.replaceChildren(document.importNode(svg, true));
        this.diagram = diagram;
        // A highlight survives the update when its element is still drawn.
        if (this.highlighted) this.mark(this.highlighted);
    }

    /** Highlights the smallest node or handoff whose declaration contains the position; returns its id. */
    highlightAt(uri: string, position: SourcePosition): string | undefined {
        const diagram = this.diagram;
        let best: { id: string; range: SourceRange } | undefined;
        if (diagram) {
            for (const element of [...diagram.nodes, ...diagram.edges]) {
                const source = element.source;
                if (!source || source.uri !== uri || !contains(source.range, position)) continue;
                if (!best || isInside(source.range, best.range)) best = { id: element.id, range: source.range };
            }
        }
        this.highlighted = best?.id;
        this.mark(best?.id);
        return best?.id;
    }

    private mark(id: string | undefined): void {
        for (const marked of this.canvas.querySelectorAll(`.${HIGHLIGHT_CLASS}`)) marked.classList.remove(HIGHLIGHT_CLASS);
        if (!id) return;
        for (const element of this.canvas.querySelectorAll(`.sts-node[data-id="${CSS.escape(id)}"], .sts-edge[data-id="${CSS.escape(id)}"]`)) {
            element.classList.add(HIGHLIGHT_CLASS);
        }
    }

    private click(event: MouseEvent): void {
        const target = event.target instanceof Element ? event.target.closest('.sts-node[data-id]') : null;
        const id = target?.getAttribute('data-id');
        if (!id || !this.diagram) return;
        const node = this.diagram.nodes.find(each => each.id === id && each.source);
        if (node?.source) this.onReveal(node.source);
    }

    private adoptStyles(texts: string[]): void {
        const sheets = texts.filter(text => text.trim()).map(text => {
            const sheet = new CSSStyleSheet();
            sheet.replaceSync(text);
            return sheet;
        });
        const others = document.adoptedStyleSheets.filter(sheet => !this.rendererSheets.includes(sheet));
        document.adoptedStyleSheets = [...others, ...sheets];
        this.rendererSheets = sheets;
    }
}

function contains(range: SourceRange, position: SourcePosition): boolean {
    return !before(position, range.start) && !before(range.end, position);
}

function isInside(inner: SourceRange, outer: SourceRange): boolean {
    return !before(inner.start, outer.start) && !before(outer.end, inner.end);
}

function before(a: SourcePosition, b: SourcePosition): boolean {
    return a.line < b.line || (a.line === b.line && a.character < b.character);
}

/**
 * Puts the rendered SVG on the page and makes it answer the user: a click on
 * a node asks to reveal its declaration; the editor's cursor highlights the
 * node (or handoff) declared under it. The renderer's own <style> element and
 * the theme variables in its root's style attribute become a constructed
 * stylesheet, since the page's policy blocks inline styles (the CSSOM is allowed).
 */
import type { LaidOutDiagram, SourceLocation, SourcePosition, SourceRange } from '../protocol/diagram-protocol.js';

/** The renderer's class for an emphasised node; the page's stylesheet adds the focus colour. */
const HIGHLIGHT_CLASS = 'sts-highlight';

export class DiagramCanvas {
    private diagram: LaidOutDiagram | undefined;
    private highlighted: string | undefined;
    private rendererSheets: CSSStyleSheet[] = [];

    constructor(private readonly canvas: HTMLElement, private readonly onReveal: (location: SourceLocation) => void) {
        canvas.addEventListener('click', event => this.click(event));
    }

    get current(): LaidOutDiagram | undefined { return this.diagram; }

    /** The drawn picture's size, legend included. */
    get size(): { width: number; height: number } | undefined {
        const svg = this.canvas.querySelector('svg');
        const width = Number(svg?.getAttribute('width'));
        const height = Number(svg?.getAttribute('height'));
        return width > 0 && height > 0 ? { width, height } : undefined;
    }
    get highlightedId(): string | undefined { return this.highlighted; }

    show(svgText: string, diagram: LaidOutDiagram): void {
        // Taken out of the text before parsing: even an inert parsed document reports inline styles to the policy.
        const { markup, styles } = withoutInlineStyles(svgText);
        const parsed = new DOMParser().parseFromString(markup, 'image/svg+xml');
        const svg = parsed.documentElement;
        if (svg.nodeName !== 'svg' || parsed.querySelector('parsererror')) throw new Error('the renderer produced no valid SVG');
        this.adoptStyles(styles);
        this.canvas.replaceChildren(document.importNode(svg, true));
        this.diagram = diagram;
        // A highlight survives the update when its element is still drawn.
        if (this.highlighted) this.mark(this.highlighted);
    }

    /** Removes the picture (the panel now shows another document). */
    clear(): void {
        this.canvas.replaceChildren();
        this.diagram = undefined;
        this.highlighted = undefined;
    }

    /** The first drawn element of the highlighted node or handoff. */
    highlightedElement(): Element | undefined {
        return this.canvas.querySelector(`.${HIGHLIGHT_CLASS}`) ?? undefined;
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

/** The renderer's <style> elements and its root's style attribute, as style sheet text, and the markup without them. */
export function withoutInlineStyles(svgText: string): { markup: string; styles: string[] } {
    const styles: string[] = [];
    let markup = svgText.replace(/<style>([\s\S]*?)<\/style>/g, (_match, css: string) => {
        styles.push(css);
        return '';
    });
    markup = markup.replace(/^(\s*<svg\b[^>]*?)\sstyle="([^"]*)"/, (_match, head: string, declarations: string) => {
        styles.push(`.sts-canvas > svg { ${unescapeAttribute(declarations)} }`);
        return head;
    });
    return { markup, styles };
}

function unescapeAttribute(text: string): string {
    return text.replace(/&(quot|#39|lt|gt|amp);/g, (_match, entity: string) => ({ quot: '"', '#39': "'", lt: '<', gt: '>', amp: '&' })[entity] ?? '');
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

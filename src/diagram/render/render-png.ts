/**
 * A diagram's SVG as a PNG, drawn by resvg (`@resvg/resvg-js`, a maintained
 * renderer from npm with a native build per platform), for `sts diagram
 * --format png`. Node only: it is not part of the webview's imports (the
 * editor's own export rasterises in the browser). The SVG it gets has every
 * colour written out (light or dark theme), which resvg needs: it knows no
 * CSS variables.
 */
export interface PngOptions {
    /** Pixels per picture pixel (default 2). */
    readonly scale?: number;
    /** Font files to use instead of the system's (tests pass one, so both renderers draw the same glyphs). */
    readonly fontFiles?: readonly string[];
    /** The family for text whose fonts are all missing (default DejaVu Sans, then whatever the system has). */
    readonly defaultFontFamily?: string;
}

interface ResvgModule {
    Resvg: new (svg: string, options: Record<string, unknown>) => { render(): { asPng(): Uint8Array; width: number; height: number } };
}

export async function renderPng(svg: string, options: PngOptions = {}): Promise<Uint8Array> {
    const loaded = (await import('@resvg/resvg-js')) as unknown as ResvgModule & { default?: ResvgModule };
    const Resvg = loaded.Resvg ?? loaded.default!.Resvg;
    const scale = options.scale ?? 2;
    const fonts = options.fontFiles && options.fontFiles.length > 0
        ? { fontFiles: [...options.fontFiles], loadSystemFonts: false, defaultFontFamily: options.defaultFontFamily ?? '' }
        : { loadSystemFonts: true, defaultFontFamily: options.defaultFontFamily ?? 'DejaVu Sans', sansSerifFamily: options.defaultFontFamily ?? 'DejaVu Sans' };
    const renderer = new Resvg(svg, { fitTo: { mode: 'zoom', value: scale }, font: fonts, shapeRendering: 2, textRendering: 1 });
    return renderer.render().asPng();
}

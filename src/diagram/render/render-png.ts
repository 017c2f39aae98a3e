/**
 * A diagram's SVG as a PNG, drawn by resvg (`@resvg/resvg-js`, a maintained
 * renderer from npm with a native build per platform), for `sts diagram
 * --format png`. Node only: it is not part of the webview's imports (the
 * editor's own export rasterises in the browser). The SVG it gets has every
 * colour written out (light or dark theme), which resvg needs: it knows no
 * CSS variables.
 *
 * Text needs a font file, and a server or CI runner may have none: the PNG is
 * drawn with Arimo (SIL Open Font License, from the npm package
 * `@expo-google-fonts/arimo`), which has Arial's metrics — the ones the layout
 * measures text with — so the pictures look the same with or without the
 * machine's fonts. The system's fonts are still loaded for letters Arimo lacks.
 */
import { createRequire } from 'node:module';

export interface PngOptions {
    /** Pixels per picture pixel (default 2). */
    readonly scale?: number;
    /** Font files to draw with (default: the bundled Arimo; tests pass others so two renderers draw the same glyphs). */
    readonly fontFiles?: readonly string[];
    /** The family for text whose fonts are all missing (default Arimo). */
    readonly defaultFontFamily?: string;
    /** Also load the machine's fonts (default true when no font files are given, false when they are). */
    readonly systemFonts?: boolean;
}

interface ResvgModule {
    Resvg: new (svg: string, options: Record<string, unknown>) => { render(): { asPng(): Uint8Array; width: number; height: number } };
}

const BUNDLED_FAMILY = 'Arimo';
const BUNDLED_FACES = ['400Regular/Arimo_400Regular.ttf', '700Bold/Arimo_700Bold.ttf', '400Regular_Italic/Arimo_400Regular_Italic.ttf', '700Bold_Italic/Arimo_700Bold_Italic.ttf'];

/** The bundled font's files, found through Node's resolution (beside the sources or the bundle). */
export function bundledFontFiles(): string[] {
    const require = createRequire(import.meta.url);
    return BUNDLED_FACES.map(face => require.resolve(`@expo-google-fonts/arimo/${face}`));
}

/** The bundled font's files, or none where the package is not installed (then the system's fonts draw the text). */
function installedFontFiles(): string[] {
    try {
        return bundledFontFiles();
    } catch {
        return [];
    }
}

export async function renderPng(svg: string, options: PngOptions = {}): Promise<Uint8Array> {
    const loaded = (await import('@resvg/resvg-js')) as unknown as ResvgModule & { default?: ResvgModule };
    const Resvg = loaded.Resvg ?? loaded.default!.Resvg;
    const scale = options.scale ?? 2;
    const given = options.fontFiles !== undefined;
    const bundled = given ? [] : installedFontFiles();
    const family = options.defaultFontFamily ?? (given ? '' : bundled.length > 0 ? BUNDLED_FAMILY : 'DejaVu Sans');
    const font = {
        fontFiles: given ? [...options.fontFiles!] : bundled,
        loadSystemFonts: options.systemFonts ?? !given,
        defaultFontFamily: family,
        ...(family ? { sansSerifFamily: family } : {})
    };
    const renderer = new Resvg(svg, { fitTo: { mode: 'zoom', value: scale }, font, shapeRendering: 2, textRendering: 1 });
    return renderer.render().asPng();
}

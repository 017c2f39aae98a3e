/**
 * `sts diagram --format png` on a machine without fonts (a CI runner, a
 * container): the PNG still has its text, drawn with the font that ships with
 * the package. The machine's fonts are left out here to stand for such a
 * machine; with no font at all the same picture has no text pixels, so the
 * count below measures the text.
 */
import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { bundledFontFiles, renderPng } from '../../src/diagram/render/render-png.js';

/** RGBA pixels of an 8-bit RGBA, non-interlaced PNG (what resvg writes). */
function decodePng(png: Uint8Array): { width: number; height: number; pixels: Uint8Array } {
    const bytes = Buffer.from(png);
    let offset = 8;
    let width = 0;
    let height = 0;
    const data: Buffer[] = [];
    while (offset < bytes.length) {
        const length = bytes.readUInt32BE(offset);
        const type = bytes.toString('ascii', offset + 4, offset + 8);
        const body = bytes.subarray(offset + 8, offset + 8 + length);
        if (type === 'IHDR') {
            width = body.readUInt32BE(0);
            height = body.readUInt32BE(4);
            if (body[8] !== 8 || body[9] !== 6 || body[12] !== 0) throw new Error('not an 8-bit RGBA non-interlaced PNG');
        }
        if (type === 'IDAT') data.push(body);
        offset += 12 + length;
    }
    const raw = inflateSync(Buffer.concat(data));
    const stride = width * 4;
    const pixels = new Uint8Array(height * stride);
    for (let row = 0; row < height; row++) {
        const filter = raw[row * (stride + 1)]!;
        for (let column = 0; column < stride; column++) {
            const value = raw[row * (stride + 1) + 1 + column]!;
            const left = column >= 4 ? pixels[row * stride + column - 4]! : 0;
            const up = row > 0 ? pixels[(row - 1) * stride + column]! : 0;
            const upLeft = row > 0 && column >= 4 ? pixels[(row - 1) * stride + column - 4]! : 0;
            const paeth = () => {
                const estimate = left + up - upLeft;
                const [a, b, c] = [Math.abs(estimate - left), Math.abs(estimate - up), Math.abs(estimate - upLeft)];
                return a <= b && a <= c ? left : b <= c ? up : upLeft;
            };
            const predicted = [0, left, up, (left + up) >> 1, 0][filter] ?? 0;
            pixels[row * stride + column] = (value + (filter === 4 ? paeth() : predicted)) & 0xff;
        }
    }
    return { width, height, pixels };
}

/** Pixels darker than mid-grey: on a white picture with nothing but text, the text. */
function darkPixels(png: Uint8Array): number {
    const { pixels } = decodePng(png);
    let dark = 0;
    for (let at = 0; at < pixels.length; at += 4) if (pixels[at + 3]! > 128 && pixels[at]! + pixels[at + 1]! + pixels[at + 2]! < 3 * 128) dark++;
    return dark;
}

// The diagram's own font list, as renderSvg writes it: none of these is bundled.
const SVG = `<svg xmlns="http://www.w3.org/2000/svg" width="240" height="60" viewBox="0 0 240 60"><rect width="240" height="60" fill="#fff"/>`
    + `<text x="10" y="25" font-family="'Liberation Sans', Arial, Helvetica, 'Segoe UI', system-ui, sans-serif" font-size="13" font-weight="700" fill="#1f2328">Take the order</text>`
    + `<text x="10" y="48" font-family="'Liberation Sans', Arial, Helvetica, 'Segoe UI', system-ui, sans-serif" font-size="12" font-style="italic" fill="#1f2328">with Waitstaff</text></svg>`;

describe('PNG text without the machine’s fonts', () => {
    it('ships its font files (Arimo: regular, bold, italic, bold italic) with the package', () => {
        expect(bundledFontFiles().map(file => file.split('/').pop())).toEqual(['Arimo_400Regular.ttf', 'Arimo_700Bold.ttf', 'Arimo_400Regular_Italic.ttf', 'Arimo_700Bold_Italic.ttf']);
    });

    it('draws the text with the bundled font when the machine has none', async () => {
        const withoutAnyFont = darkPixels(await renderPng(SVG, { scale: 1, fontFiles: [], systemFonts: false }));
        const bundledOnly = darkPixels(await renderPng(SVG, { scale: 1, fontFiles: bundledFontFiles(), defaultFontFamily: 'Arimo', systemFonts: false }));
        const byDefault = darkPixels(await renderPng(SVG, { scale: 1 }));
        expect(withoutAnyFont).toBe(0);
        // two lines of 12–13 px text: a few hundred dark pixels
        expect(bundledOnly).toBeGreaterThan(300);
        expect(byDefault).toBeGreaterThan(300);
    });
});

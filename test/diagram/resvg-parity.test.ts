/**
 * An exported SVG looks the same outside a browser: the same picture drawn by
 * Chromium and by resvg (the renderer behind `sts diagram --format png`) may
 * differ in only a small share of pixels (anti-aliasing of edges and glyphs).
 * Both draw with the same font files (Open Sans, shipped with the Chromium
 * from npm), so differences come from the renderers, not from font fallback.
 * The two images and their difference go to artefacts/diagram/.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ViewRequest } from '../../src/diagram/model/diagram-model.js';
import { renderPng } from '../../src/diagram/render/render-png.js';
import { renderSvg, type ThemeName } from '../../src/diagram/render/render-svg.js';
import { browserExecutable, launchBrowser } from '../helpers/browser.mjs';
import { rosa } from './diagram-helpers.js';
import { pictureOf } from './render-helpers.js';

const artefacts = fileURLToPath(new URL('../../artefacts/diagram/', import.meta.url));
const FAMILY = 'Open Sans';
let browser: Browser;
let fonts: { regular: string; bold: string; italic: string };

/** Share of pixels whose colour differs by more than `tolerance` in some channel; runs in the page. */
async function difference(this: void, [first, second, tolerance]: [string, string, number]): Promise<{ share: number; width: number; height: number; diff: string }> {
    const load = (source: string) => new Promise<HTMLImageElement>((resolve, reject) => {
        const image = new Image();
        image.onload = () => resolve(image);
        image.onerror = () => reject(new Error('image did not load'));
        image.src = source;
    });
    const [a, b] = await Promise.all([load(first), load(second)]);
    const width = Math.min(a.naturalWidth, b.naturalWidth);
    const height = Math.min(a.naturalHeight, b.naturalHeight);
    const pixels = (image: HTMLImageElement) => {
        const canvas = document.createElement('canvas');
        canvas.width = width;
        canvas.height = height;
        const context = canvas.getContext('2d')!;
        context.drawImage(image, 0, 0);
        return context.getImageData(0, 0, width, height);
    };
    const pa = pixels(a);
    const pb = pixels(b);
    const out = document.createElement('canvas');
    out.width = width;
    out.height = height;
    const context = out.getContext('2d')!;
    const diff = context.createImageData(width, height);
    let differing = 0;
    for (let index = 0; index < pa.data.length; index += 4) {
        const delta = Math.max(Math.abs(pa.data[index]! - pb.data[index]!), Math.abs(pa.data[index + 1]! - pb.data[index + 1]!), Math.abs(pa.data[index + 2]! - pb.data[index + 2]!));
        const off = delta > tolerance;
        if (off) differing++;
        diff.data[index] = off ? 255 : 255;
        diff.data[index + 1] = off ? 0 : 255;
        diff.data[index + 2] = off ? 0 : 255;
        diff.data[index + 3] = 255;
    }
    context.putImageData(diff, 0, 0);
    return { share: differing / (width * height), width, height, diff: out.toDataURL('image/png') };
}

describe('an exported SVG renders the same in Chromium and in resvg', () => {
    beforeAll(async () => {
        mkdirSync(artefacts, { recursive: true });
        browser = await launchBrowser();
        const folder = path.join(path.dirname(await browserExecutable()), 'fonts', 'fonts', 'Open_Sans');
        fonts = { regular: path.join(folder, 'OpenSans-Regular.ttf'), bold: path.join(folder, 'OpenSans-Bold.ttf'), italic: path.join(folder, 'OpenSans-Italic.ttf') };
    }, 120_000);
    afterAll(async () => { await browser?.close(); });

    const cases: Array<[string, ViewRequest, ThemeName]> = [
        ['system-light', { view: 'system' }, 'light'],
        ['process-dark', { view: 'process', process: 'DineIn' }, 'dark'],
        ['training-light', { view: 'training' }, 'light']
    ];
    it.each(cases)('%s: under 2 percent of the pixels differ', async (name, request, theme) => {
        const { diagram } = await pictureOf(rosa, request);
        const svg = renderSvg(diagram, { theme, fontFamily: `'${FAMILY}'` });
        const width = Number(/width="(\d+)"/.exec(svg)![1]);
        const height = Number(/height="(\d+)"/.exec(svg)![1]);
        const resvgPng = await renderPng(svg, { scale: 1, fontFiles: Object.values(fonts), defaultFontFamily: FAMILY });

        const page = await browser.newPage({ viewport: { width, height } });
        const face = (file: string, weight: number, style: string) => `@font-face { font-family: '${FAMILY}'; src: url(data:font/ttf;base64,${readFileSync(file).toString('base64')}); font-weight: ${weight}; font-style: ${style}; }`;
        await page.setContent(`<!doctype html><html><head><style>${face(fonts.regular, 400, 'normal')}${face(fonts.bold, 700, 'normal')}${face(fonts.italic, 400, 'italic')} body { margin: 0; }</style></head><body>${svg}</body></html>`);
        await page.evaluate(() => document.fonts.ready);
        const chromiumPng = await page.screenshot({ clip: { x: 0, y: 0, width, height } });
        const result = await page.evaluate(difference, [`data:image/png;base64,${chromiumPng.toString('base64')}`, `data:image/png;base64,${Buffer.from(resvgPng).toString('base64')}`, 96] as [string, string, number]);
        await page.close();

        writeFileSync(path.join(artefacts, `parity-${name}-chromium.png`), chromiumPng);
        writeFileSync(path.join(artefacts, `parity-${name}-resvg.png`), resvgPng);
        writeFileSync(path.join(artefacts, `parity-${name}-difference.png`), Buffer.from(result.diff.slice(result.diff.indexOf(',') + 1), 'base64'));
        expect([result.width, result.height]).toEqual([width, height]);
        console.log(`${name}: ${(result.share * 100).toFixed(2)} % of pixels differ`);
        expect(result.share).toBeLessThan(0.02);
    }, 120_000);
});

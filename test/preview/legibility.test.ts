/**
 * The preview as a user sees it beside the editor: the real webview page in
 * Chromium at 700 × 900 px, showing every view of the restaurant example (the
 * largest shipped one). For each view, from the DOM: every text renders at
 * 11 CSS px or more (its font size times the zoom), no edge label box
 * overlaps another or a node (getBBox), and the picture fits the panel's
 * width. Screenshots go to artefacts/preview/ for CI to keep.
 */
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DiagramModelResult } from '../../src/protocol/diagram-protocol.js';
import { diagramModelFor } from '../../src/server/diagram-service.js';
import { buildWorkspace } from '../helpers/workspace.js';
import { ensureBundles, openPage, type PageHarness } from './page-harness.js';

const EXAMPLE = path.resolve(import.meta.dirname, '../../examples/restaurant/clean');
const ARTEFACTS = path.resolve(import.meta.dirname, '../../artefacts/preview');
let harness: PageHarness;
let processes: string[] = [];

interface Measured { smallest: number; texts: number; labelOverlaps: string[]; svgWidth: number; frameWidth: number; scale: number }

/** Runs in the page. */
function measure(): Measured {
    const canvas = document.querySelector<HTMLElement>('.sts-canvas')!;
    const scale = new DOMMatrixReadOnly(getComputedStyle(canvas).transform).a;
    const texts = [...document.querySelectorAll<SVGTextElement>('.sts-canvas svg text')].filter(text => (text.textContent ?? '').trim() !== '');
    const smallest = Math.min(...texts.map(text => parseFloat(getComputedStyle(text).fontSize) * scale));
    const inSvg = (element: SVGGraphicsElement) => {
        const box = element.getBBox();
        const matrix = element.getCTM()!;
        const svgMatrix = (element.ownerSVGElement as SVGSVGElement).getCTM()!.inverse().multiply(matrix);
        return { x: box.x + svgMatrix.e, y: box.y + svgMatrix.f, width: box.width, height: box.height };
    };
    const overlap = (a: DOMRectInit, b: DOMRectInit) => a.x! < b.x! + b.width! - 0.5 && b.x! < a.x! + a.width! - 0.5 && a.y! < b.y! + b.height! - 0.5 && b.y! < a.y! + a.height! - 0.5;
    const labels = [...document.querySelectorAll<SVGRectElement>('.sts-canvas .sts-edge .sts-label-box')].map(rect => ({ key: rect.parentElement!.getAttribute('data-key')!, box: inSvg(rect) }));
    const nodes = [...document.querySelectorAll<SVGGraphicsElement>('.sts-canvas .sts-node .sts-shape')].map(shape => ({ key: shape.parentElement!.getAttribute('data-key')!, box: inSvg(shape) }));
    const labelOverlaps: string[] = [];
    labels.forEach((a, index) => {
        for (const b of labels.slice(index + 1)) if (overlap(a.box, b.box)) labelOverlaps.push(`${a.key} × ${b.key}`);
        for (const node of nodes) if (overlap(a.box, node.box)) labelOverlaps.push(`${a.key} × ${node.key}`);
    });
    const svg = document.querySelector('.sts-canvas svg')!.getBoundingClientRect();
    const frame = document.querySelector('.sts-viewport')!.getBoundingClientRect();
    return { smallest, texts: texts.length, labelOverlaps, svgWidth: svg.width, frameWidth: frame.width, scale };
}

async function shown(click: () => Promise<void>): Promise<void> {
    const before = Number(await harness.page.getAttribute('#sts-app', 'data-revision'));
    await click();
    await harness.page.waitForFunction(revision => Number(document.getElementById('sts-app')!.dataset['revision']) > revision, before);
}

describe('the preview at 700 × 900 px: every view of the restaurant example is legible without zooming', () => {
    beforeAll(async () => {
        ensureBundles();
        mkdirSync(ARTEFACTS, { recursive: true });
        const files = Object.fromEntries(readdirSync(EXAMPLE).filter(name => name.endsWith('.sts')).map(name => [name, readFileSync(path.join(EXAMPLE, name), 'utf8')]));
        const { services } = await buildWorkspace(files);
        const uri = `file:///workspace/${Object.keys(files)[0]}`;
        const result: DiagramModelResult = await diagramModelFor(services.Sts, { uri });
        if (result.kind !== 'model') throw new Error(`no model: ${JSON.stringify(result)}`);
        processes = result.model.nodes.filter(node => node.kind === 'process').map(node => node.name);
        harness = await openPage();
        await harness.page.setViewportSize({ width: 700, height: 900 });
        await harness.next('ready');
        await harness.send({ type: 'document', uri, fileName: Object.keys(files)[0]!, follow: true, defaultView: 'system' });
        // The page asks again after it has measured the panel; answer every request with the model.
        void (async () => {
            for (;;) {
                const request = await harness.next('requestModel');
                await harness.send({ type: 'model', requestId: request.requestId, result });
            }
        })();
        await harness.page.waitForSelector('#sts-app[data-ready="true"]');
        await harness.page.waitForTimeout(400); // the panel's first measurement, and the layout for its width
    }, 120_000);
    afterAll(async () => { await harness?.close(); });

    const check = async (name: string) => {
        const measured = await harness.page.evaluate(measure);
        await harness.page.screenshot({ path: path.join(ARTEFACTS, `legible-700-${name}.png`) });
        expect(measured.texts).toBeGreaterThan(5);
        expect(measured.smallest, `${name}: smallest text ${measured.smallest.toFixed(1)} px at zoom ${measured.scale.toFixed(2)}`).toBeGreaterThanOrEqual(11);
        expect(measured.labelOverlaps, name).toEqual([]);
        expect(measured.svgWidth).toBeLessThanOrEqual(measured.frameWidth);
        expect(measured.svgWidth / measured.frameWidth).toBeGreaterThan(0.85);
        expect(await harness.page.getAttribute('#sts-app', 'data-zoom')).toBe('fit-width');
    };

    it('system view', async () => {
        expect(await harness.page.getAttribute('.sts-canvas svg', 'data-view')).toBe('system');
        await check('system');
    });

    it('training view', async () => {
        await shown(() => harness.page.click('button[data-view="training"]'));
        await check('training');
    });

    it('process view, all processes and each one', async () => {
        await shown(() => harness.page.click('button[data-view="process"]'));
        expect(await harness.page.getAttribute('.sts-canvas svg', 'data-direction')).toBe('down');
        await check('process-all');
        expect(processes.length).toBeGreaterThan(2);
        for (const process of processes) {
            await shown(async () => { await harness.page.selectOption('.sts-process-picker', process); });
            await check(`process-${process}`);
        }
    });

    it('keeps the zoom the user chose when the model changes', async () => {
        await harness.page.keyboard.press('+');
        const zoomed = await harness.page.evaluate(measure);
        expect(await harness.page.getAttribute('#sts-app', 'data-zoom')).toBe('manual');
        await shown(() => harness.send({ type: 'modelChanged' }));
        const after = await harness.page.evaluate(measure);
        expect(after.scale).toBeCloseTo(zoomed.scale, 5);
        await harness.page.keyboard.press('w');
        expect(await harness.page.getAttribute('#sts-app', 'data-zoom')).toBe('fit-width');
    });
});

/**
 * The SVG of each view as a browser draws it (the Chromium from npm through
 * playwright-core, test/helpers/browser.mjs): measured text must stay inside its node, nodes and edge
 * labels must not overlap. Screenshots go to artefacts/diagram/ for a person
 * to look at. (Playwright starts Chromium with a fresh temporary profile.)
 */
import { mkdirSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ViewRequest } from '../../src/diagram/model/diagram-model.js';
import { renderSvg, type ThemeName } from '../../src/diagram/render/render-svg.js';
import { launchBrowser } from '../helpers/browser.mjs';
import { rosa } from './diagram-helpers.js';
import { pictureOf } from './render-helpers.js';

const artefacts = fileURLToPath(new URL('../../artefacts/diagram/', import.meta.url));
let browser: Browser;
let page: Page;

interface Measured { overlappingNodes: string[]; overflowingText: string[]; overlappingLabels: string[]; smallText: string[]; nodes: number; badges: number }

/** Runs in the page: boxes as drawn, with the fonts the browser actually used. */
function measure(): Measured {
    type Rect = { left: number; top: number; right: number; bottom: number };
    const rect = (element: Element): Rect => element.getBoundingClientRect();
    const overlap = (a: Rect, b: Rect) => a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1;
    const nodes = [...document.querySelectorAll('svg .sts-node')];
    const shapes = nodes.map(node => ({ id: node.getAttribute('data-key') ?? '', box: rect(node.querySelector('.sts-shape')!) }));
    const overlappingNodes: string[] = [];
    shapes.forEach((a, i) => shapes.slice(i + 1).forEach(b => { if (overlap(a.box, b.box)) overlappingNodes.push(`${a.id} × ${b.id}`); }));
    const overflowingText: string[] = [];
    for (const node of nodes) {
        const shape = rect(node.querySelector('.sts-shape')!);
        for (const text of node.querySelectorAll(':scope > text')) {
            const box = rect(text);
            if (box.left < shape.left + 2 || box.right > shape.right - 2 || box.top < shape.top || box.bottom > shape.bottom) overflowingText.push(`${node.getAttribute('data-key')}: ${text.textContent}`);
        }
    }
    const labels = [...document.querySelectorAll('svg .sts-edge .sts-label-box')].map(label => ({ id: label.parentElement?.getAttribute('data-key') ?? '', box: rect(label) }));
    const overlappingLabels: string[] = [];
    labels.forEach((a, i) => {
        labels.slice(i + 1).forEach(b => { if (overlap(a.box, b.box)) overlappingLabels.push(`${a.id} × ${b.id}`); });
        shapes.forEach(b => { if (overlap(a.box, b.box)) overlappingLabels.push(`${a.id} × node ${b.id}`); });
    });
    const smallText = [...document.querySelectorAll('svg text')].filter(text => parseFloat(getComputedStyle(text).fontSize) < 10.5).map(text => text.textContent ?? '');
    return { overlappingNodes, overflowingText, overlappingLabels, smallText, nodes: nodes.length, badges: document.querySelectorAll('svg .sts-node .sts-badge, svg .sts-edge .sts-badge').length };
}

describe('the diagram as Chromium draws it', () => {
    beforeAll(async () => {
        mkdirSync(artefacts, { recursive: true });
        browser = await launchBrowser();
        page = await browser.newPage();
    }, 60_000);
    afterAll(async () => {
        await browser?.close();
    });

    const cases: Array<[string, ViewRequest, ThemeName]> = [
        ['rosa-system', { view: 'system' }, 'light'],
        ['rosa-process', { view: 'process' }, 'light'],
        ['rosa-process-dineIn-dark', { view: 'process', process: 'DineIn' }, 'dark'],
        ['rosa-training', { view: 'training' }, 'light'],
        ['rosa-system-dark', { view: 'system' }, 'dark']
    ];
    it.each(cases)('%s: legible, nothing overlaps, screenshot saved', async (name, request, theme) => {
        const { diagram } = await pictureOf(rosa, request);
        const svg = renderSvg(diagram, { theme });
        await page.setContent(`<!doctype html><html><body style="margin:0">${svg}</body></html>`);
        const size = await page.locator('svg').first().boundingBox();
        await page.setViewportSize({ width: Math.ceil(size!.width), height: Math.ceil(size!.height) });
        await page.locator('svg').first().screenshot({ path: path.join(artefacts, `${name}.png`) });
        const measured = await page.evaluate(measure);
        expect(measured.nodes).toBe(diagram.nodes.length);
        expect(measured.badges).toBe([...diagram.nodes, ...diagram.edges].filter(holder => holder.findings.length > 0).length);
        expect(measured.overlappingNodes).toEqual([]);
        expect(measured.overflowingText).toEqual([]);
        expect(measured.overlappingLabels).toEqual([]);
        expect(measured.smallText).toEqual([]);
    }, 60_000);
});

/**
 * The HTML report's pictures: the system view and each process's lanes, drawn by
 * the diagram's own stages, every finding badge a link to what to do about it.
 * In Chromium at 900 px wide the pictures show at full size: every text at 11 px
 * or more, no two texts on top of each other, nothing wider than the page, and a
 * click on a badge lands on its entry of the action list.
 */
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { collectFindings } from '../../src/report/findings.js';
import { renderHtml } from '../../src/report/render-html.js';
import { renderMarkdown } from '../../src/report/render-markdown.js';
import { reportDocument } from '../../src/report/report-document.js';
import { reportDiagrams } from '../../src/report/report-diagrams.js';
import { buildReport, documentsBySystem, type SystemReport } from '../../src/report/report-model.js';
import { launchBrowser } from '../helpers/browser.mjs';
import { buildWorkspace } from '../helpers/workspace.js';

const EXAMPLES = path.resolve(import.meta.dirname, '../../examples');
const ARTEFACTS = path.resolve(import.meta.dirname, '../../artefacts/report');

function filesOf(folder: string): Record<string, string> {
    const dir = path.join(EXAMPLES, folder);
    return Object.fromEntries(readdirSync(dir).filter(name => name.endsWith('.sts')).map(name => [name, readFileSync(path.join(dir, name), 'utf8')]));
}

async function htmlReport(files: Record<string, string>): Promise<{ html: string; systems: SystemReport[] }> {
    const { services, documents } = await buildWorkspace(files);
    const list = [...documents.values()];
    const groups = documentsBySystem(list);
    const plain = buildReport(services.Sts, list, collectFindings(services.Sts, list, '/workspace'), '/workspace');
    const systems = await Promise.all(plain.map(async (system, position) => ({ ...system, diagrams: await reportDiagrams(services.Sts, groups[position]!) })));
    return { html: renderHtml(reportDocument(systems)), systems };
}

function ids(html: string): string[] {
    return [...html.matchAll(/ id="([^"]+)"/g)].map(match => match[1]!);
}

describe('the HTML report draws the system and each process, badges linking to the action list', () => {
    it('has the system view and one lane view per process of the restaurant, each badge linked to an entry that exists', async () => {
        const { html, systems } = await htmlReport(filesOf('restaurant/findings'));
        const figures = [...html.matchAll(/<figure class="diagram" role="group" aria-label="([^"]*)">\n<svg[^>]*data-view="(\w+)"/g)].map(match => [match[1], match[2]]);
        expect(figures).toEqual([
            ['The system: who does what, with which tools', 'system'],
            ['Process DineIn “Dine-in service”', 'process'],
            ['Process Delivery “Online delivery orders”', 'process']
        ]);
        const badges = html.match(/class="sts-badge"/g) ?? [];
        const links = [...html.matchAll(/<a class="sts-badge-link" href="#([^"]+)">/g)].map(match => match[1]!);
        // every badge is a link, and every link lands on an element of the page
        expect(badges.length).toBeGreaterThan(0);
        expect(links).toHaveLength(badges.length);
        const anchors = new Set(ids(html));
        for (const link of links) expect(anchors, link).toContain(link);
        // the untrained waiter's handoff badge goes to its entry in Rosa's list, which names the finding
        const entry = new RegExp(`<li id="([^"]+)"><span class="warn">warning: </span>Train Waiter on KitchenDisplay`).exec(html);
        expect(entry).not.toBeNull();
        expect(links).toContain(entry![1]);
        expect(systems[0]!.diagrams).toHaveLength(3);
        // the Markdown report stays text
        expect(renderMarkdown(reportDocument(systems))).not.toContain('<svg');
    });

    it('keeps ids apart when one report covers two systems', async () => {
        const { html } = await htmlReport({
            ...filesOf('restaurant/findings'),
            'bakery.sts': 'system Bakery\nactor Baker\ntool Oven { owner Baker }\ntask Bake { owner Baker  uses Oven }\n'
        });
        expect(html.match(/<figure class="diagram"/g)).toHaveLength(4);
        const all = ids(html);
        expect(new Set(all).size).toBe(all.length);
        const anchors = new Set(all);
        for (const [, link] of html.matchAll(/<a class="sts-badge-link" href="#([^"]+)">/g)) expect(anchors).toContain(link);
        // each picture its own arrow heads
        expect(html).toContain('id="s1-d1-arrow-owns"');
        expect(html).toContain('id="s2-d1-arrow-owns"');
    });
});

interface Measured { smallest: number; overlaps: string[]; pageWidth: number; viewport: number; figures: number; tooWide: string[] }

/** Runs in the page. */
function measure(): Measured {
    const overlaps: string[] = [];
    let smallest = Infinity;
    const figures = [...document.querySelectorAll<HTMLElement>('figure.diagram')];
    const tooWide: string[] = [];
    for (const figure of figures) {
        const svg = figure.querySelector('svg')!;
        if (figure.scrollWidth > figure.clientWidth + 1) tooWide.push(figure.getAttribute('aria-label')!);
        const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
        const texts = [...svg.querySelectorAll<SVGTextElement>('text')].filter(text => (text.textContent ?? '').trim() !== '');
        const boxes = texts.map(text => ({ text, box: text.getBoundingClientRect() }));
        for (const { text } of boxes) smallest = Math.min(smallest, parseFloat(getComputedStyle(text).fontSize) * scale);
        boxes.forEach((a, index) => {
            for (const b of boxes.slice(index + 1)) {
                // a line box is taller than its letters (ascent + descent): lines 13 px apart touch by a pixel without their letters touching
                const hit = a.box.left < b.box.right - 2 && b.box.left < a.box.right - 2 && a.box.top < b.box.bottom - 2 && b.box.top < a.box.bottom - 2;
                if (hit) overlaps.push(`${figure.getAttribute('aria-label')}: “${a.text.textContent}” × “${b.text.textContent}”`);
            }
        });
    }
    return { smallest, overlaps, pageWidth: document.documentElement.scrollWidth, viewport: window.innerWidth, figures: figures.length, tooWide };
}

describe('the HTML report in Chromium at 900 px', () => {
    let browser: Browser;
    let page: Page;
    beforeAll(async () => {
        browser = await launchBrowser();
        page = await browser.newPage({ viewport: { width: 900, height: 1000 } });
        mkdirSync(ARTEFACTS, { recursive: true });
    }, 120_000);
    afterAll(async () => { await browser?.close(); });

    for (const example of ['restaurant/findings', 'boutique/findings', 'chatbot-handoff/findings', 'crm-sales-team/findings']) {
        it(`shows the pictures of ${example} at full size, no text over another`, async () => {
            const { html } = await htmlReport(filesOf(example));
            await page.setContent(html);
            const measured = await page.evaluate(measure);
            expect(measured.figures).toBeGreaterThanOrEqual(2);
            expect(measured.smallest).toBeGreaterThanOrEqual(11);
            expect(measured.overlaps).toEqual([]);
            expect(measured.tooWide).toEqual([]);
            expect(measured.pageWidth).toBeLessThanOrEqual(measured.viewport);
            await page.screenshot({ path: path.join(ARTEFACTS, `report-900-${example.replace('/', '-')}.png`), fullPage: true });
            // a click on the first badge lands on what to do about it
            const href = await page.getAttribute('a.sts-badge-link', 'href');
            await page.click('a.sts-badge-link');
            await page.waitForFunction(target => location.hash === target, href);
            const landed = await page.evaluate(target => {
                const element = document.querySelector(target)!;
                const box = element.getBoundingClientRect();
                return { tag: element.tagName, visible: box.top >= 0 && box.top < window.innerHeight };
            }, href!);
            expect(landed.tag).toMatch(/^(LI|TR)$/);
            expect(landed.visible).toBe(true);
        }, 60_000);
    }
});

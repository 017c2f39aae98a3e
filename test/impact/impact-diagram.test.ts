/**
 * The diagram of a change: what `sts impact` compares, drawn as the business
 * after the change with every added, changed and removed element and relation
 * marked (removed ones drawn faded where they stood), with a legend — in the
 * exported SVG, in `sts impact --format html`, and in the preview's page.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { createBundledElk, layoutDiagram, renderSvg, type DiagramModel } from '../../src/diagram/index.js';
import { compareModelStates } from '../../src/impact/compare-model-states.js';
import { launchBrowser } from '../helpers/browser.mjs';
import { ensureBundles, openPage } from '../preview/page-harness.js';

const BEFORE = `system Shop
actor Ana { trained on Till }
actor Bo
tool Till { owner Ana }
tool Diary { owner Ana }
task Sell { owner Ana  uses Till, Diary }
task Book { owner Bo  uses Diary }
process Orders { owner Ana  Book -> Sell "the order" }
`;
// Diary goes, App comes; Till gets a title; Sell moves to Bo and stops using the diary; the handoff carries another item.
const AFTER = `system Shop
actor Ana { trained on Till, App }
actor Bo { trained on App }
tool Till "Till and card reader" { owner Ana }
tool App { owner Ana }
task Sell { owner Bo  uses Till }
task Book { owner Bo  uses App }
process Orders { owner Ana  Book -> Sell "the booking" }
`;

async function changed(before = BEFORE, after = AFTER): Promise<DiagramModel> {
    const state = (label: string, text: string) => ({ label, texts: [{ file: `/nonexistent-sts-impact/${label}/shop.sts`, text }] });
    const { diagram } = await compareModelStates(state('before', before), state('after', after));
    return diagram;
}

function marks(model: DiagramModel): Record<string, string> {
    return Object.fromEntries([...model.nodes, ...model.edges].filter(item => item.change).map(item => [item.id, item.change!]));
}

describe('the diagram model of a change', () => {
    it('marks added, changed and removed elements and relations, and keeps the removed ones to draw', async () => {
        const model = await changed();
        expect(marks(model)).toEqual({
            'tool:Till': 'changed', 'tool:App': 'added', 'tool:Diary': 'removed',
            'owns:Bo->Sell': 'added', 'owns:Ana->Sell': 'removed',
            // Bo now sells with the till, untrained: a new line to act on; nobody works the diary untrained any more
            'untrained:Bo->Till': 'added', 'untrained:Ana->Diary': 'removed', 'untrained:Bo->Diary': 'removed',
            'uses:Book->App': 'added', 'uses:Book->Diary': 'removed', 'uses:Sell->Diary': 'removed',
            'trained:Ana->App': 'added', 'trained:Bo->App': 'added',
            'handoff:Orders:Book->Sell': 'changed'
        });
        // the removed tool stands where it stood (after Till), carries no finding and no place in the new text
        expect(model.nodes.filter(node => node.kind === 'tool').map(node => node.name)).toEqual(['Till', 'Diary', 'App']);
        const diary = model.nodes.find(node => node.id === 'tool:Diary')!;
        expect(diary.source).toBeUndefined();
        expect(diary.findings).toEqual([]);
    });

    it('treats a renamed element as the same element, changed', async () => {
        const model = await changed(BEFORE, BEFORE.replace(/\bBo\b/g, 'Bob'));
        // only the name changed: Bob is Bo, and Book stays his (no new ownership, nothing removed)
        expect(marks(model)).toEqual({ 'actor:Bob': 'changed' });
        expect(model.nodes.some(node => node.id === 'actor:Bo')).toBe(false);
    });

    it('draws each mark in the SVG, with the removed ones faded, and says in the legend what they mean', async () => {
        const model = await changed();
        const system = renderSvg(await layoutDiagram(model, { view: 'system' }, { elk: createBundledElk }), { theme: 'light' });
        const node = (id: string) => new RegExp(`<g class="sts-node [^"]*" data-id="${id}"[^>]*>(.*?)</g></g>`).exec(system)?.[0] ?? '';
        expect(node('tool:App')).toMatch(/class="sts-node sts-tool sts-change-added"/);
        expect(node('tool:App')).toContain('<g class="sts-change-mark" data-change="added"');
        expect(node('tool:Diary')).toMatch(/sts-change-removed/);
        expect(node('tool:Diary')).toContain('data-change="removed"');
        expect(node('tool:Till')).toContain('data-change="changed"');
        expect(system).toMatch(/<g class="sts-edge sts-uses sts-change-removed" data-id="uses:Sell->Diary"/);
        expect(system).toMatch(/<g class="sts-edge sts-owns sts-change-added" data-id="owns:Bo->Sell"/);
        // resolved colours (no CSS variables in a file): faded, and each mark its colour
        expect(system).toContain('.sts-node.sts-change-removed, .sts-edge.sts-change-removed { opacity: 0.45; }');
        expect(system).toContain('[data-change="added"] circle { fill: #1a7f37; }');
        expect(system).not.toContain('var(');
        for (const words of ['>added</text>', '>removed (drawn faded)</text>', '>changed</text>']) expect(system).toContain(words);
        const process = renderSvg(await layoutDiagram(model, { view: 'process', process: 'Orders' }, { elk: createBundledElk }), { theme: 'light' });
        expect(process).toMatch(/<g class="sts-edge sts-handoff[^"]* sts-change-changed" data-id="handoff:Orders:Book->Sell"/);
        expect(process).toContain('>the booking</text>');
    });

    it('draws nothing as changed when nothing changed', async () => {
        const model = await changed(BEFORE, BEFORE);
        expect(marks(model)).toEqual({});
        const svg = renderSvg(await layoutDiagram(model, { view: 'system' }, { elk: createBundledElk }), { theme: 'light' });
        expect(svg).not.toContain('class="sts-change-mark"');
        expect(svg).not.toContain('>removed (drawn faded)<');
    });
});

describe('sts impact --format html', () => {
    let browser: Browser;
    beforeAll(async () => { browser = await launchBrowser(); }, 120_000);
    afterAll(async () => { await browser?.close(); });

    it('shows the grouped list and the business after the change, each kind of mark visible in Chromium', async () => {
        const root = path.resolve(import.meta.dirname, '../..');
        const out = path.join(mkdtempSync(path.join(tmpdir(), 'sts-impact-html-')), 'impact.html');
        execFileSync(process.execPath, ['dist/cli.cjs', 'impact', 'examples/change-impact/before', 'examples/change-impact/after', '--format', 'html', '-o', out], { cwd: root });
        const html = readFileSync(out, 'utf8');
        const text = execFileSync(process.execPath, ['dist/cli.cjs', 'impact', 'examples/change-impact/before', 'examples/change-impact/after'], { cwd: root, encoding: 'utf8' });
        // the same items as the text output, in the same order
        const items = text.split('\n').filter(line => line.startsWith('    - ')).map(line => line.slice(6));
        const listed = [...html.matchAll(/<li>([^<]*)<\/li>/g)].map(match => match[1]!.replace(/&#39;/g, '\'').replace(/&quot;/g, '"').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>'));
        expect(listed).toEqual(items);
        expect(html).toContain('<h2>The business after the change</h2>');
        const page = await browser.newPage({ viewport: { width: 900, height: 1000 } });
        await page.setContent(html);
        const seen = await page.evaluate(() => {
            const result: Record<string, { count: number; opacity: string; mark: string }> = {};
            for (const change of ['added', 'changed', 'removed']) {
                const nodes = [...document.querySelectorAll(`.sts-node.sts-change-${change}`)];
                const mark = document.querySelector(`.sts-node .sts-change-mark[data-change="${change}"] circle`);
                result[change] = { count: nodes.length, opacity: nodes[0] ? getComputedStyle(nodes[0]).opacity : '', mark: mark ? getComputedStyle(mark).fill : '' };
            }
            return result;
        });
        expect(seen['added']).toEqual({ count: expect.any(Number), opacity: '1', mark: 'rgb(26, 127, 55)' });
        expect(seen['changed']!.mark).toBe('rgb(154, 103, 0)');
        expect(seen['removed']!.opacity).toBe('0.45');
        expect(seen['removed']!.mark).toBe('rgb(207, 34, 46)');
        for (const change of ['added', 'changed', 'removed']) expect(seen[change]!.count, change).toBeGreaterThan(0);
        await page.close();
    }, 60_000);
});

describe('the preview page draws the marks of a change', () => {
    it('marks the nodes and relations in the webview and explains them in its legend', async () => {
        ensureBundles();
        const model = await changed();
        const harness = await openPage();
        try {
            await harness.next('ready');
            const uri = 'file:///nonexistent-sts-impact/after/shop.sts';
            await harness.send({ type: 'document', uri, fileName: 'shop.sts', follow: true, defaultView: 'system' });
            void (async () => {
                for (;;) {
                    const request = await harness.next('requestModel');
                    await harness.send({ type: 'model', requestId: request.requestId, result: { kind: 'model', model } });
                }
            })().catch(() => undefined);
            await harness.page.waitForSelector('#sts-app[data-ready="true"]');
            await harness.page.waitForSelector('.sts-canvas .sts-node[data-id="tool:App"]');
            const page = harness.page;
            expect(await page.getAttribute('.sts-canvas .sts-node[data-id="tool:App"]', 'class')).toContain('sts-change-added');
            expect(await page.locator('.sts-canvas .sts-node[data-id="tool:Diary"] .sts-change-mark[data-change="removed"]').count()).toBe(1);
            expect(await page.locator('.sts-canvas .sts-edge.sts-change-removed[data-id="uses:Sell->Diary"]').count()).toBe(1);
            expect(await page.evaluate(() => getComputedStyle(document.querySelector('.sts-canvas .sts-node[data-id="tool:Diary"]')!).opacity)).toBe('0.45');
            const legend = await page.textContent('.sts-canvas .sts-legend');
            for (const words of ['added', 'removed (drawn faded)', 'changed']) expect(legend).toContain(words);
            expect(harness.problems).toEqual([]);
        } finally {
            await harness.close();
        }
    }, 60_000);
});

import { mkdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DiagramModel, DiagramModelResult } from '../../src/protocol/diagram-protocol.js';
import { diagramModelFor } from '../../src/server/diagram-service.js';
import { buildWorkspace } from '../helpers/workspace.js';
import { ensureBundles, openPage, type PageHarness } from './page-harness.js';

const rosa = readFileSync(new URL('../language/rosa-contract.sts', import.meta.url), 'utf8');
const ROSA_URI = 'file:///workspace/rosa.sts';
const ARTEFACTS = path.resolve(import.meta.dirname, '../../artefacts/preview');
const lineOf = (start: string) => rosa.split('\n').findIndex(line => line.startsWith(start));

let harness: PageHarness;
let model: DiagramModel;

/** Plays the extension's part: tells the page its document and answers its next model request. */
async function answerNextRequest(result: DiagramModelResult): Promise<void> {
    const request = await harness.next('requestModel');
    await harness.send({ type: 'model', requestId: request.requestId, result });
}

async function revision(): Promise<number> {
    return Number(await harness.page.getAttribute('#sts-app', 'data-revision'));
}

describe('the diagram webview page in Chromium, with the real model of Rosa’s Trattoria', () => {
    beforeAll(async () => {
        ensureBundles();
        const { services } = await buildWorkspace({ 'rosa.sts': rosa });
        const result = await diagramModelFor(services.Sts, { uri: ROSA_URI });
        if (result.kind !== 'model') throw new Error(`no model: ${JSON.stringify(result)}`);
        model = result.model;
        mkdirSync(ARTEFACTS, { recursive: true });
        harness = await openPage();
        await harness.next('ready');
        await harness.send({ type: 'document', uri: ROSA_URI, fileName: 'rosa.sts', follow: true, defaultView: 'system' });
        await answerNextRequest(result);
        await harness.page.waitForSelector('#sts-app[data-ready="true"]');
    }, 60_000);

    afterAll(async () => {
        await harness?.close();
    });

    it('draws every actor, tool and task of the system view with its name, and badges where the checks found something', async () => {
        const { page } = harness;
        expect(await page.getAttribute('.sts-canvas svg', 'data-view')).toBe('system');
        for (const id of ['actor:Rosa', 'actor:Chef', 'actor:Waiter', 'tool:POS', 'tool:KitchenDisplay', 'task:TakeOrder', 'task:Cook', 'task:Serve', 'task:ConfirmOnlineOrder']) {
            const name = id.slice(id.indexOf(':') + 1);
            // The renderer shortens a long name with an ellipsis; its tooltip has it whole.
            const shown = (await page.textContent(`.sts-node[data-id="${id}"] text.sts-name`)) ?? '';
            expect(name.startsWith(shown.replace(/…$/, '')) && shown.length >= Math.min(name.length, 12), `${id} shows “${shown}”`).toBe(true);
            expect(await page.textContent(`.sts-node[data-id="${id}"] > title`)).toContain(name);
        }
        // unowned-task on ConfirmOnlineOrder, unresolved TableTablet on TakeOrder: both errors.
        expect(await page.locator('.sts-node[data-id="task:ConfirmOnlineOrder"] .sts-badge[data-severity="error"]').count()).toBe(1);
        expect(await page.locator('.sts-node[data-id="task:TakeOrder"] .sts-badge[data-severity="error"]').count()).toBe(1);
        expect(await page.locator('.sts-node[data-id="task:Serve"] .sts-badge').count()).toBe(0);
        // The layout ran in a Web Worker under the page's real content security policy, which nothing broke.
        expect(await page.getAttribute('#sts-app', 'data-layout')).toBe('worker');
        expect(harness.problems).toEqual([]);
        await page.screenshot({ path: path.join(ARTEFACTS, 'rosa-system.png') });
    });

    it('asks the extension to reveal a node’s declaration when the node is clicked', async () => {
        await harness.page.click('.sts-node[data-id="task:Cook"]');
        const reveal = await harness.next('reveal');
        const cook = model.nodes.find(node => node.id === 'task:Cook');
        expect(reveal.location).toEqual(cook?.source);
        expect(reveal.location.uri).toBe(ROSA_URI);
        expect(reveal.location.range.start.line).toBe(lineOf('task Cook'));
    });

    it('highlights the node declared under the editor’s cursor, and nothing when the cursor is outside every element', async () => {
        const { page } = harness;
        await harness.send({ type: 'selection', uri: ROSA_URI, position: { line: lineOf('task Settle') + 1, character: 4 } });
        await page.waitForSelector('#sts-app[data-highlighted="task:Settle"]');
        expect(await page.locator('.sts-node.sts-highlight').getAttribute('data-id')).toBe('task:Settle');
        await harness.send({ type: 'selection', uri: ROSA_URI, position: { line: 0, character: 3 } });
        await page.waitForSelector('#sts-app:not([data-highlighted])');
        expect(await page.locator('.sts-highlight').count()).toBe(0);
    });

    it('brings the highlighted node into view when it lies outside the zoomed-in picture', async () => {
        const { page } = harness;
        await page.click('button:text-is("1:1")');
        for (let step = 0; step < 3; step++) await page.click('button:text-is("+")');
        const frame = (await page.locator('.sts-viewport').boundingBox())!;
        const isInside = (box: { x: number; y: number; width: number; height: number }) =>
            box.x >= frame.x && box.y >= frame.y && box.x + box.width <= frame.x + frame.width && box.y + box.height <= frame.y + frame.height;
        const review = page.locator('.sts-node[data-id="tool:ReviewSite"]');
        expect(isInside((await review.boundingBox())!)).toBe(false);
        await harness.send({ type: 'selection', uri: ROSA_URI, position: { line: lineOf('tool ReviewSite'), character: 8 } });
        await page.waitForSelector('#sts-app[data-highlighted="tool:ReviewSite"]');
        expect(isInside((await review.boundingBox())!)).toBe(true);
        await page.click('button:text-is("All")');
    });

    it('keeps the last good diagram and shows the syntax error when the text stops parsing', async () => {
        const { page } = harness;
        const before = await revision();
        await harness.send({ type: 'modelChanged' });
        await answerNextRequest({
            kind: 'parseErrors',
            errors: [{ uri: ROSA_URI, message: "Expecting token of type 'ID' but found `}`.", range: { start: { line: 49, character: 19 }, end: { line: 49, character: 20 } } }]
        });
        await page.waitForSelector('#sts-app[data-state="parse-error"]');
        expect(await page.textContent('.sts-banner')).toContain("Expecting token of type 'ID' but found `}`.");
        expect(await page.textContent('.sts-banner')).toContain('rosa.sts:50:20');
        expect(await page.locator('.sts-node[data-id="task:Cook"]').count()).toBe(1);
        expect(await revision()).toBe(before);
        await page.screenshot({ path: path.join(ARTEFACTS, 'rosa-parse-error.png') });

        // Clicking the error's place asks to reveal it in the text.
        await page.click('.sts-error-link');
        expect((await harness.next('reveal')).location.range.start).toEqual({ line: 49, character: 19 });

        // The next good model replaces the banner with a fresh drawing.
        await harness.send({ type: 'modelChanged' });
        await answerNextRequest({ kind: 'model', model });
        await page.waitForSelector('#sts-app[data-state="ok"]');
        expect(await revision()).toBe(before + 1);
        expect(await page.isHidden('.sts-banner')).toBe(true);
    });

    it('ignores an answer to an older request that arrives after a newer one was asked', async () => {
        const { page } = harness;
        await harness.send({ type: 'modelChanged' });
        const older = await harness.next('requestModel');
        await harness.send({ type: 'modelChanged' });
        const newer = await harness.next('requestModel');
        await harness.send({ type: 'model', requestId: older.requestId, result: { kind: 'failure', message: 'stale answer' } });
        await harness.send({ type: 'model', requestId: newer.requestId, result: { kind: 'model', model } });
        await page.waitForFunction(() => document.querySelector('#sts-app')?.getAttribute('data-state') === 'ok');
        expect(await page.textContent('#sts-app')).not.toContain('stale answer');
    });

    it('switches to the process view from the toolbar: swimlanes, labelled handoffs and the warnings on them', async () => {
        const { page } = harness;
        const before = await revision();
        await page.click('.sts-views button[data-view="process"]');
        await page.waitForSelector('.sts-canvas svg[data-view="process"]');
        expect(await revision()).toBeGreaterThan(before);
        expect(await page.locator('.sts-edge.sts-handoff').count()).toBeGreaterThanOrEqual(5);
        expect(await page.locator('.sts-edge.sts-handoff .sts-badge[data-severity="warning"]').count()).toBeGreaterThanOrEqual(1);
        expect(await page.textContent('.sts-canvas svg')).toContain('order ticket');
        // The process picker lists both processes; choosing one draws only it.
        expect(await page.locator('.sts-process-picker option').allTextContents()).toEqual(expect.arrayContaining(['All processes']));
        await page.selectOption('.sts-process-picker', 'Delivery');
        await page.waitForFunction(() => !document.querySelector('.sts-node[data-id="task:Settle"]'));
        expect(await page.locator('.sts-node[data-id="task:Deliver"]').count()).toBeGreaterThanOrEqual(1);
        // The process shown is deleted from the text: the view falls back to all processes.
        const withoutDelivery: DiagramModel = {
            ...model,
            nodes: model.nodes.filter(node => node.id !== 'process:Delivery'),
            edges: model.edges.filter(edge => edge.process !== 'process:Delivery' && edge.from !== 'process:Delivery' && edge.to !== 'process:Delivery')
        };
        await harness.send({ type: 'modelChanged' });
        await answerNextRequest({ kind: 'model', model: withoutDelivery });
        await page.waitForSelector('.sts-node[data-id="task:Settle"]');
        expect(await page.inputValue('.sts-process-picker')).toBe('');
        await harness.send({ type: 'modelChanged' });
        await answerNextRequest({ kind: 'model', model });
        await page.waitForSelector('.sts-node[data-id="task:Deliver"]');
        await page.screenshot({ path: path.join(ARTEFACTS, 'rosa-process.png') });
        expect(harness.problems, harness.problems.join('\n')).toEqual([]);
    });

    it('exports the diagram as a standalone SVG and as PNG bytes', async () => {
        await harness.send({ type: 'export', requestId: 1, format: 'svg' });
        const svg = await harness.next('exported');
        expect(svg.format).toBe('svg');
        expect(svg.data).toMatch(/^<svg[^>]*data-view="process"/);
        // Outside VS Code its colour variables mean nothing: the export carries a fixed palette.
        expect(svg.data).toMatch(/^<svg[^>]*class="sts-diagram sts-theme-(light|dark)"/);
        await harness.send({ type: 'export', requestId: 2, format: 'png' });
        const png = await harness.next('exported');
        expect(png.requestId).toBe(2);
        const bytes = Buffer.from(png.data, 'base64');
        expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
        // Twice the SVG's width, for sharp text.
        expect(bytes.readUInt32BE(16)).toBe(2 * Number(/width="(\d+)"/.exec(svg.data)?.[1]));
    });
});

describe('the diagram webview page following another editor', () => {
    it('drops the old picture at once and draws the new document’s system in the view the user chose', async () => {
        const { services } = await buildWorkspace({ 'rosa.sts': rosa, 'other.sts': 'system Other\nactor Ann\ntask Sweep { owner Ann }\nprocess Tidy { Sweep -> Ann }\n' });
        const rosaModel = await diagramModelFor(services.Sts, { uri: ROSA_URI });
        const otherModel = await diagramModelFor(services.Sts, { uri: 'file:///workspace/other.sts' });
        const page = await openPage();
        try {
            await page.next('ready');
            await page.send({ type: 'document', uri: ROSA_URI, fileName: 'rosa.sts', follow: true, defaultView: 'system' });
            await page.send({ type: 'model', requestId: (await page.next('requestModel')).requestId, result: rosaModel });
            await page.page.waitForSelector('#sts-app[data-ready="true"]');
            await page.page.click('.sts-views button[data-view="process"]');
            await page.page.waitForSelector('.sts-canvas svg[data-view="process"]');

            await page.send({ type: 'document', uri: 'file:///workspace/other.sts', fileName: 'other.sts', follow: true, defaultView: 'system' });
            const request = await page.next('requestModel');
            await page.page.waitForSelector('#sts-app[data-state="loading"]:not([data-ready])');
            expect(await page.page.locator('.sts-node').count()).toBe(0);
            await page.send({ type: 'model', requestId: request.requestId, result: otherModel });
            await page.page.waitForSelector('#sts-app[data-ready="true"]');
            expect(await page.page.getAttribute('.sts-canvas svg', 'data-view')).toBe('process');
            expect(await page.page.locator('.sts-node[data-id="task:Sweep"]').count()).toBe(1);
            expect(await page.page.textContent('.sts-file-label')).toBe('other.sts');
            expect(await page.page.locator('.sts-process-picker option').allTextContents()).toEqual(['All processes', 'Tidy']);
        } finally {
            await page.close();
        }
    }, 60_000);
});

describe('the diagram webview page where workers are not allowed', () => {
    it('lays out on the page instead and still draws the process view', async () => {
        const { services } = await buildWorkspace({ 'rosa.sts': rosa });
        const result = await diagramModelFor(services.Sts, { uri: ROSA_URI });
        const page = await openPage({ alterHtml: html => html.replace('worker-src blob:', "worker-src 'none'") });
        try {
            await page.next('ready');
            await page.send({ type: 'document', uri: ROSA_URI, fileName: 'rosa.sts', follow: false, defaultView: 'process' });
            const request = await page.next('requestModel');
            await page.send({ type: 'model', requestId: request.requestId, result });
            await page.page.waitForSelector('#sts-app[data-ready="true"]');
            expect(await page.page.getAttribute('#sts-app', 'data-layout')).toBe('page');
            expect(await page.page.getAttribute('.sts-canvas svg', 'data-view')).toBe('process');
            expect(await page.page.locator('.sts-edge.sts-handoff').count()).toBeGreaterThanOrEqual(5);
        } finally {
            await page.close();
        }
    }, 60_000);
});

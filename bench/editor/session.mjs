/* global window, document */
// One run of the editor benchmark: a fresh code-server (fresh extension host,
// so activation is cold) with the packaged extension and one workspace, a
// fresh Chromium page, and what a user does — open the file, type one
// character into an owner's name and take it back, open the diagram to the
// side, type again — each figure taken in the page by the probe
// (bench/editor/probe.mjs). The moves are the end-to-end test's own
// (test/e2e/workbench.mjs), so the benchmark drives the editor exactly as the
// test does.
import { startCodeServer } from '../../scripts/code-server/launch.mjs';
import { launchBrowser } from '../../test/helpers/browser.mjs';
import { Workbench } from '../../test/e2e/workbench.mjs';
import { probeScript } from './probe.mjs';

/** How long one condition may take before the run is given up (a hung run, not a slow one). */
const LIMIT_MS = 180_000;
/** Quiet time after a keystroke's effects, so that the next keystroke does not land in the last one's work. */
const SETTLE_MS = 1500;

/**
 * @typedef {{ name: string, folder: string, fileName: string, editLine: number }} Scenario
 *   `editLine`: a line `owner X` of `fileName` without findings; typing `x` after the name makes it unresolved.
 * @typedef {{ activation: number, openToSquiggle: number, squiggleAfterActivation: number, openPreview: number,
 *             keyToSquiggle: number[], keyToSquiggleWithPreview: number[], keyToDiagram: number[] }} RunFigures
 */

/**
 * @param {{ scenario: Scenario, vsix: string, settings: Record<string, unknown>, displayName: string,
 *           cycles: number, log: (line: string) => void }} options
 * @returns {Promise<RunFigures>}
 */
export async function measureRun({ scenario, vsix, settings, displayName, cycles, log }) {
    const server = await startCodeServer({ vsix, folder: scenario.folder, settings, log: () => {} });
    const browser = await launchBrowser();
    try {
        const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
        await page.addInitScript(probeScript());
        await page.goto(server.url);
        const workbench = new Workbench(page);
        await workbench.ready();
        const { fileName, editLine } = scenario;

        // The Extensions view shows an extension's activation time once its activate() has resolved:
        // that moment ends "activation". It stays open beside the editor while the file opens.
        await page.keyboard.press('Control+Shift+X');
        const row = page.locator('.extensions-viewlet .monaco-list-row').filter({ hasText: displayName }).first();
        await row.waitFor({ timeout: LIMIT_MS });
        await page.evaluate(({ fileName, displayName }) => {
            const bench = window.__stsBench;
            bench.arm('open', 'Enter');
            bench.watch('activated', () => [...document.querySelectorAll('.extensions-viewlet .monaco-list-row')]
                .some(item => item.textContent?.includes(displayName) && item.querySelector('.activationTime') !== null));
            bench.watch('firstSquiggle', () => bench.anySquiggle(fileName));
        }, { fileName, displayName });
        await workbench.openFile(fileName);
        const opened = await figures(page, ['open'], ['activated', 'firstSquiggle']);
        const result = {
            activation: opened.activated - opened.open,
            openToSquiggle: opened.firstSquiggle - opened.open,
            squiggleAfterActivation: opened.firstSquiggle - opened.activated,
            keyToSquiggle: [], keyToSquiggleWithPreview: [], keyToDiagram: [], openPreview: NaN
        };
        log(`activation ${ms(result.activation)}, open → first squiggle ${ms(result.openToSquiggle)}`);
        await page.keyboard.press('Control+B'); // the side bar away: room for the diagram

        // Keystrokes with the editor alone.
        await workbench.focusEditor(fileName);
        await workbench.goToLine(editLine);
        await workbench.press('End');
        for (let cycle = 0; cycle < cycles; cycle++) {
            for (const key of ['x', 'Backspace']) result.keyToSquiggle.push(await keystroke(page, { fileName, editLine, key }));
        }
        log(`keystroke → squiggle ${result.keyToSquiggle.map(ms).join(', ')}`);

        // The diagram: open it to the side (the palette row is clicked), then the same keystrokes again.
        await page.evaluate(() => window.__stsBench.arm('preview', 'mousedown'));
        await workbench.runCommand('STS: Open Diagram to the Side');
        const { preview } = await figures(page, ['preview'], []);
        const diagram = await eventually('the diagram is drawn', async () => {
            for (const frame of page.frames()) {
                const drawn = await frame.evaluate(() => window.__stsBench?.ends.firstDiagram).catch(() => undefined);
                if (drawn !== undefined) return { frame, drawn };
            }
            return undefined;
        });
        result.openPreview = diagram.drawn - preview;
        log(`open preview → first diagram ${ms(result.openPreview)}`);
        await sleep(SETTLE_MS);
        await workbench.focusEditor(fileName);
        await workbench.goToLine(editLine);
        await workbench.press('End');
        for (let cycle = 0; cycle < cycles; cycle++) {
            for (const key of ['x', 'Backspace']) {
                const revision = await diagram.frame.evaluate(() => {
                    const app = document.getElementById('sts-app');
                    const before = Number(app.dataset.revision);
                    window.__stsBench.watch('diagram', () => Number(app.dataset.revision) > before && app.dataset.state === 'ok');
                    return before;
                });
                const squiggle = await keystroke(page, { fileName, editLine, key, settle: false });
                const drawn = await eventually(`the diagram is drawn again after revision ${revision}`, () => diagram.frame.evaluate(() => window.__stsBench.ends.diagram));
                const started = await page.evaluate(() => window.__stsBench.starts.key);
                result.keyToSquiggleWithPreview.push(squiggle);
                result.keyToDiagram.push(drawn - started);
                await sleep(SETTLE_MS);
            }
        }
        log(`with the diagram open: keystroke → squiggle ${result.keyToSquiggleWithPreview.map(ms).join(', ')}; keystroke → diagram ${result.keyToDiagram.map(ms).join(', ')}`);
        return result;
    } finally {
        await browser.close().catch(() => {});
        await server.stop();
    }
}

/**
 * Types `key` at the cursor (the end of the owner line) and returns the time until the line's error
 * squiggle is there ('x' makes the name unknown) or gone again (Backspace).
 */
async function keystroke(page, { fileName, editLine, key, settle = true }) {
    await page.evaluate(({ fileName, editLine, key }) => {
        const bench = window.__stsBench;
        const wanted = key !== 'Backspace';
        bench.arm('key', key);
        bench.watch('squiggle', () => bench.squiggle({ fileName, line: editLine, kind: 'error' }) === wanted);
    }, { fileName, editLine, key });
    await page.keyboard.press(key);
    const { key: started, squiggle } = await figures(page, ['key'], ['squiggle']);
    if (settle) await sleep(SETTLE_MS);
    return squiggle - started;
}

/** Waits until the probe in the workbench has every named start and end; returns them. */
async function figures(page, starts, ends) {
    return eventually(`${[...starts, ...ends].join(', ')} seen in the page`, async () => {
        const seen = await page.evaluate(() => ({ ...window.__stsBench.starts, ...window.__stsBench.ends }));
        return [...starts, ...ends].every(name => typeof seen[name] === 'number') ? seen : undefined;
    });
}

/** Polls `probe` until it returns something other than undefined; gives up after LIMIT_MS. */
async function eventually(description, probe) {
    const until = Date.now() + LIMIT_MS;
    for (;;) {
        const value = await probe();
        if (value !== undefined) return value;
        if (Date.now() > until) throw new Error(`${description}: not within ${LIMIT_MS / 1000} s`);
        await sleep(50);
    }
}

function sleep(ms) {
    return new Promise(resolve => setTimeout(resolve, ms));
}

export function ms(value) {
    return `${Math.round(value)} ms`;
}

#!/usr/bin/env node
// `node test/preview/code-server-smoke.mjs`: the diagram preview in a real VS
// Code (code-server), for what only the extension host can show: the panel
// opened from the command palette, ELK running in a worker under the real
// webview policy, click-to-reveal and cursor highlighting both ways, the
// diagram following edits (with data-update-ms, from the server's change
// notice to the picture), a parse error shown in the page, a PNG export saved
// through the save dialog, the panel following another .sts editor, and the
// panel restored by its serializer after a reload. Builds and packages the
// extension (without the CLI) into a temporary .vsix; screenshots go to
// artefacts/preview/code-server/. Not part of `npm test` (it takes minutes);
// the project's end-to-end test covers the user's main path.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { QUIET_SETTINGS, startCodeServer } from '../../scripts/code-server/launch.mjs';
import { check, eventually, runSteps } from '../e2e/harness.mjs';
import { Workbench } from '../e2e/workbench.mjs';
import { launchBrowser } from '../helpers/browser.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const artefacts = join(root, 'artefacts', 'preview', 'code-server');
const started = Date.now();
const log = line => console.log(`[preview ${String(Math.round((Date.now() - started) / 1000)).padStart(4)} s] ${line}`);

const scratch = mkdtempSync(join(tmpdir(), 'sts-preview-'));
const vsix = join(scratch, 'sts.vsix');
const folder = join(scratch, 'workspace');
mkdirSync(folder);
mkdirSync(artefacts, { recursive: true });
const rosa = readFileSync(join(root, 'test', 'language', 'rosa-contract.sts'), 'utf8');
writeFileSync(join(folder, 'rosa.sts'), rosa);
writeFileSync(join(folder, 'other.sts'), 'system Other\nactor Ann\ntask Sweep { owner Ann }\n');
const lineOf = start => rosa.split('\n').findIndex(line => line.startsWith(start)) + 1;

log('building and packaging the extension');
execFileSync(process.execPath, ['esbuild.mjs', '--production', '--only=extension,server,webview,elk-worker'], { cwd: root, stdio: 'pipe' });
execFileSync(join(root, 'node_modules', '.bin', 'vsce'), ['package', '--no-dependencies', '--allow-missing-repository', '--no-rewrite-relative-links', '-o', vsix], { cwd: root, stdio: 'pipe' });

let server;
let browser;
let passed = false;
try {
    server = await startCodeServer({
        vsix, folder, log,
        settings: { ...QUIET_SETTINGS, 'editor.autoClosingBrackets': 'never', 'editor.autoClosingQuotes': 'never', 'editor.quickSuggestions': { other: 'off', comments: 'off', strings: 'off' }, 'editor.suggestOnTriggerCharacters': false, 'workbench.editor.enablePreview': false }
    });
    browser = await launchBrowser();
    const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
    const workbench = new Workbench(page);
    await page.goto(server.url);

    /** The webview frame whose page has drawn a diagram. */
    const diagram = () => workbench.frameWith('#sts-app[data-ready="true"]');
    const attribute = async name => (await diagram())?.getAttribute('#sts-app', name);
    const waitForAttribute = (name, value, limitMs = 60_000) => eventually(`the diagram's ${name} is ${value}`, async () => {
        const seen = await attribute(name);
        return { ok: seen === value, seen: String(seen) };
    }, { limitMs });

    passed = await runSteps(page, [
        {
            name: 'open-to-the-side',
            run: async () => {
                await workbench.ready();
                await workbench.openFile('rosa.sts');
                await workbench.runCommand('STS: Open Diagram to the Side');
                await eventually('the diagram is drawn', async () => ({ ok: (await diagram()) !== undefined, seen: `${page.frames().length} frames, none drawn` }), { limitMs: 180_000 });
                const frame = await diagram();
                check(await attribute('data-layout') === 'worker', `ELK did not run in a worker: ${await attribute('data-layout')}`);
                check(await frame.locator('.sts-node[data-id="task:ConfirmOnlineOrder"] .sts-badge[data-severity="error"]').count() === 1, 'no error badge on the unowned task');
            }
        },
        {
            name: 'click-reveals-and-cursor-highlights',
            run: async () => {
                await workbench.focusEditor('rosa.sts');
                await workbench.goToLine(1);
                await (await diagram()).locator('.sts-node[data-id="task:Cook"]').first().click();
                await eventually(`the cursor goes to line ${lineOf('task Cook')}`, async () => {
                    let cursor = await workbench.cursor();
                    if (!cursor) {
                        await workbench.focusEditor('rosa.sts');
                        cursor = await workbench.cursor();
                    }
                    return { ok: cursor?.line === lineOf('task Cook'), seen: JSON.stringify(cursor) };
                }, { limitMs: 20_000 });
                await workbench.goToLine(lineOf('task Settle') + 1);
                await waitForAttribute('data-highlighted', 'task:Settle', 20_000);
            }
        },
        {
            name: 'follows-edits-and-shows-parse-errors',
            run: async () => {
                await workbench.focusEditor('rosa.sts');
                await workbench.press('Control+End');
                await workbench.press('Enter');
                await workbench.type('task Taste { owner Chef }');
                await eventually('the typed task appears', async () => ({ ok: await (await diagram())?.locator('.sts-node[data-id="task:Taste"]').count() > 0, seen: 'no task:Taste' }));
                log(`change notice to picture: ${await attribute('data-update-ms')} ms`);
                await workbench.type(' {');
                await waitForAttribute('data-state', 'parse-error');
                const frame = await diagram();
                check((await frame.textContent('.sts-banner')).includes('syntax error'), 'no syntax error in the banner');
                check(await frame.locator('.sts-node[data-id="task:Taste"]').count() > 0, 'the last good diagram was not kept');
                await workbench.press('Backspace');
                await workbench.press('Backspace');
                await waitForAttribute('data-state', 'ok');
            }
        },
        {
            name: 'exports-png',
            run: async () => {
                // The export commands act on the diagram panel; the save dialog offers rosa.png beside the file.
                await (await diagram()).locator('.sts-file-label').click();
                await workbench.runCommand('STS: Export Diagram as PNG');
                const input = page.locator('.quick-input-widget input');
                await input.waitFor({ timeout: 30_000 });
                await eventually('the save dialog offers rosa.png', async () => ({ ok: (await input.inputValue()).endsWith('rosa.png'), seen: await input.inputValue() }), { limitMs: 20_000 });
                await page.keyboard.press('Enter');
                const file = join(folder, 'rosa.png');
                await eventually('rosa.png is written', async () => {
                    const bytes = existsSync(file) ? readFileSync(file) : Buffer.alloc(0);
                    return { ok: bytes.subarray(1, 4).toString('latin1') === 'PNG', seen: `${bytes.length} bytes` };
                }, { limitMs: 30_000 });
            }
        },
        {
            name: 'follows-the-active-editor',
            run: async () => {
                await workbench.focusEditor('rosa.sts');
                await workbench.openFile('other.sts');
                await eventually('the panel shows other.sts', async () => ({ ok: await (await diagram())?.locator('.sts-node[data-id="task:Sweep"]').count() > 0, seen: String(await (await diagram())?.textContent('.sts-file-label')) }));
                check(await page.locator('.tab', { hasText: 'Diagram: other.sts' }).count() === 1, 'the panel title does not name other.sts');
            }
        },
        {
            name: 'restored-after-reload',
            run: async () => {
                await page.reload();
                await workbench.ready();
                // The workbench saves its layout (and the panel's state) lazily: the reload may bring back an
                // earlier moment, showing either file. What matters is that the serializer brought the panel back.
                await eventually('the diagram panel is restored and draws again', async () => ({ ok: (await diagram()) !== undefined, seen: 'no diagram' }), { limitMs: 180_000 });
                log(`restored: ${await (await diagram()).textContent('.sts-file-label')}, ${await attribute('data-view')} view`);
            }
        }
    ], artefacts, log);
} catch (error) {
    log(`FAIL setting up: ${error instanceof Error ? error.message : String(error)}`);
} finally {
    await browser?.close().catch(() => {});
    if (server) {
        cpSync(server.logFile, join(artefacts, 'code-server.log'));
        await server.stop();
        log(`code-server ${server.pid} stopped`);
    }
    rmSync(scratch, { recursive: true, force: true });
}
log(passed ? 'all steps passed' : 'failed');
process.exit(passed ? 0 : 1);

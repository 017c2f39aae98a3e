#!/usr/bin/env node
// `npm run test:e2e` (after `npm run package`): the extension in a real VS Code.
// Checks the .vsix's file list, installs code-server when missing, installs the
// .vsix into a temporary extensions folder, opens a temporary copy of
// examples/ in code-server, and drives it with Playwright in the Chromium from npm (test/helpers/browser.mjs)
// through the steps of rosa-scenario.mjs and config-scenario.mjs. Screenshots and logs go to
// artefacts/e2e/. code-server is stopped by its process group at the end,
// whatever happened. Exit code 0 only when every step passed.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startCodeServer, TYPING_SETTINGS } from '../../scripts/code-server/launch.mjs';
import { ensureCodeServer } from '../../scripts/code-server/install.mjs';
import { launchBrowser } from '../helpers/browser.mjs';
import { runSteps } from './harness.mjs';
import { rosaSteps } from './rosa-scenario.mjs';
import { CONFIG_TEXT, configSteps } from './config-scenario.mjs';
import { checkVsixContents } from './vsix-contents.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const artefacts = join(root, 'artefacts', 'e2e');
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const extensionId = `${manifest.publisher}.${manifest.name}`;
const vsix = process.env.STS_E2E_VSIX ?? join(root, `${manifest.name}-${manifest.version}.vsix`);
const example = 'restaurant/findings/rosas-trattoria.sts';

/** Typing in the test must give exactly the text typed. */
const SETTINGS = TYPING_SETTINGS;

const started = Date.now();
const log = line => console.log(`[e2e ${String(Math.round((Date.now() - started) / 1000)).padStart(4)} s] ${line}`);

rmSync(artefacts, { recursive: true, force: true });
mkdirSync(artefacts, { recursive: true });

if (!existsSync(vsix)) fail(`${relative(root, vsix)} is missing: run \`npm run package\` first (npm run test:e2e does).`);
let entries = [];
try {
    entries = checkVsixContents(vsix);
} catch (error) {
    fail(`The packaged extension holds the wrong files. ${error instanceof Error ? error.message : String(error)}`);
}
log(`${relative(root, vsix)}: ${entries.length} files, only what VS Code loads`);
try {
    ensureCodeServer();
} catch (error) {
    fail(`Could not install code-server: ${error instanceof Error ? error.message : String(error)}`);
}

const scratch = mkdtempSync(join(tmpdir(), 'sts-e2e-'));
const folder = join(scratch, 'examples');
cpSync(join(root, 'examples'), folder, { recursive: true });
writeFileSync(join(folder, 'sts.config.json'), CONFIG_TEXT);
const exampleFile = join(folder, example);
if (!existsSync(exampleFile)) {
    // The restaurant example with findings is the contract example at heart; use that until it ships.
    mkdirSync(dirname(exampleFile), { recursive: true });
    cpSync(join(root, 'test', 'language', 'rosa-contract.sts'), exampleFile);
}

let server;
let browser;
const consoleLines = [];
let passed = false;
const cleanUp = async () => {
    if (server) {
        copyLogs(server.userDataDir, server.logFile);
        await server.stop();
        log(`code-server ${server.pid} stopped`);
        server = undefined;
    }
    await browser?.close().catch(() => {});
    browser = undefined;
    rmSync(scratch, { recursive: true, force: true });
};
for (const signal of ['SIGINT', 'SIGTERM']) {
    process.once(signal, () => { log(`${signal}: stopping`); cleanUp().finally(() => process.exit(130)); });
}

try {
    server = await startCodeServer({ vsix, folder, settings: SETTINGS, log });
    browser = await launchBrowser();
    const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
    // The workbench's and the webviews' console (frames included): where a diagram that fails says why.
    page.on('console', message => consoleLines.push(`[${message.type()}] ${message.location().url}: ${message.text()}`));
    page.on('pageerror', error => consoleLines.push(`[pageerror] ${error.message}`));
    const { Workbench } = await import('./workbench.mjs');
    const workbench = new Workbench(page);
    await page.goto(server.url);
    const logsDir = join(server.userDataDir, 'logs');
    passed = await runSteps(page, [
        ...rosaSteps({
            workbench, page, extensionId,
            fileName: example.split('/').pop(),
            text: readFileSync(exampleFile, 'utf8'),
            extensionLog: () => extensionLogs(logsDir)
        }),
        ...configSteps({ workbench, page })
    ], artefacts, log);
} catch (error) {
    log(`FAIL setting up: ${error instanceof Error ? error.message : String(error)}`);
} finally {
    await cleanUp();
}
log(passed ? `all steps passed; screenshots in ${relative(root, artefacts)}/` : `failed; screenshots and logs in ${relative(root, artefacts)}/`);
process.exit(passed ? 0 : 1);

/** The extension hosts' logs (activations and their failures) and the language client's output. */
function extensionLogs(logsDir) {
    return filesUnder(logsDir).filter(file => /exthost\.log$|STS Language Server\.log$/i.test(file)).map(file => readFileSync(file, 'utf8')).join('\n');
}

function copyLogs(userDataDir, logFile) {
    const target = join(artefacts, 'logs');
    mkdirSync(target, { recursive: true });
    writeFileSync(join(target, 'browser-console.log'), `${consoleLines.join('\n')}\n`);
    if (existsSync(logFile)) cpSync(logFile, join(target, 'code-server.log'));
    const logsDir = join(userDataDir, 'logs');
    for (const file of filesUnder(logsDir)) {
        if (/exthost\.log$|STS Language Server\.log$|JSON Language Server\.log$|remoteagent\.log$/.test(file)) cpSync(file, join(target, relative(logsDir, file).replaceAll('/', '_')));
    }
}

function filesUnder(dir) {
    if (!existsSync(dir)) return [];
    return readdirSync(dir).flatMap(name => {
        const path = join(dir, name);
        return statSync(path).isDirectory() ? filesUnder(path) : [path];
    });
}

function fail(message) {
    console.error(message);
    process.exit(1);
}

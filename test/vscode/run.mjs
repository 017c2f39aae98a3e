#!/usr/bin/env node
// `npm run test:vscode`: the extension-host suite (test/vscode/suite/index.cjs,
// a module exporting `run()`) inside a real VS Code, against a fresh copy of
// test/vscode/workspace/.
//
// - Where VS Code can be downloaded, `@vscode/test-electron`'s runTests starts
//   VS Code (Electron) with the suite as its extensionTestsPath.
// - Where it cannot (these machines reach only npm and Debian), the same suite
//   runs in code-server's extension host: the workbench URL's `payload` names
//   the development extension and the tests module as vscode-remote:// paths,
//   and the workbench calls window.codeAutomationExit(code) when run() settles.
//
// STS_VSCODE=electron or STS_VSCODE=code-server picks one; by default the
// runner asks DNS for VS Code's update server and uses code-server when that
// fails. Results (each test's name, pass/fail, time) are printed and kept in
// artefacts/vscode/results.json. Exit 0 only when every test passed.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { lookup } from 'node:dns/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const suite = join(root, 'test', 'vscode', 'suite', 'index.cjs');
const artefacts = join(root, 'artefacts', 'vscode');
const started = Date.now();
const log = line => console.log(`[vscode ${String(Math.round((Date.now() - started) / 1000)).padStart(4)} s] ${line}`);
const RUN_LIMIT_MS = Number(process.env.STS_VSCODE_RUN_LIMIT_MS ?? 8 * 60_000);

if (!existsSync(join(root, 'dist', 'extension.cjs')) || !existsSync(join(root, 'dist', 'server.cjs'))) {
    console.error('dist/ is not built: run `npm run build` first (npm run test:vscode does).');
    process.exit(2);
}

rmSync(artefacts, { recursive: true, force: true });
mkdirSync(artefacts, { recursive: true });
const scratch = mkdtempSync(join(tmpdir(), 'sts-vscode-'));
const folder = join(scratch, 'workspace');
cpSync(join(root, 'test', 'vscode', 'workspace'), folder, { recursive: true });
const resultsFile = join(scratch, 'results.json');
process.env.STS_VSCODE_RESULTS = resultsFile;

let code = 1;
try {
    const runner = process.env.STS_VSCODE ?? (await canDownloadVsCode() ? 'electron' : 'code-server');
    log(`running ${relative(root, suite)} in ${runner === 'electron' ? 'VS Code (@vscode/test-electron)' : 'code-server\'s extension host'}`);
    const exit = runner === 'electron' ? await inElectron() : await inCodeServer();
    code = report(exit);
} catch (error) {
    log(`FAIL: ${error instanceof Error ? error.message : String(error)}`);
} finally {
    rmSync(scratch, { recursive: true, force: true });
}
process.exit(code);

async function canDownloadVsCode() {
    try {
        await Promise.race([lookup('update.code.visualstudio.com'), new Promise((_, reject) => setTimeout(() => reject(new Error('slow')), 3000))]);
        return true;
    } catch {
        return false;
    }
}

async function inElectron() {
    const { runTests } = await import('@vscode/test-electron');
    try {
        await runTests({
            extensionDevelopmentPath: root,
            extensionTestsPath: suite,
            extensionTestsEnv: { STS_VSCODE_RESULTS: resultsFile },
            launchArgs: [folder, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes']
        });
        return 0;
    } catch (error) {
        log(`VS Code ended the run: ${error instanceof Error ? error.message : String(error)}`);
        return 1;
    }
}

async function inCodeServer() {
    const { missingMessage } = await import('../../scripts/code-server/requirements.mjs');
    const missing = missingMessage('npm run test:vscode (in code-server, since VS Code cannot be downloaded here)');
    if (missing) {
        console.error(missing);
        process.exit(2);
    }
    const { startCodeServer, QUIET_SETTINGS } = await import('../../scripts/code-server/launch.mjs');
    const { launchBrowser } = await import('../helpers/browser.mjs');
    const server = await startCodeServer({ folder, settings: QUIET_SETTINGS, log });
    let browser;
    const consoleLines = [];
    try {
        browser = await launchBrowser();
        const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
        page.on('console', message => consoleLines.push(`[${message.type()}] ${message.text()}`));
        page.on('pageerror', error => consoleLines.push(`[pageerror] ${error.message}`));
        const exited = new Promise(resolve => {
            page.exposeFunction('codeAutomationExit', (exitCode) => { resolve(Number(exitCode)); });
        });
        const remote = path => `vscode-remote://${new URL(server.url).host}${path}`;
        const payload = [['extensionDevelopmentPath', remote(root.replace(/\/$/, ''))], ['extensionTestsPath', remote(suite)]];
        const url = `${server.url}?folder=${encodeURIComponent(folder)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
        await page.goto(url);
        log('workbench loaded; waiting for the suite');
        const exitCode = await Promise.race([
            exited,
            server.exited.then(reason => { throw new Error(`code-server stopped during the run (${reason})`); }),
            new Promise(resolve => setTimeout(() => resolve('timeout'), RUN_LIMIT_MS))
        ]);
        await page.screenshot({ path: join(artefacts, 'workbench-at-end.png') }).catch(() => {});
        if (exitCode === 'timeout') {
            log(`the suite did not finish within ${RUN_LIMIT_MS / 1000} s`);
            return 1;
        }
        return exitCode;
    } finally {
        writeFileSync(join(artefacts, 'browser-console.log'), `${consoleLines.join('\n')}\n`);
        if (existsSync(server.logFile)) cpSync(server.logFile, join(artefacts, 'code-server.log'));
        await browser?.close().catch(() => {});
        await server.stop();
        log(`code-server ${server.pid} stopped`);
    }
}

/** Prints each test's result; 0 only when the suite ran to its end, every test passed and VS Code said so too. */
function report(exitCode) {
    if (!existsSync(resultsFile)) {
        log(`no results: the suite never started (exit ${exitCode}); see ${relative(root, artefacts)}/`);
        return 1;
    }
    const results = JSON.parse(readFileSync(resultsFile, 'utf8'));
    writeFileSync(join(artefacts, 'results.json'), JSON.stringify(results, null, 2));
    for (const result of results.results) log(`${result.ok ? 'PASS' : 'FAIL'} ${result.name} (${(result.ms / 1000).toFixed(1)} s)${result.ok ? '' : `: ${result.error}`}`);
    const passed = results.results.filter(result => result.ok).length;
    const failed = results.results.length - passed;
    if (!results.done) log('the suite stopped before its end');
    log(`${passed} passed, ${failed} failed, in VS Code ${results.vscode}`);
    return results.done && failed === 0 && exitCode === 0 ? 0 : 1;
}

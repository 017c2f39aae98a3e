/**
 * Runs the diagram webview's built page (dist/media/webview.js, with the real
 * page HTML and content security policy of the extension) in headless
 * Chromium, with a stand-in for the extension: `acquireVsCodeApi` forwards
 * every posted message to the test, and `send` delivers messages the way VS
 * Code does (a `message` event on the window).
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { diagramPageHtml, PAGE_FILES } from '../../src/extension/diagram/diagram-html.js';
import type { ExtensionToWebview, WebviewToExtension } from '../../src/protocol/diagram-protocol.js';
import { launchBrowser } from '../helpers/browser.mjs';

const ROOT = path.resolve(import.meta.dirname, '../..');
const ORIGIN = 'http://sts.test';
const BUNDLES = [PAGE_FILES.script.join('/'), PAGE_FILES.layoutWorker.join('/')];
const SOURCES = ['src/webview', 'src/diagram', 'src/protocol'];

/** VS Code injects its theme as CSS variables; these few stand in for a dark theme. */
const THEME_VARIABLES = `:root {
  --vscode-font-family: 'Liberation Sans', Arial, sans-serif; --vscode-font-size: 13px;
  --vscode-foreground: #cccccc; --vscode-editor-background: #1f1f1f; --vscode-editor-foreground: #cccccc;
  --vscode-button-background: #0078d4; --vscode-button-foreground: #ffffff;
  --vscode-button-secondaryBackground: #313131; --vscode-button-secondaryForeground: #cccccc;
  --vscode-focusBorder: #0078d4; --vscode-panel-border: #2b2b2b; --vscode-editorWidget-background: #202020;
  --vscode-dropdown-background: #313131; --vscode-dropdown-foreground: #cccccc; --vscode-textLink-foreground: #4daafc;
  --vscode-editorError-foreground: #f85149; --vscode-editorWarning-foreground: #cca700;
}
`;

/** Builds the page's bundles with the project's esbuild script when a source is newer than them. */
export function ensureBundles(): void {
    const built = Math.min(...BUNDLES.map(bundle => mtime(path.join(ROOT, bundle))));
    const newest = Math.max(...SOURCES.map(folder => newestIn(path.join(ROOT, folder))), mtime(path.join(ROOT, 'esbuild.mjs')));
    if (newest > built) execFileSync(process.execPath, ['esbuild.mjs', '--only=webview,elk-worker'], { cwd: ROOT, stdio: 'pipe' });
}

export interface PageHarness {
    readonly page: Page;
    /** Every message the page posted, in order. */
    readonly posted: WebviewToExtension[];
    /** Messages the page broke the content security policy with, or errors it threw. */
    readonly problems: string[];
    send(message: ExtensionToWebview): Promise<void>;
    /** The next message of this type the page posts (or the one it already posted since the last call). */
    next<T extends WebviewToExtension['type']>(type: T): Promise<Extract<WebviewToExtension, { type: T }>>;
    close(): Promise<void>;
}

export interface PageOptions {
    /** Changes the served page (its policy, say) before the browser sees it. */
    readonly alterHtml?: (html: string) => string;
}

export async function openPage(options: PageOptions = {}): Promise<PageHarness> {
    const browser: Browser = await launchBrowser();
    const page = await browser.newPage({ viewport: { width: 1200, height: 800 } });
    const posted: WebviewToExtension[] = [];
    const problems: string[] = [];
    // Each `next(type)` consumes the next unread message of that type, whether it came before or after the call.
    const consumed = new Map<string, number>();
    let waiters: { type: string; resolve: (message: WebviewToExtension) => void }[] = [];
    const deliver = () => {
        waiters = waiters.filter(waiter => {
            const ofType = posted.filter(message => message.type === waiter.type);
            const read = consumed.get(waiter.type) ?? 0;
            if (ofType.length <= read) return true;
            consumed.set(waiter.type, read + 1);
            waiter.resolve(ofType[read]!);
            return false;
        });
    };
    page.on('console', message => {
        if (/Content Security Policy|Refused to/i.test(message.text())) problems.push(message.text());
    });
    page.on('pageerror', error => problems.push(error.message));
    await page.exposeFunction('__stsPost', (message: WebviewToExtension) => {
        posted.push(message);
        deliver();
    });
    await page.addInitScript(() => {
        let state: unknown;
        const host = window as unknown as { __stsPost(message: unknown): void; acquireVsCodeApi(): unknown };
        host.acquireVsCodeApi = () => ({
            postMessage: (message: unknown) => host.__stsPost(message),
            getState: () => state,
            setState: (next: unknown) => { state = next; }
        });
    });
    await page.route(`${ORIGIN}/**`, route => {
        const url = new URL(route.request().url());
        if (url.pathname === '/index.html') {
            // The very page and policy the extension serves, with the files it names.
            const html = diagramPageHtml({
                cspSource: ORIGIN,
                scriptUri: `${ORIGIN}/${PAGE_FILES.script.join('/')}`,
                styleUri: `${ORIGIN}/${PAGE_FILES.style.join('/')}`,
                layoutWorkerUri: `${ORIGIN}/${PAGE_FILES.layoutWorker.join('/')}`
            });
            return route.fulfill({ contentType: 'text/html', body: options.alterHtml ? options.alterHtml(html) : html });
        }
        const file = path.join(ROOT, url.pathname);
        if (!file.startsWith(ROOT) || !/^\/(dist\/)?media\//.test(url.pathname)) return route.fulfill({ status: 404 });
        const body = readFileSync(file, 'utf8');
        const contentType = file.endsWith('.css') ? 'text/css' : 'text/javascript';
        return route.fulfill({ contentType, body: file.endsWith('.css') ? THEME_VARIABLES + body : body });
    });
    await page.goto(`${ORIGIN}/index.html`);

    return {
        page, posted, problems,
        send: async message => {
            await page.evaluate(data => window.postMessage(data, '*'), message as unknown as Record<string, unknown>);
        },
        next: type => new Promise(resolve => {
            waiters.push({ type, resolve: resolve as (message: WebviewToExtension) => void });
            deliver();
        }),
        close: () => browser.close()
    };
}

function mtime(file: string): number {
    try {
        return statSync(file).mtimeMs;
    } catch {
        return 0;
    }
}

function newestIn(folder: string): number {
    let newest = 0;
    for (const entry of readdirSync(folder, { withFileTypes: true, recursive: true })) {
        if (entry.isFile()) newest = Math.max(newest, mtime(path.join(entry.parentPath, entry.name)));
    }
    return newest;
}

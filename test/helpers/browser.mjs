/**
 * A headless Chromium for tests, from npm alone: `@sparticuz/chromium` carries
 * a Chromium for Linux x64 that is unpacked once per machine (a few seconds)
 * into a folder of the temporary directory, named for its version; then
 * `playwright-core` drives it. Nothing from the system (no Debian package) is
 * needed, so `npm ci && npm test` works on a machine with only Node and npm.
 *
 * Every test, end-to-end run and benchmark that needs a browser launches it
 * through `launchBrowser()` here.
 */
import { existsSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { chromium } from 'playwright-core';

const require = createRequire(import.meta.url);

/** Flags for a quiet, headless, sandbox-less Chromium that never reaches the network by itself. */
export const BROWSER_FLAGS = Object.freeze([
    '--no-sandbox', '--no-zygote', '--disable-gpu', '--disable-quic', '--no-first-run', '--no-default-browser-check',
    '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage',
    '--disable-domain-reliability', '--no-pings', '--font-render-hinting=none'
]);

let unpacking;

/**
 * The path of the Chromium executable from npm, unpacked on first use. A
 * finished unpack is renamed into place in one step, so test processes that
 * start together never run a half-written browser. `STS_CHROMIUM` names
 * another executable instead (a Chromium of the system, say).
 */
export function browserExecutable() {
    if (process.env.STS_CHROMIUM) return Promise.resolve(process.env.STS_CHROMIUM);
    unpacking ??= unpack().catch(error => {
        unpacking = undefined;
        throw error;
    });
    return unpacking;
}

async function unpack() {
    if (process.platform !== 'linux' || process.arch !== 'x64') {
        throw new Error(`the Chromium from npm (@sparticuz/chromium) is for Linux x64 only; on ${process.platform} ${process.arch} set STS_CHROMIUM to a Chromium or Chrome executable`);
    }
    const packageDir = packageFolder(require.resolve('@sparticuz/chromium'));
    const { version } = JSON.parse(readFileSync(path.join(packageDir, 'package.json'), 'utf8'));
    const home = path.join(tmpdir(), `sts-chromium-${version}`);
    const executable = path.join(home, 'chromium');
    if (existsSync(path.join(home, 'unpacked'))) return executable;

    const staging = mkdtempSync(`${home}.partial-`);
    const { default: packed } = await import('@sparticuz/chromium');
    // The package unpacks into os.tmpdir(); point that at the staging folder for the moment it takes.
    const previous = process.env.TMPDIR;
    process.env.TMPDIR = staging;
    try {
        const unpacked = await packed.executablePath(path.join(packageDir, 'bin'));
        if (path.resolve(unpacked) !== path.join(staging, 'chromium')) throw new Error(`@sparticuz/chromium unpacked to ${unpacked}, not ${staging}`);
    } finally {
        if (previous === undefined) delete process.env.TMPDIR;
        else process.env.TMPDIR = previous;
    }
    writeFileSync(path.join(staging, 'unpacked'), `${version}\n`);
    try {
        renameSync(staging, home);
    } catch (error) {
        // Another process finished first: use its copy.
        rmSync(staging, { recursive: true, force: true });
        if (!existsSync(path.join(home, 'unpacked'))) throw error;
    }
    return executable;
}

/** The folder of the package that holds `file` (its exports hide package.json). */
function packageFolder(file) {
    let folder = path.dirname(file);
    while (!existsSync(path.join(folder, 'package.json')) || !existsSync(path.join(folder, 'bin'))) {
        const parent = path.dirname(folder);
        if (parent === folder) throw new Error(`no package folder above ${file}`);
        folder = parent;
    }
    return folder;
}

/**
 * Launches headless Chromium through playwright-core. `options` go to
 * `chromium.launch` (extra `args` are added to the standard flags).
 */
export async function launchBrowser(options = {}) {
    const executablePath = await browserExecutable();
    return chromium.launch({
        headless: true,
        ...options,
        executablePath,
        args: [...BROWSER_FLAGS, ...(options.args ?? [])]
    });
}

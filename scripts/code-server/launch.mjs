// Starts code-server for one run and stops it again: a temporary home for
// everything it writes (user data, extensions, config, XDG folders, TMPDIR),
// the given .vsix (if any; a test run may load the extension as a development
// path instead) installed into the temporary extensions folder, 127.0.0.1 on
// a free port, and a stop() that ends the whole process group — extension
// hosts otherwise wait hours for a reconnection.
import { spawn, spawnSync } from 'node:child_process';
import { createWriteStream, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureCodeServer } from './install.mjs';

/** Settings for a quiet workbench: no welcome page, no update or telemetry calls. */
export const QUIET_SETTINGS = {
    'workbench.startupEditor': 'none',
    'workbench.welcomePage.walkthroughs.openOnInstall': false,
    'workbench.tips.enabled': false,
    'security.workspace.trust.enabled': false,
    'telemetry.telemetryLevel': 'off',
    'update.mode': 'none',
    'extensions.autoCheckUpdates': false,
    'extensions.autoUpdate': false,
    'extensions.ignoreRecommendations': true,
    'git.enabled': false,
    'chat.commandCenter.enabled': false
};

/** Typing in a test or a benchmark gives exactly the text typed: no auto-closing, no suggestions taking an Enter. */
export const TYPING_SETTINGS = {
    ...QUIET_SETTINGS,
    'editor.autoClosingBrackets': 'never',
    'editor.autoClosingQuotes': 'never',
    'editor.quickSuggestions': { other: 'off', comments: 'off', strings: 'off' },
    'editor.suggestOnTriggerCharacters': false,
    'editor.acceptSuggestionOnEnter': 'off',
    'editor.minimap.enabled': false,
    'workbench.editor.enablePreview': false
};

/**
 * @param {{ vsix?: string, folder: string, port?: number, settings?: Record<string, unknown>, log?: (line: string) => void }} options
 * @returns {Promise<{ url: string, pid: number, home: string, logFile: string, userDataDir: string, exited: Promise<number | string | null>, stop: () => Promise<void> }>}
 */
export async function startCodeServer({ vsix, folder, port, settings = QUIET_SETTINGS, log = () => {} }) {
    const entry = ensureCodeServer();
    const home = mkdtempSync(join(tmpdir(), 'sts-code-server-'));
    const dir = name => { const path = join(home, name); mkdirSync(path, { recursive: true }); return path; };
    const userDataDir = dir('user-data');
    const extensionsDir = dir('extensions');
    const env = {
        ...process.env,
        XDG_DATA_HOME: dir('xdg-data'), XDG_CONFIG_HOME: dir('xdg-config'), XDG_CACHE_HOME: dir('xdg-cache'), TMPDIR: dir('tmp'),
        // Set by the npm scripts that start us; they would leak into VS Code's terminals and tasks.
        npm_config_prefix: undefined, NODE_OPTIONS: undefined
    };
    const config = join(home, 'config.yaml');
    writeFileSync(config, 'auth: none\ncert: false\n');
    mkdirSync(join(userDataDir, 'User'), { recursive: true });
    writeFileSync(join(userDataDir, 'User', 'settings.json'), JSON.stringify(settings, null, 2));

    const common = ['--config', config, '--user-data-dir', userDataDir, '--extensions-dir', extensionsDir];
    if (vsix) {
        log(`installing ${vsix} into ${extensionsDir}`);
        const install = spawnSync(process.execPath, [entry, ...common, '--install-extension', vsix], { env, encoding: 'utf8' });
        if (install.status !== 0) {
            rmSync(home, { recursive: true, force: true });
            throw new Error(`code-server could not install ${vsix}:\n${install.stdout}${install.stderr}`);
        }
    }

    const chosenPort = port ?? await freePort();
    const logFile = join(home, 'code-server.log');
    const logStream = createWriteStream(logFile);
    const child = spawn(process.execPath, [
        entry, ...common,
        '--bind-addr', `127.0.0.1:${chosenPort}`, '--auth', 'none',
        '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', '--disable-getting-started-override',
        folder
    ], { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.pipe(logStream);
    child.stderr.pipe(logStream);
    const exited = new Promise(resolve => child.once('exit', (code, signal) => resolve(code ?? signal)));

    let stopped = false;
    const stop = async () => {
        if (stopped) return;
        stopped = true;
        await killGroup(child.pid, exited);
        logStream.end();
        rmSync(home, { recursive: true, force: true });
    };
    const url = `http://127.0.0.1:${chosenPort}/`;
    try {
        await waitForHealth(url, exited);
    } catch (error) {
        await killGroup(child.pid, exited);
        throw error;
    }
    log(`code-server ${child.pid} listening on ${url}`);
    return { url, pid: /** @type {number} */ (child.pid), home, logFile, userDataDir, exited, stop };
}

/** SIGTERM to the process group (code-server, its VS Code server, extension hosts, language servers), then SIGKILL. */
async function killGroup(pid, exited) {
    if (pid === undefined) return;
    const signalGroup = signal => { try { process.kill(-pid, signal); } catch { /* already gone */ } };
    signalGroup('SIGTERM');
    const gone = await Promise.race([exited.then(() => true), new Promise(resolve => setTimeout(() => resolve(false), 5000))]);
    // The group may outlive its leader (extension hosts): always make sure.
    signalGroup('SIGKILL');
    if (!gone) await exited;
}

/** A port nobody listens on at 127.0.0.1: `preferred` when it is free, else one the system picks. */
export async function freePort(preferred = 0) {
    return new Promise((resolve, reject) => {
        const server = createServer();
        server.once('error', error => (preferred !== 0 ? freePort(0).then(resolve, reject) : reject(error)));
        server.listen(preferred, '127.0.0.1', () => {
            const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
            server.close(() => resolve(port));
        });
    });
}

async function waitForHealth(url, exited) {
    let exitCode;
    exited.then(code => { exitCode = code; });
    for (let attempt = 0; attempt < 240; attempt++) {
        if (exitCode !== undefined) throw new Error(`code-server exited (${exitCode}) before it answered ${url}healthz`);
        try {
            const response = await fetch(new URL('healthz', url));
            if (response.ok) return;
        } catch { /* not listening yet */ }
        await new Promise(resolve => setTimeout(resolve, 250));
    }
    throw new Error(`code-server did not answer ${url}healthz within a minute`);
}

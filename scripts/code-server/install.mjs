#!/usr/bin/env node
// Installs code-server (VS Code's own workbench and extension host, from npm)
// into a cache folder outside the repository, and reuses it when present.
// A plain `npm install code-server` fails on these machines (root, kerberos,
// ripgrep from GitHub, node-pty's npx); this is the recipe from
// shared/design/TESTING.md, step by step. Native modules are built for the
// Node that runs this script, so the cache lives per version, not in
// node_modules of the project.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { missingMessage } from './requirements.mjs';

export const CODE_SERVER_VERSION = process.env.STS_CODE_SERVER_VERSION ?? '4.100.3';

/** Where this version lives: `${XDG_CACHE_HOME:-~/.cache}/sts-code-server/<version>`. */
export function codeServerHome(version = CODE_SERVER_VERSION) {
    const cache = process.env.XDG_CACHE_HOME || join(homedir(), '.cache');
    return join(cache, 'sts-code-server', version);
}

/** The script that starts code-server (run it with the same Node that built it). */
export function codeServerEntry(version = CODE_SERVER_VERSION) {
    return join(codeServerHome(version), 'node_modules', 'code-server', 'out', 'node', 'entry.js');
}

/** Installs when missing (or half-installed by an interrupted run); returns the entry script. */
export function ensureCodeServer(version = CODE_SERVER_VERSION) {
    const home = codeServerHome(version);
    const done = join(home, '.installed');
    if (existsSync(done)) return codeServerEntry(version);

    const started = Date.now();
    log(`installing code-server ${version} into ${home} (once; reused afterwards)`);
    rmSync(home, { recursive: true, force: true });
    mkdirSync(home, { recursive: true });
    writeFileSync(join(home, 'package.json'), JSON.stringify({ name: 'sts-code-server-cache', private: true }, null, 2));

    const server = join(home, 'node_modules', 'code-server');
    const vscode = join(server, 'lib', 'vscode');
    // 1. The package itself, without its postinstall (it insists on --unsafe-perm and installs too much).
    npm(home, ['install', `code-server@${version}`, '--ignore-scripts', '--no-audit', '--no-fund', '--no-save']);
    // 2. argon2 (password hashing; loaded at start-up even with --auth none) builds from source.
    npm(home, ['rebuild', 'argon2']);
    // 3. VS Code's own runtime dependencies, scripts held back until ripgrep is in place.
    npm(vscode, ['install', '--omit=dev', '--ignore-scripts', '--no-audit', '--no-fund']);
    // 4. @vscode/ripgrep downloads from GitHub in its postinstall unless the binary is already there.
    const rgDir = join(vscode, 'node_modules', '@vscode', 'ripgrep', 'bin');
    mkdirSync(rgDir, { recursive: true });
    copyFileSync(requireRipgrep(), join(rgDir, 'rg'));
    // 5. Now the install scripts (node-pty, kerberos, spdlog, …); node-pty calls `npx node-gyp`.
    npm(vscode, ['rebuild']);
    // 6. What code-server's postinstall.sh does after installing: the asar link, the two helper links,
    //    and the built-in extensions' dependencies.
    symlinkSync('node_modules', join(vscode, 'node_modules.asar'));
    linkScript(join(vscode, 'bin', 'remote-cli'), 'code-linux.sh', 'code-server');
    linkScript(join(vscode, 'bin', 'helpers'), 'browser-linux.sh', 'browser.sh');
    npm(join(vscode, 'extensions'), ['install', '--omit=dev', '--ignore-scripts', '--no-audit', '--no-fund']);

    writeFileSync(done, `${new Date().toISOString()} node ${process.version}\n`);
    log(`code-server ${version} installed in ${Math.round((Date.now() - started) / 1000)} s`);
    return codeServerEntry(version);
}

function npm(cwd, args) {
    log(`(${cwd}) npm ${args.join(' ')}`);
    const result = spawnSync('npm', args, {
        cwd,
        stdio: ['ignore', 'inherit', 'inherit'],
        env: { ...process.env, npm_config_yes: 'true', npm_config_update_notifier: 'false' }
    });
    if (result.status !== 0) {
        throw new Error(`npm ${args.join(' ')} failed in ${cwd} (exit ${result.status ?? result.signal})`);
    }
}

function linkScript(dir, source, name) {
    rmSync(join(dir, name), { force: true });
    symlinkSync(source, join(dir, name));
}

/** ripgrep's executable on PATH, or undefined. */
export function ripgrepPath() {
    for (const dir of (process.env.PATH ?? '').split(':').filter(Boolean)) {
        if (existsSync(join(dir, 'rg'))) return join(dir, 'rg');
    }
    return undefined;
}

function requireRipgrep() {
    const rg = ripgrepPath();
    if (rg) return rg;
    throw new Error('ripgrep is missing: install it first (sudo apt-get install -y ripgrep)');
}

function log(message) {
    process.stderr.write(`[code-server] ${message}\n`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
    const missing = missingMessage('scripts/code-server/install.mjs');
    if (missing) {
        console.error(missing);
        process.exit(2);
    }
    try {
        process.stdout.write(`${ensureCodeServer()}\n`);
    } catch (error) {
        log(error instanceof Error ? error.message : String(error));
        process.exit(1);
    }
}

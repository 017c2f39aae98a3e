#!/usr/bin/env node
// What code-server needs from the system before scripts/code-server/install.mjs
// can build it: ripgrep (copied in, since its npm package downloads from
// GitHub), the Kerberos headers (the `kerberos` module builds from source) and
// the C/C++ build tools. Checked up front so that `npm run test:e2e`,
// `npm run test:vscode`, `npm run editor` and `npm run bench:editor` on a bare
// machine stop with one line naming exactly what to install (exit 2) instead
// of a stack trace halfway through an install. Once code-server is installed
// in the cache, nothing here is needed any more. The browser comes from npm
// (test/helpers/browser.mjs), so Chromium is not on this list.
//
//   node scripts/code-server/requirements.mjs "npm run test:e2e"   one line and exit 2 when something is missing
//   node scripts/code-server/requirements.mjs --packages           the Debian packages still needed (for CI)
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { codeServerHome, ripgrepPath } from './install.mjs';

/** Each system piece: how to tell it is there, and the Debian package that brings it. */
const PIECES = [
    { name: 'ripgrep', debian: 'ripgrep', present: () => Boolean(ripgrepPath()) },
    { name: 'the Kerberos headers', debian: 'libkrb5-dev', present: () => existsSync('/usr/include/gssapi/gssapi.h') || onPath('krb5-config') },
    { name: 'make', debian: 'build-essential', present: () => onPath('make') },
    { name: 'a C++ compiler', debian: 'build-essential', present: () => onPath('g++') || onPath('c++') },
    { name: 'python3', debian: 'python3', present: () => onPath('python3') }
];

function onPath(command) {
    return spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
}

/** The pieces code-server still needs on this machine (none once it is installed in the cache). */
export function missingPieces() {
    if (existsSync(join(codeServerHome(), '.installed'))) return [];
    return PIECES.filter(piece => !piece.present());
}

/**
 * One line naming what is missing and the one command that installs it, or
 * undefined when nothing is missing.
 */
export function missingMessage(task, pieces = missingPieces()) {
    if (pieces.length === 0) return undefined;
    if (process.platform !== 'linux') {
        return `${task} needs code-server, which this project installs on Linux only (missing: ${pieces.map(piece => piece.name).join(', ')}).`;
    }
    const packages = [...new Set(pieces.map(piece => piece.debian))];
    const names = pieces.map(piece => piece.name);
    const listed = names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
    return `${task} needs ${listed} to build code-server; install with: sudo apt-get install -y ${packages.join(' ')}`;
}

if (process.argv[1] === fileURLToPath(import.meta.url) && process.argv[2] === '--packages') {
    process.stdout.write([...new Set(missingPieces().map(piece => piece.debian))].map(name => `${name}\n`).join(''));
} else if (process.argv[1] === fileURLToPath(import.meta.url)) {
    const message = missingMessage(process.argv[2] ?? 'code-server');
    if (message) {
        console.error(message);
        process.exit(2);
    }
}

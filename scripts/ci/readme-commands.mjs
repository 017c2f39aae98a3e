#!/usr/bin/env node
// The commands of the README's "Quick start" (its first ```sh block), which a
// new user types on a machine with only Node and npm. CI must run exactly
// these, in this order, before it installs any system package, so .ci/run
// reads them from here instead of keeping a copy that could drift:
//
//   node scripts/ci/readme-commands.mjs     prints them, one a line
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const README = fileURLToPath(new URL('../../README.md', import.meta.url));

/** The Quick start's commands, without their trailing comments. */
export function quickStartCommands(readme = readFileSync(README, 'utf8')) {
    const section = readme.split(/^## /m).find(part => part.startsWith('Quick start'));
    if (!section) throw new Error('README.md has no "## Quick start" section');
    const block = /^```(?:sh|bash|shell)\n([\s\S]*?)^```/m.exec(section);
    if (!block) throw new Error('README.md\'s Quick start has no ```sh block');
    return block[1].split('\n').map(line => line.replace(/\s+#.*$/, '').trim()).filter(line => line && !line.startsWith('#'));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
    try {
        process.stdout.write(`${quickStartCommands().join('\n')}\n`);
    } catch (error) {
        console.error(error instanceof Error ? error.message : String(error));
        process.exit(1);
    }
}

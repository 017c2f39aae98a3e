#!/usr/bin/env node
// `npm run editor`: try the extension in a browser, no VS Code needed. Starts
// code-server (installed into the cache on first use) with the freshly packaged
// .vsix and the repository's examples/ folder, prints the local address, and
// stops everything it started on Ctrl+C. Edits you make to the examples are
// real edits to the files in examples/.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort, startCodeServer } from './launch.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const vsix = join(root, `${manifest.name}-${manifest.version}.vsix`);
if (!existsSync(vsix)) {
    console.error(`${vsix} is missing: run \`npm run package\` first (npm run editor does).`);
    process.exit(1);
}

const port = await freePort(Number(process.env.STS_EDITOR_PORT ?? 8080));
const server = await startCodeServer({ vsix, folder: join(root, 'examples'), port, log: line => console.log(`[editor] ${line}`) });

let stopping = false;
const stop = async (code) => {
    if (stopping) return;
    stopping = true;
    console.log('\n[editor] stopping code-server…');
    await server.stop();
    process.exit(code);
};
process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));
server.exited.then(code => {
    if (stopping) return;
    console.error(`[editor] code-server stopped by itself (${code}); its log was ${server.logFile}`);
    process.exit(1);
});

console.log(`
  STS in VS Code, in your browser:  ${server.url}
  (the examples folder is open; open restaurant/findings/rosas-trattoria.sts and run
   "STS: Open Diagram to the Side" from the command palette, Ctrl+Shift+P)

  Ctrl+C stops it.
`);

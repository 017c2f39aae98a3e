/**
 * The editor's "Compare Impact with HEAD" as the extension runs it: a request
 * to the bundled language server, which compares the saved file with the last
 * commit and answers with the same HTML and Markdown as `sts impact --format html` and `md`.
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IMPACT_REQUEST, type ImpactResponse } from '../../src/protocol/impact-protocol.js';
import { folderWith } from '../cli/run-cli.js';
import { LanguageServerSession } from '../helpers/language-server.js';

const BEFORE = 'actor Ana { trained on Till }\nactor Ben\ntool Till { owner Ana }\ntask Settle { owner Ana  uses Till }\n';
const AFTER = 'actor Ana { trained on Till }\nactor Ben\ntool Till { owner Ana }\ntask Settle { owner Ana  performed by Ben  uses Till }\n';

function git(cwd: string, ...args: string[]): void {
    execFileSync('git', args, { cwd, env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@t', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@t' } });
}

describe('Compare Impact with HEAD (the language server request)', () => {
    let session: LanguageServerSession;
    beforeAll(async () => { ({ session } = await LanguageServerSession.start()); }, 60_000);
    afterAll(async () => { await session?.shutdown(); });

    it('answers with the Markdown report of the saved file against the last commit', async () => {
        const folder = folderWith({ 'shop.sts': BEFORE });
        git(folder, 'init', '-q');
        git(folder, 'add', '.');
        git(folder, 'commit', '-q', '-m', 'today');
        writeFileSync(path.join(folder, 'shop.sts'), AFTER);
        const response = await session.connection.sendRequest<ImpactResponse>(IMPACT_REQUEST, { path: path.join(folder, 'shop.sts'), revision: 'HEAD' });
        expect('markdown' in response && response.markdown).toMatch(/^## Impact of the change: `shop\.sts at HEAD` → `shop\.sts \(saved\)`\n/);
        const markdown = 'markdown' in response ? response.markdown : '';
        expect(markdown).toContain("### Ben\n\n**Before the change**\n\n- [ ] Train Ben on Till: they will perform Settle with it. The new model does not list this training yet: add 'trained on Till' to Ben.");
        expect(markdown).toContain('- Settle moves from Ana to Ben.');
        // The editor shows the page `sts impact --format html` writes: the same items, and the diagram with the change marked.
        const html = 'html' in response ? response.html : '';
        expect(html).toContain('Settle moves from Ana to Ben.');
        expect(html).toContain('The business after the change');
        expect(html).toContain('class="sts-change-mark" data-change="changed"');
    }, 60_000);

    it('says in one line why it cannot compare: no git repository, no such file', async () => {
        const folder = folderWith({ 'shop.sts': BEFORE });
        const outside = await session.connection.sendRequest<ImpactResponse>(IMPACT_REQUEST, { path: path.join(folder, 'shop.sts'), revision: 'HEAD' });
        expect(outside).toEqual({ error: expect.stringMatching(/is not inside a git repository\.$/) });
        const missing = await session.connection.sendRequest<ImpactResponse>(IMPACT_REQUEST, { path: path.join(folder, 'gone.sts'), revision: 'HEAD' });
        expect(missing).toEqual({ error: expect.stringMatching(/gone\.sts: no such file or folder\.$/) });
    }, 60_000);
});

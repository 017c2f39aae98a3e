/**
 * The bundled language server with a configuration file in its workspace: a
 * broken file is underlined on the file itself while the defaults apply, and
 * fixing it (reported by the client's file watcher) takes effect at once.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { DidChangeWatchedFilesNotification, DidOpenTextDocumentNotification, FileChangeType } from 'vscode-languageserver/node';
import { LanguageServerSession } from '../helpers/language-server.js';

const shop = `system Shop
actor Owner { trained on Till }
actor Clerk
tool Till { kind software  owner Owner }
task Sell { owner Clerk  uses Till }
`;

describe('sts.config.json in the language server', () => {
    let session: LanguageServerSession | undefined;
    afterAll(() => session?.kill());

    it('reports a broken file on itself, keeps the defaults, and applies the fixed file when it changes', async () => {
        const folder = mkdtempSync(path.join(tmpdir(), 'sts-server-config-'));
        const configFile = path.join(folder, 'sts.config.json');
        const modelFile = path.join(folder, 'shop.sts');
        writeFileSync(configFile, '{\n  "rules": {\n    "untrained-user": "eror"\n  }\n}\n');
        writeFileSync(modelFile, shop);
        const configUri = pathToFileURL(configFile).href;
        const modelUri = pathToFileURL(modelFile).href;

        ({ session } = await LanguageServerSession.start({
            workspaceFolder: folder,
            capabilities: { workspace: { configuration: true, didChangeWatchedFiles: { dynamicRegistration: true } } }
        }));
        const { connection } = session;

        const configProblems = session.next(configUri);
        const modelFindings = session.next(modelUri);
        await connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: modelUri, languageId: 'sts', version: 1, text: shop } });
        const broken = await configProblems;
        expect(broken.diagnostics).toEqual([expect.objectContaining({
            code: 'config-error', severity: 1, source: 'sts',
            range: { start: { line: 2, character: 22 }, end: { line: 2, character: 28 } },
            message: expect.stringContaining('"eror" is not a severity')
        })]);
        const defaults = await modelFindings;
        expect(defaults.diagnostics.find(diagnostic => diagnostic.code === 'untrained-user')?.severity).toBe(2);

        writeFileSync(configFile, '{ "rules": { "untrained-user": "error" } }\n');
        const cleared = session.next(configUri);
        const raised = session.next(modelUri, params => params.diagnostics.some(diagnostic => diagnostic.code === 'untrained-user' && diagnostic.severity === 1));
        await connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: configUri, type: FileChangeType.Changed }] });
        expect((await cleared).diagnostics).toEqual([]);
        expect((await raised).diagnostics.find(diagnostic => diagnostic.code === 'untrained-user')?.codeDescription?.href).toMatch(/untrained-user\.md$/);

        await session.shutdown();
    });
});

/**
 * The bundled language server with a configuration file in its workspace: a
 * broken file is underlined on the file itself while the defaults apply, and
 * fixing it (reported by the client's file watcher) takes effect at once.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import {
    ConfigurationRequest, createProtocolConnection, DidChangeWatchedFilesNotification, DidOpenTextDocumentNotification, ExitNotification,
    FileChangeType, InitializedNotification, InitializeRequest, PublishDiagnosticsNotification, RegistrationRequest, ShutdownRequest,
    StreamMessageReader, StreamMessageWriter, type PublishDiagnosticsParams
} from 'vscode-languageserver/node';

const serverBundle = fileURLToPath(new URL('../../dist/server.cjs', import.meta.url));

const shop = `system Shop
actor Owner { trained on Till }
actor Clerk
tool Till { kind software  owner Owner }
task Sell { owner Clerk  uses Till }
`;

describe('sts.config.json in the language server', () => {
    const child = spawn(process.execPath, [serverBundle, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    afterAll(() => { if (child.exitCode === null) child.kill(); });

    it('reports a broken file on itself, keeps the defaults, and applies the fixed file when it changes', async () => {
        const folder = mkdtempSync(path.join(tmpdir(), 'sts-server-config-'));
        const configFile = path.join(folder, 'sts.config.json');
        const modelFile = path.join(folder, 'shop.sts');
        writeFileSync(configFile, '{\n  "rules": {\n    "untrained-user": "eror"\n  }\n}\n');
        writeFileSync(modelFile, shop);
        const configUri = pathToFileURL(configFile).href;
        const modelUri = pathToFileURL(modelFile).href;

        const connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
        const waiting: Array<{ uri: string; accept: (params: PublishDiagnosticsParams) => boolean; resolve: (params: PublishDiagnosticsParams) => void }> = [];
        connection.onNotification(PublishDiagnosticsNotification.type, params => {
            for (const waiter of waiting.filter(candidate => candidate.uri === params.uri && candidate.accept(params))) {
                waiting.splice(waiting.indexOf(waiter), 1);
                waiter.resolve(params);
            }
        });
        const next = (uri: string, accept: (params: PublishDiagnosticsParams) => boolean = () => true) =>
            new Promise<PublishDiagnosticsParams>(resolve => waiting.push({ uri, accept, resolve }));
        connection.onRequest(RegistrationRequest.type, () => undefined);
        connection.onRequest(ConfigurationRequest.type, params => params.items.map(() => null));
        connection.listen();
        await connection.sendRequest(InitializeRequest.type, {
            processId: process.pid, rootUri: pathToFileURL(folder).href,
            workspaceFolders: [{ uri: pathToFileURL(folder).href, name: 'shop' }],
            capabilities: { workspace: { configuration: true, didChangeWatchedFiles: { dynamicRegistration: true } } }
        });
        await connection.sendNotification(InitializedNotification.type, {});

        const configProblems = next(configUri);
        const modelFindings = next(modelUri);
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
        const cleared = next(configUri);
        const raised = next(modelUri, params => params.diagnostics.some(diagnostic => diagnostic.code === 'untrained-user' && diagnostic.severity === 1));
        await connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: configUri, type: FileChangeType.Changed }] });
        expect((await cleared).diagnostics).toEqual([]);
        expect((await raised).diagnostics.find(diagnostic => diagnostic.code === 'untrained-user')?.codeDescription?.href).toMatch(/untrained-user\.md$/);

        await connection.sendRequest(ShutdownRequest.type);
        await connection.sendNotification(ExitNotification.type);
    });
});

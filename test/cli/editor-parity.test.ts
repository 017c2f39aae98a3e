/**
 * The editor and CI must agree: the bundled language server (dist/server.cjs,
 * started over stdio as VS Code would, with examples/ as its workspace folder,
 * every example opened) publishes exactly the findings that
 * `sts check examples --format json` prints,
 * at the same places, with the same severities and messages. The server also
 * shows its first indexing as a progress notification.
 */
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { DidOpenTextDocumentNotification, WorkDoneProgress, WorkDoneProgressCreateRequest, type Diagnostic } from 'vscode-languageserver/node';
import { LanguageServerSession } from '../helpers/language-server.js';
import { runCli } from './run-cli.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const examples = path.join(root, 'examples');

function stsFiles(folder: string): string[] {
    return readdirSync(folder, { withFileTypes: true }).flatMap(entry => {
        const full = path.join(folder, entry.name);
        return entry.isDirectory() ? stsFiles(full) : entry.name.endsWith('.sts') ? [full] : [];
    });
}

const SEVERITIES = ['error', 'warning', 'info', 'hint'];

function line(file: string, start: { line: number; character: number }, end: { line: number; character: number }, severity: string, rule: string, message: string): string {
    return `${file}:${start.line}:${start.character}-${end.line}:${end.character} ${severity} ${rule} ${message.replace(/\s+/g, ' ').trim()}`;
}

describe('the language server and the command line', () => {
    let session: LanguageServerSession | undefined;
    afterAll(() => session?.kill());

    it('report the same findings on every example, and the server shows indexing progress', async () => {
        const files = stsFiles(examples);
        expect(files.length).toBeGreaterThan(0);
        const published = new Map<string, Diagnostic[]>();
        const progress: string[] = [];
        let allPublished: () => void = () => undefined;
        const everyFile = new Promise<void>(resolve => { allPublished = resolve; });
        let indexed: () => void = () => undefined;
        const indexingDone = new Promise<void>(resolve => { indexed = resolve; });
        const wanted = new Set(files.map(file => pathToFileURL(file).href));
        ({ session } = await LanguageServerSession.start({
            workspaceFolder: examples,
            capabilities: { workspace: { configuration: true, workspaceFolders: true }, window: { workDoneProgress: true }, textDocument: { publishDiagnostics: {} } },
            // The server asks to create a progress token, then reports begin / report / end on it.
            prepare: connection => connection.onRequest(WorkDoneProgressCreateRequest.type, params => {
                connection.onProgress(WorkDoneProgress.type, params.token, value => {
                    progress.push(value.kind === 'begin' ? `begin ${value.title}` : value.kind);
                    if (value.kind === 'end') indexed();
                });
            })
        }));
        const { connection, stderr } = session;
        const record = (uri: string, diagnostics: Diagnostic[]) => {
            if (!wanted.has(uri)) return;
            published.set(uri, diagnostics);
            if (published.size === wanted.size) allPublished();
        };
        // what arrived while the session started, then everything after
        for (const [uri, diagnostics] of session.published) record(uri, diagnostics);
        session.onPublish(params => record(params.uri, params.diagnostics));
        await indexingDone;
        // Like a user opening each file: Langium checks the files that are open in the editor.
        for (const file of files) {
            await connection.sendNotification(DidOpenTextDocumentNotification.type, {
                textDocument: { uri: pathToFileURL(file).href, languageId: 'sts', version: 1, text: readFileSync(file, 'utf8') }
            });
        }
        const cli = runCli(['check', 'examples', '--format', 'json'], root);
        await everyFile;

        const fromServer = [...published].flatMap(([uri, diagnostics]) => {
            const file = path.relative(root, fileURLToPath(uri)).split(path.sep).join('/');
            return diagnostics.map(diagnostic => line(file, diagnostic.range.start, diagnostic.range.end,
                SEVERITIES[(diagnostic.severity ?? 1) - 1]!, String(diagnostic.code ?? 'parse-error'), typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value));
        }).sort();
        const result = await cli;
        expect(result.stderr).toBe('');
        const report = JSON.parse(result.stdout) as { findings: Array<{ file: string; line: number; column: number; endLine: number; endColumn: number; severity: string; rule: string; message: string }> };
        const fromCli = report.findings.map(finding => line(finding.file,
            { line: finding.line - 1, character: finding.column - 1 }, { line: finding.endLine - 1, character: finding.endColumn - 1 },
            finding.severity, finding.rule, finding.message)).sort();

        expect(fromServer, stderr.join('')).toEqual(fromCli);
        expect(fromCli.length).toBeGreaterThan(0);
        expect(progress[0]).toBe('begin STS: indexing .sts files');
        expect(progress.at(-1)).toBe('end');

        await session.shutdown();
    });
});

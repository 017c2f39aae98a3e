/**
 * The bundled language server as VS Code starts it — `dist/server.cjs --stdio` in a
 * child process of this Node — and a plain LSP client for tests: it initializes,
 * answers the server's registration and configuration requests like an editor
 * without settings, and hands out what the server publishes, per document.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
    ConfigurationRequest, createProtocolConnection, DidChangeTextDocumentNotification, DidOpenTextDocumentNotification, ExitNotification,
    InitializedNotification, InitializeRequest, PublishDiagnosticsNotification, RegistrationRequest, ShutdownRequest,
    StreamMessageReader, StreamMessageWriter,
    type ClientCapabilities, type Diagnostic, type InitializeResult, type ProtocolConnection, type PublishDiagnosticsParams
} from 'vscode-languageserver/node';

export const SERVER_BUNDLE = fileURLToPath(new URL('../../dist/server.cjs', import.meta.url));

export interface StartOptions {
    /** a folder opened as the workspace (its path); none by default */
    readonly workspaceFolder?: string;
    readonly capabilities?: ClientCapabilities;
    /** handlers to install before the connection listens (e.g. for progress requests) */
    readonly prepare?: (connection: ProtocolConnection) => void;
}

interface Waiter {
    readonly uri: string;
    readonly accept: (params: PublishDiagnosticsParams) => boolean;
    readonly resolve: (params: PublishDiagnosticsParams) => void;
}

export class LanguageServerSession {
    readonly stderr: string[] = [];
    readonly connection: ProtocolConnection;
    readonly exited: Promise<number | null>;
    /** the latest diagnostics published for each document */
    readonly published = new Map<string, Diagnostic[]>();
    private readonly waiters: Waiter[] = [];
    private readonly listeners: Array<(params: PublishDiagnosticsParams) => void> = [];

    private constructor(readonly child: ChildProcess, options: StartOptions) {
        this.connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
        child.stderr!.on('data', chunk => this.stderr.push(String(chunk)));
        this.exited = new Promise(resolve => child.once('exit', code => resolve(code)));
        this.connection.onNotification(PublishDiagnosticsNotification.type, params => {
            this.published.set(params.uri, params.diagnostics);
            this.listeners.forEach(listener => listener(params));
            for (const waiter of this.waiters.filter(candidate => candidate.uri === params.uri && candidate.accept(params))) {
                this.waiters.splice(this.waiters.indexOf(waiter), 1);
                waiter.resolve(params);
            }
        });
        this.connection.onRequest(RegistrationRequest.type, () => undefined);
        this.connection.onRequest(ConfigurationRequest.type, params => params.items.map(() => null));
        options.prepare?.(this.connection);
        this.connection.listen();
    }

    /** Starts the server and initializes it; a bundle that cannot load fails with its error output. */
    static async start(options: StartOptions = {}): Promise<{ session: LanguageServerSession; initialized: InitializeResult }> {
        if (!existsSync(SERVER_BUNDLE)) throw new Error('dist/server.cjs is missing: run `npm run build` first');
        const session = new LanguageServerSession(spawn(process.execPath, [SERVER_BUNDLE, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] }), options);
        const died = session.exited.then(code => {
            throw new Error(`dist/server.cjs exited (${code}) before answering initialize:\n${session.stderr.join('').slice(0, 2000)}`);
        });
        const folder = options.workspaceFolder ? pathToFileURL(options.workspaceFolder).href : null;
        const initialized = await Promise.race([died, session.connection.sendRequest(InitializeRequest.type, {
            processId: process.pid,
            rootUri: folder,
            workspaceFolders: folder ? [{ uri: folder, name: 'workspace' }] : null,
            capabilities: options.capabilities ?? { textDocument: { publishDiagnostics: { versionSupport: true } } }
        })]);
        died.catch(() => { /* reported above when it mattered; a later exit is the caller's business */ });
        await session.connection.sendNotification(InitializedNotification.type, {});
        return { session, initialized };
    }

    /** The next diagnostics published for `uri` that `accept` takes. */
    next(uri: string, accept: (params: PublishDiagnosticsParams) => boolean = () => true): Promise<PublishDiagnosticsParams> {
        return new Promise(resolve => this.waiters.push({ uri, accept, resolve }));
    }

    /** Calls `listener` with everything published from now on. */
    onPublish(listener: (params: PublishDiagnosticsParams) => void): void {
        this.listeners.push(listener);
    }

    async open(uri: string, text: string): Promise<Diagnostic[]> {
        const published = this.next(uri, atVersion(1));
        await this.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'sts', version: 1, text } });
        return (await published).diagnostics;
    }

    async replace(uri: string, version: number, text: string): Promise<Diagnostic[]> {
        const published = this.next(uri, atVersion(version));
        await this.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: [{ text }] });
        return (await published).diagnostics;
    }

    /** Asks the server to shut down and exit; resolves to its exit code. */
    async shutdown(): Promise<number | null> {
        if (this.child.exitCode !== null) return this.child.exitCode;
        await this.connection.sendRequest(ShutdownRequest.type);
        await this.connection.sendNotification(ExitNotification.type);
        return this.exited;
    }

    /** For afterAll: ends a server a failed test left running. */
    kill(): void {
        if (this.child.exitCode === null) this.child.kill();
    }
}

/** Diagnostics for `version` or later (servers that do not say the version are taken as current). */
function atVersion(version: number): (params: PublishDiagnosticsParams) => boolean {
    return params => (params.version ?? version) >= version;
}

/**
 * One diagram panel: a webview showing the diagram of one .sts document's
 * system. It answers the webview's requests with the language server's model,
 * reveals declarations the user clicks, and runs exports. Every message from
 * the webview goes through `parseWebviewMessage` first.
 */
import * as vscode from 'vscode';
import {
    DroppedMessages, parseWebviewMessage, revealableUris, type DiagramView, type ExportFormat, type ExtensionToWebview,
    type SourceLocation, type SourcePosition, type WebviewToExtension
} from '../../protocol/diagram-protocol.js';
import { diagramPageHtml, mediaRoots, PAGE_FILES } from './diagram-html.js';
import type { DiagramServer } from './diagram-server.js';

export interface DiagramPanelOptions {
    readonly extensionUri: vscode.Uri;
    readonly server: DiagramServer;
    readonly defaultView: () => DiagramView;
    readonly onDidDispose: (panel: DiagramPanel) => void;
}

interface PendingExport {
    readonly resolve: (data: string) => void;
    readonly reject: (error: Error) => void;
}

export class DiagramPanel {
    private readonly disposables: vscode.Disposable[] = [];
    private readonly pendingExports = new Map<number, PendingExport>();
    private nextExportId = 1;
    private modelRequest: vscode.CancellationTokenSource | undefined;
    private disposed = false;
    /** the documents a reveal may open: those of the system in the last model sent to the page */
    private revealable = new Set<string>();
    private readonly dropped = new DroppedMessages(line => console.warn(line));

    constructor(readonly panel: vscode.WebviewPanel, private documentUri: vscode.Uri, private following: boolean, private readonly options: DiagramPanelOptions) {
        panel.webview.options = { enableScripts: true, localResourceRoots: mediaRoots(options.extensionUri, (base, ...segments) => vscode.Uri.joinPath(base, ...segments)) };
        panel.iconPath = vscode.Uri.joinPath(options.extensionUri, 'media', 'sts-file.svg');
        panel.webview.html = this.html();
        this.updateTitle();
        this.disposables.push(
            panel.webview.onDidReceiveMessage(message => this.receive(message)),
            panel.onDidDispose(() => this.dispose())
        );
    }

    get uri(): vscode.Uri { return this.documentUri; }
    get follow(): boolean { return this.following; }

    /** Shows another document (the panel follows the active editor). */
    showDocument(uri: vscode.Uri): void {
        if (uri.toString() === this.documentUri.toString()) return;
        this.documentUri = uri;
        this.updateTitle();
        this.postDocument();
    }

    notifyModelChanged(): void {
        this.post({ type: 'modelChanged' });
    }

    postSelection(uri: vscode.Uri, position: SourcePosition): void {
        this.post({ type: 'selection', uri: uri.toString(), position });
    }

    /** Asks the webview for the diagram as it is shown: SVG text, or PNG bytes in base64. */
    exportAs(format: ExportFormat): Promise<string> {
        const requestId = this.nextExportId++;
        return new Promise<string>((resolve, reject) => {
            this.pendingExports.set(requestId, { resolve, reject });
            this.post({ type: 'export', requestId, format });
        });
    }

    dispose(): void {
        if (this.disposed) return;
        this.disposed = true;
        this.modelRequest?.cancel();
        for (const pending of this.pendingExports.values()) pending.reject(new Error('The diagram was closed.'));
        this.pendingExports.clear();
        for (const disposable of this.disposables) disposable.dispose();
        this.panel.dispose();
        this.options.onDidDispose(this);
    }

    private html(): string {
        const webview = this.panel.webview;
        const media = (path: readonly string[]) => webview.asWebviewUri(vscode.Uri.joinPath(this.options.extensionUri, ...path)).toString();
        return diagramPageHtml({
            cspSource: webview.cspSource,
            scriptUri: media(PAGE_FILES.script),
            styleUri: media(PAGE_FILES.style),
            layoutWorkerUri: media(PAGE_FILES.layoutWorker)
        });
    }

    private receive(raw: unknown): void {
        const message = parseWebviewMessage(raw);
        if (!message) {
            this.dropped.drop('malformed', `not a message the page may send: ${describeRaw(raw)}`);
            return;
        }
        void this.handle(message).catch(error => console.error('sts diagram:', error));
    }

    private async handle(message: WebviewToExtension): Promise<void> {
        switch (message.type) {
            case 'ready':
                this.postDocument();
                return;
            case 'requestModel':
                return this.answerModelRequest(message.requestId);
            case 'reveal':
                return this.reveal(message.location);
            case 'setFollow':
                this.following = message.follow;
                return;
            case 'exported':
                this.pendingExports.get(message.requestId)?.resolve(message.data);
                this.pendingExports.delete(message.requestId);
                return;
            case 'exportFailed':
                this.pendingExports.get(message.requestId)?.reject(new Error(message.message));
                this.pendingExports.delete(message.requestId);
                return;
        }
    }

    private async answerModelRequest(requestId: number): Promise<void> {
        // Only the newest request matters; an older one still running is cancelled.
        this.modelRequest?.cancel();
        const source = new vscode.CancellationTokenSource();
        this.modelRequest = source;
        const result = await this.options.server.requestModel({ uri: this.documentUri.toString() }, source.token);
        if (source.token.isCancellationRequested) return;
        this.revealable = revealableUris(this.documentUri.toString(), result);
        this.post({ type: 'model', requestId, result });
    }

    /** Puts the cursor on the declaration, in the editor that shows its file or beside the diagram. */
    private async reveal(location: SourceLocation): Promise<void> {
        // The page may only point into the documents of the system it shows (see revealableUris).
        if (!this.revealable.has(location.uri) && location.uri !== this.documentUri.toString()) {
            this.dropped.drop('reveal-outside-system', 'a reveal of a document outside the system shown');
            return;
        }
        const uri = vscode.Uri.parse(location.uri, true);
        const document = await vscode.workspace.openTextDocument(uri);
        const { start, end } = location.range;
        const range = document.validateRange(new vscode.Range(start.line, start.character, end.line, end.character));
        const visible = vscode.window.visibleTextEditors.find(editor => editor.document.uri.toString() === uri.toString());
        const column = visible?.viewColumn ?? (this.panel.viewColumn === vscode.ViewColumn.One ? vscode.ViewColumn.Beside : vscode.ViewColumn.One);
        const editor = await vscode.window.showTextDocument(document, { viewColumn: column, preserveFocus: false, selection: new vscode.Range(range.start, range.start) });
        editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    }

    private postDocument(): void {
        this.post({
            type: 'document',
            uri: this.documentUri.toString(),
            fileName: fileNameOf(this.documentUri),
            follow: this.following,
            defaultView: this.options.defaultView()
        });
    }

    private post(message: ExtensionToWebview): void {
        if (!this.disposed) void this.panel.webview.postMessage(message);
    }

    private updateTitle(): void {
        this.panel.title = `Diagram: ${fileNameOf(this.documentUri)}`;
    }
}

/** The message's type for the log, never its content. */
function describeRaw(raw: unknown): string {
    const type = typeof raw === 'object' && raw !== null ? (raw as { type?: unknown }).type : undefined;
    return typeof type === 'string' ? `type '${type.slice(0, 40).replace(/[^\w-]/g, '?')}'` : typeof raw;
}

export function fileNameOf(uri: vscode.Uri): string {
    return uri.path.split('/').pop() || uri.toString();
}

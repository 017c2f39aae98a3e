/**
 * All open diagram panels: one per document (create or reveal), restored after
 * a reload by a serializer, told when the server rebuilt their document, fed
 * the editor's cursor, and moved along with the active .sts editor when the
 * user has asked a panel to follow it.
 */
import * as vscode from 'vscode';
import { isView, type DiagramView } from '../../protocol/diagram-protocol.js';
import { DIAGRAM_VIEW_TYPE, mediaRoots } from './diagram-html.js';
import { DiagramPanel } from './diagram-panel.js';
import type { DiagramServer } from './diagram-server.js';

/** What the webview keeps with `setState`; read back here when VS Code restores a panel. */
interface RestoredState {
    readonly uri?: unknown;
    readonly follow?: unknown;
}

export class DiagramPanels implements vscode.WebviewPanelSerializer<RestoredState>, vscode.Disposable {
    private readonly panels = new Set<DiagramPanel>();
    private lastActive: DiagramPanel | undefined;
    private readonly disposables: vscode.Disposable[] = [];

    constructor(private readonly extensionUri: vscode.Uri, private readonly server: DiagramServer) {
        this.disposables.push(
            server.onModelChanged(uris => this.modelChanged(uris)),
            vscode.window.onDidChangeActiveTextEditor(editor => this.activeEditorChanged(editor)),
            vscode.window.onDidChangeTextEditorSelection(event => this.selectionChanged(event))
        );
    }

    /** Shows the diagram of the document, reusing its panel if one is open. */
    open(uri: vscode.Uri, column: vscode.ViewColumn, preserveFocus: boolean): DiagramPanel {
        const existing = this.panelOf(uri);
        if (existing) {
            existing.panel.reveal(column, preserveFocus);
            return existing;
        }
        const panel = vscode.window.createWebviewPanel(DIAGRAM_VIEW_TYPE, 'Diagram', { viewColumn: column, preserveFocus }, {
            enableScripts: true,
            localResourceRoots: mediaRoots(this.extensionUri, (base, ...segments) => vscode.Uri.joinPath(base, ...segments))
        });
        return this.adopt(panel, uri, true);
    }

    async deserializeWebviewPanel(panel: vscode.WebviewPanel, state: RestoredState | undefined): Promise<void> {
        const uri = typeof state?.uri === 'string' ? tryParse(state.uri) : undefined;
        const fallback = activeStsEditor()?.document.uri;
        const target = uri ?? fallback;
        if (!target) {
            panel.dispose();
            return;
        }
        // The server only builds documents it knows: open (not show) the file so it does.
        await vscode.workspace.openTextDocument(target).then(undefined, () => undefined);
        this.adopt(panel, target, typeof state?.follow === 'boolean' ? state.follow : true);
    }

    /** The panel the export commands act on: the focused one, else the one used last. */
    activePanel(): DiagramPanel | undefined {
        for (const panel of this.panels) if (panel.panel.active) return panel;
        return this.lastActive;
    }

    dispose(): void {
        for (const panel of [...this.panels]) panel.dispose();
        for (const disposable of this.disposables) disposable.dispose();
    }

    private adopt(webviewPanel: vscode.WebviewPanel, uri: vscode.Uri, follow: boolean): DiagramPanel {
        const panel = new DiagramPanel(webviewPanel, uri, follow, {
            extensionUri: this.extensionUri,
            server: this.server,
            defaultView,
            onDidDispose: disposed => {
                this.panels.delete(disposed);
                if (this.lastActive === disposed) this.lastActive = undefined;
            }
        });
        this.panels.add(panel);
        this.lastActive = panel;
        webviewPanel.onDidChangeViewState(event => {
            if (event.webviewPanel.active) this.lastActive = panel;
        });
        return panel;
    }

    private panelOf(uri: vscode.Uri): DiagramPanel | undefined {
        const key = uri.toString();
        for (const panel of this.panels) if (panel.uri.toString() === key) return panel;
        return undefined;
    }

    private modelChanged(uris: readonly string[]): void {
        const changed = new Set(uris);
        for (const panel of this.panels) if (changed.has(panel.uri.toString())) panel.notifyModelChanged();
    }

    private activeEditorChanged(editor: vscode.TextEditor | undefined): void {
        if (!editor || editor.document.languageId !== 'sts' || this.panelOf(editor.document.uri)) return;
        const followers = [...this.panels].filter(panel => panel.follow);
        const follower = this.lastActive?.follow ? this.lastActive : followers[0];
        follower?.showDocument(editor.document.uri);
    }

    private selectionChanged(event: vscode.TextEditorSelectionChangeEvent): void {
        if (event.textEditor.document.languageId !== 'sts' || this.panels.size === 0) return;
        const active = event.selections[0]?.active;
        if (!active) return;
        // Every panel gets it: a system spans files, and the node may be declared in this one.
        for (const panel of this.panels) panel.postSelection(event.textEditor.document.uri, { line: active.line, character: active.character });
    }
}

function defaultView(): DiagramView {
    const configured = vscode.workspace.getConfiguration('sts.diagram').get<unknown>('defaultView');
    return isView(configured) ? configured : 'system';
}

export function activeStsEditor(): vscode.TextEditor | undefined {
    const editor = vscode.window.activeTextEditor;
    return editor?.document.languageId === 'sts' ? editor : undefined;
}

function tryParse(text: string): vscode.Uri | undefined {
    try {
        return vscode.Uri.parse(text, true);
    } catch {
        return undefined;
    }
}

/**
 * The live diagram preview in VS Code: panels, their serializer and commands,
 * wired to the language client. Called from `activate`.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { registerDiagramCommands } from './diagram-commands.js';
import { DIAGRAM_VIEW_TYPE } from './diagram-html.js';
import { DiagramPanels } from './diagram-panels.js';
import { diagramServerOf } from './diagram-server.js';

export function registerDiagramPreview(context: vscode.ExtensionContext, client: LanguageClient): void {
    const panels = new DiagramPanels(context.extensionUri, diagramServerOf(client));
    context.subscriptions.push(
        panels,
        vscode.window.registerWebviewPanelSerializer(DIAGRAM_VIEW_TYPE, panels),
        ...registerDiagramCommands(panels)
    );
}

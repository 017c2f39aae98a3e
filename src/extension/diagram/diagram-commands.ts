/**
 * The diagram's commands: open the diagram (in place or to the side, as the
 * Markdown preview does) and export what the preview shows as SVG or PNG.
 */
import * as vscode from 'vscode';
import type { ExportFormat } from '../../protocol/diagram-protocol.js';
import { fileNameOf } from './diagram-panel.js';
import { activeStsEditor, type DiagramPanels } from './diagram-panels.js';

export function registerDiagramCommands(panels: DiagramPanels): vscode.Disposable[] {
    return [
        vscode.commands.registerCommand('sts.openDiagram', (uri?: unknown) => openDiagram(panels, uri, false)),
        vscode.commands.registerCommand('sts.openDiagramToSide', (uri?: unknown) => openDiagram(panels, uri, true)),
        vscode.commands.registerCommand('sts.exportDiagramSvg', () => exportDiagram(panels, 'svg')),
        vscode.commands.registerCommand('sts.exportDiagramPng', () => exportDiagram(panels, 'png'))
    ];
}

/** From the editor title or explorer the command gets the file's URI; from the palette, the active editor's. */
function openDiagram(panels: DiagramPanels, argument: unknown, toSide: boolean): void {
    const uri = argument instanceof vscode.Uri ? argument : activeStsEditor()?.document.uri;
    if (!uri) {
        void vscode.window.showInformationMessage('Open an .sts file to see its diagram.');
        return;
    }
    panels.open(uri, toSide ? vscode.ViewColumn.Beside : vscode.ViewColumn.Active, toSide);
}

async function exportDiagram(panels: DiagramPanels, format: ExportFormat): Promise<void> {
    const panel = panels.activePanel();
    if (!panel) {
        void vscode.window.showInformationMessage('Open a diagram first (STS: Open Diagram).');
        return;
    }
    let data: string;
    try {
        data = await panel.exportAs(format);
    } catch (error) {
        void vscode.window.showErrorMessage(`The diagram could not be exported: ${error instanceof Error ? error.message : String(error)}`);
        return;
    }
    const suggested = panel.uri.scheme === 'file'
        ? vscode.Uri.joinPath(panel.uri, '..', fileNameOf(panel.uri).replace(/\.sts$/, '') + `.${format}`)
        : undefined;
    const target = await vscode.window.showSaveDialog({
        ...(suggested ? { defaultUri: suggested } : {}),
        filters: format === 'svg' ? { 'SVG image': ['svg'] } : { 'PNG image': ['png'] },
        title: `Export diagram as ${format.toUpperCase()}`
    });
    if (!target) return;
    const bytes = format === 'svg' ? new TextEncoder().encode(data) : Buffer.from(data, 'base64');
    await vscode.workspace.fs.writeFile(target, bytes);
    void vscode.window.showInformationMessage(`Diagram exported to ${fileNameOf(target)}.`);
}

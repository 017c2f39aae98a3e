/**
 * `STS: Compare Impact with HEAD`: on an .sts file (editor, editor title, explorer)
 * or a folder (explorer), asks the language server what the saved change does to
 * the business's people compared with the last commit, and shows the report beside
 * the editor as `sts impact --format html` writes it: the list person by person, then
 * the business after the change with every added, changed and removed element and
 * relation marked. The Markdown (for a pull request) is a button away.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { IMPACT_REQUEST, type ImpactRequestParams, type ImpactResponse } from '../protocol/impact-protocol.js';

export const IMPACT_COMMAND = 'sts.compareImpactWithHead';
const VIEW_TYPE = 'sts.impact';

export function registerImpactCommand(context: vscode.ExtensionContext, client: LanguageClient): void {
    /** One view per compared file or folder, brought back and refreshed when the command runs again. */
    const views = new Map<string, vscode.WebviewPanel>();
    context.subscriptions.push(vscode.commands.registerCommand(IMPACT_COMMAND, (uri?: unknown) => compareWithHead(context, client, views, uri)));
}

async function compareWithHead(context: vscode.ExtensionContext, client: LanguageClient, views: Map<string, vscode.WebviewPanel>, argument: unknown): Promise<void> {
    const editor = vscode.window.activeTextEditor;
    const uri = argument instanceof vscode.Uri ? argument : editor?.document.languageId === 'sts' ? editor.document.uri : undefined;
    if (!uri || uri.scheme !== 'file') {
        void vscode.window.showInformationMessage('Compare Impact with HEAD works on a saved .sts file or a folder of a git repository.');
        return;
    }
    const open = vscode.workspace.textDocuments.find(document => document.uri.toString() === uri.toString());
    if (open?.isDirty) await open.save();
    const params: ImpactRequestParams = { path: uri.fsPath, revision: 'HEAD' };
    const response = await vscode.window.withProgress(
        { location: vscode.ProgressLocation.Window, title: 'STS: comparing with HEAD…' },
        () => client.sendRequest<ImpactResponse>(IMPACT_REQUEST, params)
    );
    if ('error' in response) {
        void vscode.window.showErrorMessage(`Compare Impact with HEAD: ${response.error}`);
        return;
    }
    const name = uri.path.split('/').pop()!.replace(/\.sts$/, '');
    const key = uri.toString();
    let panel = views.get(key);
    if (panel) panel.reveal(vscode.ViewColumn.Beside, true);
    else {
        // The page is the report's own static HTML: no scripts, inline styles and SVG only.
        panel = vscode.window.createWebviewPanel(VIEW_TYPE, `Impact: ${name} vs HEAD`, { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, { enableScripts: false, localResourceRoots: [] });
        views.set(key, panel);
        panel.onDidDispose(() => views.delete(key), undefined, context.subscriptions);
    }
    panel.webview.html = withPolicy(response.html, panel.webview.cspSource);
    void vscode.window.showInformationMessage(`Impact of the change to ${name}: ${response.items} item${response.items === 1 ? '' : 's'}.`, 'Open as Markdown').then(async choice => {
        if (choice !== 'Open as Markdown') return;
        // A file of its own, so it can be kept and copied into a pull request.
        const report = vscode.Uri.joinPath(context.globalStorageUri, `impact-${name}.md`);
        await vscode.workspace.fs.createDirectory(context.globalStorageUri);
        await vscode.workspace.fs.writeFile(report, new TextEncoder().encode(response.markdown));
        await vscode.commands.executeCommand('markdown.showPreviewToSide', report);
    });
}

/** The page with a content security policy: nothing loads, nothing runs; its own styles and pictures only. */
function withPolicy(html: string, cspSource: string): string {
    const policy = `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline' ${cspSource}; img-src data: ${cspSource};">`;
    return html.replace(/<head>/i, `<head>\n${policy}`);
}

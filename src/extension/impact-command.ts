/**
 * `STS: Compare Impact with HEAD`: on an .sts file (editor, editor title, explorer)
 * or a folder (explorer), asks the language server what the saved change does to
 * the business's people compared with the last commit, and opens the report as
 * a Markdown preview beside the editor.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { IMPACT_REQUEST, type ImpactRequestParams, type ImpactResponse } from '../protocol/impact-protocol.js';

export const IMPACT_COMMAND = 'sts.compareImpactWithHead';

export function registerImpactCommand(context: vscode.ExtensionContext, client: LanguageClient): void {
    context.subscriptions.push(vscode.commands.registerCommand(IMPACT_COMMAND, (uri?: unknown) => compareWithHead(context, client, uri)));
}

async function compareWithHead(context: vscode.ExtensionContext, client: LanguageClient, argument: unknown): Promise<void> {
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
    // A file of its own, so the preview can be kept, refreshed by running the command again, and copied into a pull request.
    const name = uri.path.split('/').pop()!.replace(/\.sts$/, '');
    const report = vscode.Uri.joinPath(context.globalStorageUri, `impact-${name}.md`);
    await vscode.workspace.fs.createDirectory(context.globalStorageUri);
    await vscode.workspace.fs.writeFile(report, new TextEncoder().encode(response.markdown));
    await vscode.commands.executeCommand('markdown.showPreviewToSide', report);
}

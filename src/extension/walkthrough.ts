/**
 * The getting-started walkthrough's first step: `STS: Open the Example` opens
 * Rosa's Trattoria (the language's contract example, with its four findings)
 * as an untitled file, so the user can fix findings without touching the
 * copy shipped inside the extension.
 */
import * as vscode from 'vscode';

export const OPEN_EXAMPLE_COMMAND = 'sts.openExample';
const EXAMPLE = ['examples', 'restaurant', 'findings', 'rosas-trattoria.sts'];

export function registerWalkthroughCommands(context: vscode.ExtensionContext): void {
    context.subscriptions.push(vscode.commands.registerCommand(OPEN_EXAMPLE_COMMAND, async () => {
        const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(context.extensionUri, ...EXAMPLE));
        const document = await vscode.workspace.openTextDocument({ language: 'sts', content: new TextDecoder().decode(bytes) });
        await vscode.window.showTextDocument(document);
    }));
}

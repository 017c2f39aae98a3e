/**
 * `STS: New Model`: opens a starter model that passes every check. From the
 * explorer's context menu on a folder it creates `model.sts` there (or
 * `model-2.sts`, ... if taken); from the command palette an untitled file.
 */
import * as vscode from 'vscode';
import { NEW_MODEL_TEMPLATE } from './new-model-template.js';

export const NEW_MODEL_COMMAND = 'sts.newModel';

export function registerNewModelCommand(context: vscode.ExtensionContext): void {
    context.subscriptions.push(vscode.commands.registerCommand(NEW_MODEL_COMMAND, (folder?: vscode.Uri) => newModel(folder)));
}

async function newModel(folder: vscode.Uri | undefined): Promise<void> {
    const document = folder
        ? await vscode.workspace.openTextDocument(await createFileIn(folder))
        : await vscode.workspace.openTextDocument({ language: 'sts', content: NEW_MODEL_TEMPLATE });
    await vscode.window.showTextDocument(document);
}

async function createFileIn(folder: vscode.Uri): Promise<vscode.Uri> {
    const directory = (await vscode.workspace.fs.stat(folder)).type & vscode.FileType.Directory ? folder : vscode.Uri.joinPath(folder, '..');
    for (let number = 1; ; number++) {
        const candidate = vscode.Uri.joinPath(directory, number === 1 ? 'model.sts' : `model-${number}.sts`);
        try {
            await vscode.workspace.fs.stat(candidate);
        } catch {
            await vscode.workspace.fs.writeFile(candidate, new TextEncoder().encode(NEW_MODEL_TEMPLATE));
            return candidate;
        }
    }
}

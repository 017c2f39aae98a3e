/**
 * `STS: Import BPMN…`: asks for BPMN files (or takes the one right-clicked in
 * the explorer), imports them into one model and opens it as an unsaved .sts
 * file, so the findings show at once. The importer (bpmn-moddle and the
 * language's formatter) is its own bundle, `dist/bpmn-import.cjs`, loaded the
 * first time the command runs rather than with every activation.
 */
import * as path from 'node:path';
import * as vscode from 'vscode';

export const IMPORT_BPMN_COMMAND = 'sts.importBpmn';

type Importer = typeof import('../bpmn/import-bpmn.js');

export function registerImportBpmnCommand(context: vscode.ExtensionContext): void {
    let importer: Importer | undefined;
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- a bundle of its own, loaded on first use from a path known only at run time
    const load = (): Importer => (importer ??= require(context.asAbsolutePath(path.join('dist', 'bpmn-import.cjs'))) as Importer);
    context.subscriptions.push(vscode.commands.registerCommand(IMPORT_BPMN_COMMAND, (clicked?: vscode.Uri, selected?: vscode.Uri[]) => importBpmnFiles(load, clicked, selected)));
}

async function importBpmnFiles(load: () => Importer, clicked: vscode.Uri | undefined, selected: vscode.Uri[] | undefined): Promise<void> {
    const files = selected && selected.length > 0 ? selected : clicked ? [clicked] : await vscode.window.showOpenDialog({
        canSelectMany: true, openLabel: 'Import', title: 'Import BPMN process maps',
        filters: { 'BPMN 2.0': ['bpmn', 'bpmn2', 'xml'] }
    });
    if (!files || files.length === 0) return;
    const { importBpmn, isBpmnInputError } = load();
    let imported;
    try {
        const inputs = await Promise.all(files.map(async file => ({ name: path.basename(file.fsPath || file.path), bytes: await vscode.workspace.fs.readFile(file) })));
        imported = await importBpmn(inputs);
    } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        void vscode.window.showErrorMessage(isBpmnInputError(error) ? `Cannot import: ${message}` : `The import failed: ${message}`);
        return;
    }
    const document = await vscode.workspace.openTextDocument({ language: 'sts', content: imported.text });
    await vscode.window.showTextDocument(document);
    const notes = imported.model.notExpressed.length;
    if (notes > 0) void vscode.window.showWarningMessage(`${notes} thing${notes === 1 ? '' : 's'} in the map ${notes === 1 ? 'is' : 'are'} not expressed in the model; they are listed at its top.`);
}

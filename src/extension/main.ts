/**
 * The VS Code extension: starts the language server for .sts files of every
 * scheme (saved files and untitled ones alike) and stops it on deactivation.
 */
import * as path from 'node:path';
import type * as vscode from 'vscode';
import { workspace } from 'vscode';
import type { LanguageClientOptions, ServerOptions } from 'vscode-languageclient/node';
import { LanguageClient, TransportKind } from 'vscode-languageclient/node';
import { registerAssistantTools, type AssistantRegistration } from './assistant-tools.js';
import { registerDiagramPreview } from './diagram/index.js';
import { registerImpactCommand } from './impact-command.js';
import { registerImportBpmnCommand } from './import-bpmn.js';
import { registerNewModelCommand } from './new-model.js';
import { registerWalkthroughCommands } from './walkthrough.js';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<{ assistant: AssistantRegistration }> {
    client = createClient(context);
    // Before the client starts: the panel serializer must exist when VS Code restores diagrams.
    registerDiagramPreview(context, client);
    registerNewModelCommand(context);
    registerImpactCommand(context, client);
    registerImportBpmnCommand(context);
    registerWalkthroughCommands(context);
    await client.start();
    return { assistant: registerAssistantTools(context, client) };
}

export async function deactivate(): Promise<void> {
    await client?.stop();
    client = undefined;
}

function createClient(context: vscode.ExtensionContext): LanguageClient {
    const module = context.asAbsolutePath(path.join('dist', 'server.cjs'));
    const serverOptions: ServerOptions = {
        run: { module, transport: TransportKind.ipc },
        debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } }
    };
    const clientOptions: LanguageClientOptions = {
        documentSelector: [{ language: 'sts' }],
        synchronize: {
            // The server reloads the rule settings when a configuration file appears, changes or goes,
            // and when the `sts.*` settings change.
            fileEvents: watchConfigFiles(context),
            configurationSection: 'sts'
        }
    };
    return new LanguageClient('sts', 'STS Language Server', serverOptions, clientOptions);
}

/** Only the configuration files: watching the whole workspace runs out of file handles on large repositories. */
function watchConfigFiles(context: vscode.ExtensionContext): vscode.FileSystemWatcher {
    const watcher = workspace.createFileSystemWatcher('**/sts.config.json');
    context.subscriptions.push(watcher);
    return watcher;
}

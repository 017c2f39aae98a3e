/**
 * Shows the first indexing of the workspace in VS Code's progress notification:
 * from the moment the client says it is initialized (Langium then loads every
 * .sts file and builds them) until that first build is done.
 */
import { DocumentState, type Disposable } from 'langium';
import type { Connection } from 'vscode-languageserver';
import type { StsSharedServices } from '../services/sts-services.js';

export function reportIndexingProgress(connection: Connection, shared: StsSharedServices): void {
    shared.lsp.LanguageServer.onInitialized(() => void track(connection, shared));
}

async function track(connection: Connection, shared: StsSharedServices): Promise<void> {
    // A client that cannot show progress gets a reporter that does nothing.
    const progress = await connection.window.createWorkDoneProgress();
    progress.begin('STS: indexing .sts files', 0, 'reading files', false);
    const builder = shared.workspace.DocumentBuilder;
    const phases: Array<[DocumentState, number, string]> = [
        [DocumentState.Parsed, 30, 'parsed'],
        [DocumentState.Linked, 60, 'linked'],
        [DocumentState.IndexedReferences, 80, 'indexed']
    ];
    const listeners: Disposable[] = phases.map(([state, percentage, word]) =>
        builder.onBuildPhase(state, documents => progress.report(percentage, `${documents.length} file${documents.length === 1 ? '' : 's'} ${word}`)));
    try {
        await shared.workspace.WorkspaceManager.ready;
        // The first build is a write on the workspace lock; a read runs once no write is left.
        // (Waiting for the Validated phase would hang: Langium does not validate unopened files
        // in the first build, and then announces no Validated phase at all.)
        await shared.workspace.WorkspaceLock.read(() => undefined);
    } finally {
        listeners.forEach(listener => listener.dispose());
        progress.done();
    }
}

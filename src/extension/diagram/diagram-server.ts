/**
 * What the diagram preview needs from the language server, as a small
 * interface over the language client: the diagram model of a document, and a
 * notice when a document was rebuilt.
 */
import type * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import {
    DIAGRAM_MODEL_REQUEST, MODEL_CHANGED_NOTIFICATION,
    type DiagramModelParams, type DiagramModelResult, type ModelChangedParams
} from '../../protocol/diagram-protocol.js';

export interface DiagramServer {
    requestModel(params: DiagramModelParams, token?: vscode.CancellationToken): Promise<DiagramModelResult>;
    onModelChanged(listener: (uris: readonly string[]) => void): vscode.Disposable;
}

export function diagramServerOf(client: LanguageClient): DiagramServer {
    return {
        async requestModel(params, token) {
            try {
                return await client.sendRequest<DiagramModelResult>(DIAGRAM_MODEL_REQUEST, params, token);
            } catch (error) {
                // A cancelled or failed request is shown in the webview like any other failure.
                return { kind: 'failure', message: `The language server did not answer: ${error instanceof Error ? error.message : String(error)}` };
            }
        },
        onModelChanged(listener) {
            return client.onNotification(MODEL_CHANGED_NOTIFICATION, (params: ModelChangedParams) => {
                if (Array.isArray(params?.uris)) listener(params.uris.filter((uri): uri is string => typeof uri === 'string'));
            });
        }
    };
}

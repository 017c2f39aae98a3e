/**
 * The server side of the live diagram: tells the client (debounced) which
 * documents were validated, and answers `sts/diagramModel` with the diagram
 * model of a document's system, built by the diagram's first stage from the
 * shared SystemIndex and the findings of all the system's files. Nothing is thrown out of a
 * handler: parse errors and failures come back as data the webview shows.
 */
import type { LangiumDocument } from 'langium';
import { DocumentState, URI } from 'langium';
import type { CancellationToken, Connection, Disposable } from 'vscode-languageserver';
// The model stage's own module, not the diagram index: the server never lays out, so it need not bundle ELK.
import { diagramModelOfDocument } from '../diagram/model/model-of-document.js';
import type { StsServices } from '../services/sts-services.js';
import {
    DIAGRAM_MODEL_REQUEST, MODEL_CHANGED_NOTIFICATION,
    type DiagramModelResult, type ModelChangedParams, type ParseError
} from '../protocol/diagram-protocol.js';
import { systemKeyOf } from '../workspace/system-partitions.js';

/** Long enough to merge the build phases of one edit, short enough to stay inside the ~300 ms budget. */
const NOTIFY_DEBOUNCE_MS = 30;
const PARSE_ERROR_CODES = new Set(['lexing-error', 'parsing-error']);

export function registerDiagramService(connection: Connection, services: StsServices): Disposable {
    connection.onRequest(DIAGRAM_MODEL_REQUEST, (params: unknown, token: CancellationToken) => diagramModelFor(services, params, token));
    return notifyValidated(services, uris => {
        const params: ModelChangedParams = { uris };
        void connection.sendNotification(MODEL_CHANGED_NOTIFICATION, params);
    });
}

/**
 * Calls `notify` with the URIs validated since the last call, once builds have
 * paused. A cancelled build has no Validated phase, so only finished builds count.
 */
export function notifyValidated(services: StsServices, notify: (uris: string[]) => void, debounceMs = NOTIFY_DEBOUNCE_MS): Disposable {
    const pending = new Set<string>();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const flush = () => {
        timer = undefined;
        const uris = [...pending];
        pending.clear();
        if (uris.length > 0) notify(uris);
    };
    const listener = services.shared.workspace.DocumentBuilder.onBuildPhase(DocumentState.Validated, documents => {
        for (const document of documents) pending.add(document.uri.toString());
        if (timer) clearTimeout(timer);
        timer = setTimeout(flush, debounceMs);
    });
    return {
        dispose() {
            listener.dispose();
            if (timer) clearTimeout(timer);
        }
    };
}

/** The diagram model of the document's system once its latest build is validated, or why there is none. */
export async function diagramModelFor(services: StsServices, params: unknown, token?: CancellationToken): Promise<DiagramModelResult> {
    try {
        const uriText = typeof params === 'object' && params !== null ? (params as { uri?: unknown }).uri : undefined;
        if (typeof uriText !== 'string') return { kind: 'failure', message: 'The request names no document.' };
        const uri = URI.parse(uriText);
        const document = services.shared.workspace.LangiumDocuments.getDocument(uri);
        if (!document) return { kind: 'failure', message: `The language server does not know ${uriText} (is the file open?).` };
        await services.shared.workspace.DocumentBuilder.waitUntil(DocumentState.Validated, uri, token);
        const documents = services.shared.workspace.SystemPartitions.documentsOf(systemKeyOf(document));
        const errors = documents.flatMap(parseErrorsOf);
        if (errors.length > 0) return { kind: 'parseErrors', errors };
        return { kind: 'model', model: diagramModelOfDocument(services, document) };
    } catch (error) {
        return { kind: 'failure', message: `The diagram could not be built: ${error instanceof Error ? error.message : String(error)}` };
    }
}

function parseErrorsOf(document: LangiumDocument): ParseError[] {
    const uri = document.uri.toString();
    return (document.diagnostics ?? [])
        .filter(diagnostic => PARSE_ERROR_CODES.has(String((diagnostic.data as { code?: unknown } | undefined)?.code)))
        .map(diagnostic => ({ uri, message: typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value, range: diagnostic.range }));
}

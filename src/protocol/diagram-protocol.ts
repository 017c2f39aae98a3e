/**
 * The typed messages of the live diagram, both channels in one place:
 * the language server ↔ the extension (an LSP notification and request), and
 * the extension ↔ the webview (postMessage). Everything that arrives from the
 * webview is untrusted: `parseWebviewMessage` checks it before anyone uses it.
 * No `vscode` import: the server, the webview and the tests share this file.
 */
import type { DiagramModel, LaidOutDiagram, SourceLocation, SourcePosition, SourceRange, ViewKind } from '../diagram/webview.js';
// The model's own module (plain data, no imports): the server bundles this file and never lays out.
import { VIEW_KINDS } from '../diagram/model/diagram-model.js';

export type { DiagramModel, LaidOutDiagram, SourceLocation, SourcePosition, SourceRange };
export type DiagramView = ViewKind;

// ---------------------------------------------------------------------------
// Language server ↔ extension

/** Sent (debounced) after the Validated build phase: the diagram of these documents may have changed. */
export const MODEL_CHANGED_NOTIFICATION = 'sts/modelChanged';
export interface ModelChangedParams {
    readonly uris: readonly string[];
}

/**
 * Asks for the diagram model of a document's system. The model holds every
 * view's elements, so switching views is a new layout in the webview, not a
 * new request.
 */
export const DIAGRAM_MODEL_REQUEST = 'sts/diagramModel';
export interface DiagramModelParams {
    readonly uri: string;
}

/** One syntax error of a document, where the user can see it. */
export interface ParseError {
    readonly uri: string;
    readonly message: string;
    readonly range: SourceRange;
}

/** The answer is always data, never a thrown error: the webview shows whatever comes back. */
export type DiagramModelResult =
    | { readonly kind: 'model'; readonly model: DiagramModel }
    | { readonly kind: 'parseErrors'; readonly errors: readonly ParseError[] }
    | { readonly kind: 'failure'; readonly message: string };

// ---------------------------------------------------------------------------
// Extension → webview

export type ExtensionToWebview =
    /** What the panel shows; sent when the panel opens, after a reload and when it follows another editor. */
    | { readonly type: 'document'; readonly uri: string; readonly fileName: string; readonly follow: boolean; readonly defaultView: DiagramView }
    /** The server rebuilt the document: ask again. */
    | { readonly type: 'modelChanged' }
    /** The answer to the webview's `requestModel` with the same id. */
    | { readonly type: 'model'; readonly requestId: number; readonly result: DiagramModelResult }
    /** The cursor in the editor moved: highlight the node declared there. */
    | { readonly type: 'selection'; readonly uri: string; readonly position: SourcePosition }
    /** Export the diagram as it is shown; the webview answers with `exported`. */
    | { readonly type: 'export'; readonly requestId: number; readonly format: ExportFormat };

export type ExportFormat = 'svg' | 'png';

// ---------------------------------------------------------------------------
// Webview → extension

export type WebviewToExtension =
    | { readonly type: 'ready' }
    | { readonly type: 'requestModel'; readonly requestId: number }
    | { readonly type: 'reveal'; readonly location: SourceLocation }
    | { readonly type: 'setFollow'; readonly follow: boolean }
    /** `data` is the SVG text, or the PNG bytes in base64. */
    | { readonly type: 'exported'; readonly requestId: number; readonly format: ExportFormat; readonly data: string }
    | { readonly type: 'exportFailed'; readonly requestId: number; readonly message: string };

/** Large enough for a PNG of a big diagram, small enough that a runaway page cannot flood the host. */
export const MAX_EXPORT_CHARS = 64 * 1024 * 1024;
const MAX_MESSAGE_CHARS = 10_000;

/**
 * The message if it is one the webview may send, else undefined. Checks every
 * field's type and bounds and copies only the known fields, so nothing extra
 * travels further.
 */
export function parseWebviewMessage(value: unknown): WebviewToExtension | undefined {
    if (!isRecord(value)) return undefined;
    switch (value['type']) {
        case 'ready':
            return { type: 'ready' };
        case 'requestModel': {
            const requestId = value['requestId'];
            return isRequestId(requestId) ? { type: 'requestModel', requestId } : undefined;
        }
        case 'reveal': {
            const location = parseLocation(value['location']);
            return location && { type: 'reveal', location };
        }
        case 'setFollow':
            return typeof value['follow'] === 'boolean' ? { type: 'setFollow', follow: value['follow'] } : undefined;
        case 'exported': {
            const { requestId, format, data } = { requestId: value['requestId'], format: value['format'], data: value['data'] };
            if (!isRequestId(requestId) || !isExportFormat(format) || typeof data !== 'string' || data.length > MAX_EXPORT_CHARS) return undefined;
            if (format === 'png' && !/^[A-Za-z0-9+/]*={0,2}$/.test(data)) return undefined;
            if (format === 'svg' && !data.trimStart().startsWith('<svg')) return undefined;
            return { type: 'exported', requestId, format, data };
        }
        case 'exportFailed': {
            const requestId = value['requestId'];
            const message = value['message'];
            if (!isRequestId(requestId) || typeof message !== 'string') return undefined;
            return { type: 'exportFailed', requestId, message: message.slice(0, MAX_MESSAGE_CHARS) };
        }
        default:
            return undefined;
    }
}

export function isView(value: unknown): value is DiagramView {
    return typeof value === 'string' && (VIEW_KINDS as readonly string[]).includes(value);
}

function isExportFormat(value: unknown): value is ExportFormat {
    return value === 'svg' || value === 'png';
}

function isRequestId(value: unknown): value is number {
    return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

export function parseLocation(value: unknown): SourceLocation | undefined {
    if (!isRecord(value)) return undefined;
    const uri = value['uri'];
    const range = parseRange(value['range']);
    if (typeof uri !== 'string' || uri.length === 0 || uri.length > 4096 || !/^[a-zA-Z][\w+.-]*:/.test(uri) || !range) return undefined;
    return { uri, range };
}

function parseRange(value: unknown): SourceRange | undefined {
    if (!isRecord(value)) return undefined;
    const start = parsePosition(value['start']);
    const end = parsePosition(value['end']);
    if (!start || !end) return undefined;
    if (end.line < start.line || (end.line === start.line && end.character < start.character)) return undefined;
    return { start, end };
}

export function parsePosition(value: unknown): SourcePosition | undefined {
    if (!isRecord(value)) return undefined;
    const line = value['line'];
    const character = value['character'];
    if (!isCount(line) || !isCount(character)) return undefined;
    return { line, character };
}

function isCount(value: unknown): value is number {
    return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

function isRecord(value: unknown): value is Record<string, unknown> {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The documents a `reveal` from the page may open: the one the panel shows and
 * those the elements of the last model it was sent are declared in — the files
 * of the system being shown, and nothing else (no other scheme, no other file).
 */
export function revealableUris(shown: string, result: DiagramModelResult | undefined): Set<string> {
    const uris = new Set<string>([shown]);
    if (result?.kind !== 'model') return uris;
    for (const node of result.model.nodes) if (node.source) uris.add(node.source.uri);
    for (const edge of result.model.edges) if (edge.source) uris.add(edge.source.uri);
    return uris;
}

/** Drops what the page may not send, and says so once per kind of problem (a page gone wrong would flood the log). */
export class DroppedMessages {
    private readonly logged = new Set<string>();

    constructor(private readonly log: (line: string) => void) { }

    drop(kind: 'malformed' | 'reveal-outside-system', detail: string): void {
        if (this.logged.has(kind)) return;
        this.logged.add(kind);
        this.log(`sts diagram: dropped a message from the diagram page (${detail}); later ones like it are dropped without a word.`);
    }
}

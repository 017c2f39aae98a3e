/**
 * The page's side of the webview channel: typed `postMessage` to the
 * extension, and the state VS Code keeps for the panel across reloads.
 */
import type { DiagramView, WebviewToExtension } from '../protocol/diagram-protocol.js';

/** What survives a reload of the window (`getState`/`setState`); the serializer reads `uri` and `follow`. */
export interface PersistedState {
    readonly uri?: string;
    readonly follow?: boolean;
    readonly view?: DiagramView;
    readonly process?: string;
}

interface VsCodeApi {
    postMessage(message: unknown): void;
    getState(): unknown;
    setState(state: unknown): void;
}

declare function acquireVsCodeApi(): VsCodeApi;

export interface HostChannel {
    post(message: WebviewToExtension): void;
    state(): PersistedState;
    saveState(state: PersistedState): void;
}

export function connectToHost(): HostChannel {
    const api = acquireVsCodeApi();
    return {
        post: message => api.postMessage(message),
        state: () => {
            const state = api.getState();
            return typeof state === 'object' && state !== null ? state as PersistedState : {};
        },
        saveState: state => api.setState(state)
    };
}

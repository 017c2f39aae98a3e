/**
 * What the connected editor can do, read once from its `initialize` request.
 * Without a client (tests, CLI) nothing optional is assumed.
 */
import type { LangiumSharedServices } from 'langium/lsp';

export class ClientCapabilities {
    /** the client applies snippet text edits in workspace edits (LSP 3.18; VS Code does) */
    snippetEdits = false;

    constructor(shared: LangiumSharedServices) {
        shared.lsp.LanguageServer.onInitialize(params => {
            this.snippetEdits = params.capabilities.workspace?.workspaceEdit?.snippetEditSupport === true;
        });
    }
}

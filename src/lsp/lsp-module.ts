/**
 * The editing features of the language server, registered under `lsp`:
 * quick fixes, completion, hover, rename, symbols, semantic tokens, formatting.
 * Injected by createStsServices (src/services) after the language core's modules.
 */
import type { Module } from 'langium';
import type { LangiumServices, LangiumSharedServices, PartialLangiumServices, PartialLangiumSharedServices } from 'langium/lsp';
import type { StsCoreAddedServices } from '../validation/core-services.js';
import type { StsSharedServices } from '../workspace/shared-services.js';
import { ClientCapabilities } from './client-capabilities.js';
import { StsCodeActionProvider } from './code-actions.js';
import { StsCompletionProvider } from './completion.js';
import { StsFormatter } from './formatter.js';
import { StsDocumentSymbolProvider } from './document-symbols.js';
import { StsHoverProvider } from './hover.js';
import { StsNodeKindProvider } from './node-kinds.js';
import { StsRenameProvider } from './rename.js';
import { StsSemanticTokenProvider } from './semantic-tokens.js';

export interface StsLspAddedServices {
    lsp: {
        ClientCapabilities: ClientCapabilities;
    };
}

/** The language core's services with the editor features: what the language server runs. */
export type StsLspServices = LangiumServices & StsCoreAddedServices & StsLspAddedServices & { shared: StsSharedServices };

export const StsLspModule: Module<StsLspServices, PartialLangiumServices & StsLspAddedServices> = {
    lsp: {
        ClientCapabilities: services => new ClientCapabilities(services.shared),
        CodeActionProvider: services => new StsCodeActionProvider(services),
        Formatter: services => new StsFormatter(services),
        CompletionProvider: services => new StsCompletionProvider(services),
        HoverProvider: services => new StsHoverProvider(services),
        DocumentSymbolProvider: services => new StsDocumentSymbolProvider(services),
        SemanticTokenProvider: services => new StsSemanticTokenProvider(services),
        RenameProvider: services => new StsRenameProvider(services)
    }
};

export const StsSharedLspModule: Module<LangiumSharedServices, PartialLangiumSharedServices> = {
    lsp: {
        NodeKindProvider: () => new StsNodeKindProvider()
    }
};

/**
 * The workspace services every language of the session shares, as added to
 * Langium's: the system partitions and the index manager that hands out each
 * file's exported names. Wired in src/services (the composition root).
 */
import type { LangiumSharedCoreServices } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import type { StsIndexManager } from './sts-index-manager.js';
import type { SystemPartitions } from './system-partitions.js';

export interface StsSharedAddedServices {
    workspace: {
        SystemPartitions: SystemPartitions;
        IndexManager: StsIndexManager;
    };
}

/** The shared services without the language server's (what the layers below the editor features need). */
export type StsSharedCoreServices = LangiumSharedCoreServices & StsSharedAddedServices;

export type StsSharedServices = LangiumSharedServices & StsSharedAddedServices;

/**
 * The one services factory: the language server, the command line and the tests
 * all build their services here.
 */
import type { LangiumSharedCoreServices, Module, PartialLangiumCoreServices, PartialLangiumSharedCoreServices } from 'langium';
import { inject } from 'langium';
import type { DefaultSharedModuleContext, LangiumServices, LangiumSharedServices, PartialLangiumServices } from 'langium/lsp';
import { createDefaultModule, createDefaultSharedModule } from 'langium/lsp';
import { RuleSettings } from '../config/rule-settings.js';
import { SystemIndexProvider } from '../model/system-index-provider.js';
import { RuleRunner } from '../validation/rule-runner.js';
import { SuppressionLog } from '../validation/suppression-log.js';
import { StsDocumentValidator } from '../validation/sts-document-validator.js';
import { StsDocumentBuilder } from '../workspace/sts-document-builder.js';
import { StsIndexManager } from '../workspace/sts-index-manager.js';
import { SystemPartitions } from '../workspace/system-partitions.js';
import type { StsAstType } from './generated/ast.js';
import { StsGeneratedModule, StsGeneratedSharedModule } from './generated/module.js';
import { StsLinker, StsScopeComputation, StsScopeProvider } from './sts-scope.js';
import { StsReferenceDescriptionProvider } from '../workspace/sts-reference-descriptions.js';
import { StsWorkspaceManager } from '../workspace/sts-workspace-manager.js';
import { StsLspModule, StsSharedLspModule, type StsLspAddedServices } from '../lsp/lsp-module.js';

export interface StsAddedServices {
    references: {
        ScopeProvider: StsScopeProvider;
    };
    config: {
        RuleSettings: RuleSettings;
    };
    model: {
        SystemIndexProvider: SystemIndexProvider;
    };
    validation: {
        RuleRunner: RuleRunner;
        SuppressionLog: SuppressionLog;
    };
}

export interface StsSharedAddedServices {
    workspace: {
        SystemPartitions: SystemPartitions;
        IndexManager: StsIndexManager;
    };
}

export type StsSharedServices = LangiumSharedServices & StsSharedAddedServices;
export type StsServices = LangiumServices & StsAddedServices & StsLspAddedServices & { shared: StsSharedServices };

export const StsSharedModule: Module<StsSharedServices, PartialLangiumSharedCoreServices & StsSharedAddedServices> = {
    workspace: {
        SystemPartitions: shared => new SystemPartitions(shared),
        IndexManager: shared => new StsIndexManager(shared as LangiumSharedCoreServices),
        DocumentBuilder: shared => new StsDocumentBuilder(shared as LangiumSharedCoreServices, () => shared.workspace.SystemPartitions),
        WorkspaceManager: shared => new StsWorkspaceManager(shared as LangiumSharedCoreServices)
    }
};

export const StsModule: Module<StsServices, PartialLangiumServices & StsAddedServices> = {
    references: {
        ScopeComputation: services => new StsScopeComputation(services),
        ScopeProvider: services => new StsScopeProvider(services),
        Linker: services => new StsLinker(services)
    },
    workspace: {
        ReferenceDescriptionProvider: services => new StsReferenceDescriptionProvider(services)
    },
    config: {
        RuleSettings: services => new RuleSettings(() => services.shared.workspace.FileSystemProvider)
    },
    model: {
        SystemIndexProvider: services => new SystemIndexProvider(services.shared, services.shared.workspace.SystemPartitions)
    },
    validation: {
        DocumentValidator: services => new StsDocumentValidator(services),
        RuleRunner: services => new RuleRunner(services),
        SuppressionLog: services => new SuppressionLog(services.shared)
    }
};

export function createStsServices(context: DefaultSharedModuleContext): { shared: StsSharedServices; Sts: StsServices } {
    const shared = inject(createDefaultSharedModule(context), StsGeneratedSharedModule, StsSharedModule, StsSharedLspModule);
    const Sts = inject(createDefaultModule({ shared }), StsGeneratedModule as Module<StsServices, PartialLangiumCoreServices>, StsModule, StsLspModule);
    shared.ServiceRegistry.register(Sts);
    // The one check: the rule runner on the model's root. StsDocumentValidator runs checks on the
    // root only, so a check registered on another node type here would never run.
    Sts.validation.ValidationRegistry.register<StsAstType>({
        Model: (model, accept) => Sts.validation.RuleRunner.run(model, accept)
    });
    if (!context.connection) {
        // Without a language client nobody sends the configuration; tests and the CLI would wait forever.
        shared.workspace.ConfigurationProvider.initialized({});
    }
    return { shared, Sts };
}

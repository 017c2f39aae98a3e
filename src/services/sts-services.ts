/**
 * The composition root: the one services factory. The language server, the
 * command line, the MCP server and the tests all build their services here.
 * It wires the language core (src/language, workspace, scope, model, config,
 * validation) and the editor features (src/lsp) into one set of Langium
 * services; the layers below only declare the services they add and need
 * (see docs/architecture.md).
 */
import type { LangiumSharedCoreServices, Module, PartialLangiumCoreServices, PartialLangiumSharedCoreServices } from 'langium';
import { inject } from 'langium';
import type { DefaultSharedModuleContext, PartialLangiumServices } from 'langium/lsp';
import { createDefaultModule, createDefaultSharedModule } from 'langium/lsp';
import { RuleSettings } from '../config/rule-settings.js';
import type { StsAstType } from '../language/generated/ast.js';
import { StsGeneratedModule, StsGeneratedSharedModule } from '../language/generated/module.js';
import { StsLspModule, StsSharedLspModule, type StsLspServices } from '../lsp/lsp-module.js';
import { SystemIndexProvider } from '../model/system-index-provider.js';
import { StsLinker, StsScopeComputation, StsScopeProvider } from '../scope/sts-scope.js';
import type { StsCoreAddedServices } from '../validation/core-services.js';
import { RuleRunner } from '../validation/rule-runner.js';
import { StsDocumentValidator } from '../validation/sts-document-validator.js';
import { SuppressionLog } from '../validation/suppression-log.js';
import type { StsSharedAddedServices, StsSharedServices } from '../workspace/shared-services.js';
import { StsDocumentBuilder } from '../workspace/sts-document-builder.js';
import { StsIndexManager } from '../workspace/sts-index-manager.js';
import { StsReferenceDescriptionProvider } from '../workspace/sts-reference-descriptions.js';
import { StsWorkspaceManager } from '../workspace/sts-workspace-manager.js';
import { SystemPartitions } from '../workspace/system-partitions.js';

export type { StsSharedServices };

/** Everything: the language core's services and the editor features. */
export type StsServices = StsLspServices;

export const StsSharedModule: Module<StsSharedServices, PartialLangiumSharedCoreServices & StsSharedAddedServices> = {
    workspace: {
        SystemPartitions: shared => new SystemPartitions(shared),
        IndexManager: shared => new StsIndexManager(shared as LangiumSharedCoreServices),
        DocumentBuilder: shared => new StsDocumentBuilder(shared as LangiumSharedCoreServices, () => shared.workspace.SystemPartitions),
        WorkspaceManager: shared => new StsWorkspaceManager(shared as LangiumSharedCoreServices)
    }
};

export const StsModule: Module<StsServices, PartialLangiumServices & StsCoreAddedServices> = {
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
        void shared.workspace.ConfigurationProvider.initialized({});
    }
    return { shared, Sts };
}

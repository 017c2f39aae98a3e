/**
 * The language core's services: Langium's, plus what each layer up to this one
 * adds — name resolution (scope), the system index (model), rule settings
 * (config) and the checks (validation). Declared here, at the top of the core,
 * so that the layers above (editor features, diagram, report) can name them
 * without importing the composition root (src/services), which wires them.
 */
import type { LangiumCoreServices } from 'langium';
import type { StsConfigServices } from '../config/rule-settings.js';
import type { StsModelServices } from '../model/system-index-provider.js';
import type { StsScopeAddedServices } from '../scope/sts-scope.js';
import type { StsSharedCoreServices } from '../workspace/shared-services.js';
import type { RuleRunner } from './rule-runner.js';
import type { SuppressionLog } from './suppression-log.js';

export interface StsValidationServices {
    validation: {
        RuleRunner: RuleRunner;
        SuppressionLog: SuppressionLog;
    };
}

export type StsCoreAddedServices = StsScopeAddedServices & StsConfigServices & StsModelServices & StsValidationServices;

export type StsCoreServices = LangiumCoreServices & StsCoreAddedServices & { shared: StsSharedCoreServices };

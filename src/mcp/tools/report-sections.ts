/**
 * The report's per-system sections (RACI, training matrix, feedback coverage,
 * single points of failure) as `sts report` computes them, for the tools that
 * show them: the same numbers in the report and in the assistant's answer.
 */
import { collectFindings } from '../../report/findings.js';
import { buildReport, type SystemReport } from '../../report/report-model.js';
import type { ModelAccess, SystemView } from '../model-access.js';

export function reportsOf(model: ModelAccess, systems: readonly SystemView[]): SystemReport[] {
    const documents = systems.flatMap(system => system.documents);
    return buildReport(model.services, documents, collectFindings(model.services, documents, model.root), model.root);
}

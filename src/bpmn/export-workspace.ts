/**
 * Loaded .sts documents → BPMN XML: the system's index for what to write, the
 * process view of the project's diagram layout for where to draw it (steps
 * flowing to the right in horizontal lanes, as BPMN tools draw pools).
 */
import type { LangiumDocument } from 'langium';
import type { StsCoreServices } from '../validation/core-services.js';
import { createBundledElk, diagramModelOfDocument, layoutDiagram } from '../diagram/index.js';
import { STS_VERSION } from '../config/rule-docs.js';
import { exportBpmn, type BpmnExport } from './export-bpmn.js';
import { BpmnInputError } from './read-bpmn.js';

export async function exportDocuments(services: StsCoreServices, documents: readonly LangiumDocument[]): Promise<BpmnExport> {
    const first = documents[0];
    if (!first) throw new BpmnInputError('no .sts files to export');
    for (const document of documents) {
        const errors = document.parseResult.lexerErrors.length + document.parseResult.parserErrors.length;
        if (errors > 0) throw new BpmnInputError(`${document.uri.path.split('/').pop()}: ${errors} syntax error${errors === 1 ? '' : 's'}; fix ${errors === 1 ? 'it' : 'them'} before exporting`);
    }
    const index = services.model.SystemIndexProvider.forDocument(first);
    if (index.processes.length === 0) throw new BpmnInputError('the model has no process to export');
    const picture = await layoutDiagram(diagramModelOfDocument(services, first), { view: 'process' }, { elk: createBundledElk, workOrder: 'auto', direction: 'right' });
    return exportBpmn(index, picture, STS_VERSION);
}

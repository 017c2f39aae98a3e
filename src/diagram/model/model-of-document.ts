/**
 * The diagram model of the system a document belongs to: its shared index and
 * the findings of all of the system's files. What the language server answers
 * when the preview asks for a model, and what `sts diagram` draws.
 */
import type { LangiumDocument } from 'langium';
import type { StsCoreServices } from '../../validation/core-services.js';
import { systemKeyOf } from '../../workspace/system-partitions.js';
import { buildDiagramModel } from './build-diagram-model.js';
import type { DiagramModel } from './diagram-model.js';
import { findingsOfDocuments } from './findings.js';

export function diagramModelOfDocument(services: StsCoreServices, document: LangiumDocument): DiagramModel {
    const index = services.model.SystemIndexProvider.forDocument(document);
    const documents = services.shared.workspace.SystemPartitions.documentsOf(systemKeyOf(document));
    return buildDiagramModel(index, findingsOfDocuments(documents));
}

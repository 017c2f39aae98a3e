/**
 * Stage 1: a system's index and its findings → the serialisable diagram model.
 */
import type { SystemIndex } from '../../model/system-index.js';
import type { DiagramFinding, DiagramModel } from './diagram-model.js';

export function buildDiagramModel(index: SystemIndex, findings: readonly DiagramFinding[]): DiagramModel {
    void index; void findings;
    throw new Error('buildDiagramModel: being written');
}

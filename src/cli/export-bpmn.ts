/**
 * `sts export bpmn <files or folders> [-o out.bpmn]` (declared in
 * src/cli/commands.ts): the system's processes as BPMN 2.0 XML with diagram
 * interchange, on standard output or in the file. Loaded only when it runs:
 * it brings the layout engine.
 */
import { UsageError } from '../services/cli-error.js';
import type { CommandInput, CommandIo } from './command.js';
import { findStsFiles, loadWorkspace } from '../services/load-workspace.js';
import { systemKeyOf } from '../workspace/system-partitions.js';
import { exportDocuments } from '../bpmn/export-workspace.js';
import { BpmnInputError } from '../bpmn/read-bpmn.js';
import { refuseMissingFolder } from './import-bpmn.js';

export async function runExportBpmn(input: CommandInput, io: CommandIo): Promise<number> {
    const files = findStsFiles(input.positionals);
    const output = io.output(input.string('output'), files);
    refuseMissingFolder(output.file);
    const { services, documents } = await loadWorkspace(files, { quiet: true });
    const systems = [...new Set(documents.map(systemKeyOf))];
    if (systems.length > 1) throw new UsageError(`the files describe ${systems.length} systems; give the files of one system`);
    let exported;
    try {
        exported = await exportDocuments(services, documents);
    } catch (error) {
        if (error instanceof BpmnInputError) throw new UsageError(error.message);
        throw error;
    }
    output.write(exported.xml, 'text');
    for (const line of exported.notExported) io.stderr.write(`sts: warning: not in the BPMN: ${line}\n`);
    return 0;
}

/**
 * `sts export bpmn <files or folders> [-o out.bpmn]` (declared in
 * src/cli/commands.ts): the system's processes as BPMN 2.0 XML with diagram
 * interchange, on standard output or in the file. Loaded only when it runs:
 * it brings the layout engine.
 */
import { UsageError } from '../cli/cli-error.js';
import type { CommandInput, CommandIo } from '../cli/command.js';
import { findStsFiles, loadWorkspace } from '../cli/load-workspace.js';
import { systemKeyOf } from '../workspace/system-partitions.js';
import { exportDocuments } from './export-workspace.js';
import { BpmnInputError } from './read-bpmn.js';
import { refuseMissingFolder } from './run-import.js';

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

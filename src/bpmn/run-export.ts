/**
 * `sts export bpmn <files or folders> [-o out.bpmn]`: the system's processes
 * as BPMN 2.0 XML with diagram interchange, on standard output or in the file.
 */
import { parseArgs } from 'node:util';
import { findStsFiles, loadWorkspace } from '../cli/load-workspace.js';
import { UsageError } from '../cli/usage-error.js';
import { writeOutput } from '../cli/write-output.js';
import { systemKeyOf } from '../workspace/system-partitions.js';
import { exportDocuments } from './export-workspace.js';
import { BpmnInputError } from './read-bpmn.js';
import type { Writable } from './run-import.js';

export const EXPORT_USAGE = 'sts export bpmn <files or folders...> [-o out.bpmn]';

export async function runExportBpmn(args: readonly string[], stdout: Writable, stderr: Writable = process.stderr): Promise<number> {
    let parsed;
    try {
        parsed = parseArgs({ args: [...args], options: { output: { type: 'string', short: 'o' } }, allowPositionals: true, strict: true });
    } catch (error) {
        throw new UsageError(String((error as Error).message).replace(/\. To specify a positional argument.*$/s, '').trim());
    }
    const [format, ...paths] = parsed.positionals;
    if (format !== 'bpmn') throw new UsageError(format === undefined ? `name the format: ${EXPORT_USAGE}` : `cannot export '${format}'; only bpmn: ${EXPORT_USAGE}`);
    const output = parsed.values.output;
    if (output === '') throw new UsageError('-o needs a file name.');
    if (output?.endsWith('.sts')) throw new UsageError(`-o ${output}: the BPMN would overwrite a .sts file; name a .bpmn file`);
    const { services, documents } = await loadWorkspace(findStsFiles(paths), { quiet: true });
    const systems = [...new Set(documents.map(systemKeyOf))];
    if (systems.length > 1) throw new UsageError(`the files describe ${systems.length} systems; give the files of one system`);
    let exported;
    try {
        exported = await exportDocuments(services, documents);
    } catch (error) {
        if (error instanceof BpmnInputError) throw new UsageError(error.message);
        throw error;
    }
    if (output) writeOutput(output, exported.xml); else stdout.write(exported.xml);
    for (const line of exported.notExported) stderr.write(`sts: warning: not in the BPMN: ${line}\n`);
    return 0;
}

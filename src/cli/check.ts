/**
 * `sts check [paths...]`: the findings of the .sts files in text, JSON or SARIF.
 * Exit code 1 when a finding is an error or the warnings exceed --max-warnings.
 */
import type { CheckedFindings } from '../report/findings.js';
import { collectFindings } from '../report/findings.js';
import { formatJson } from './formats/json.js';
import { formatSarif } from './formats/sarif.js';
import { formatText } from './formats/text.js';
import { findStsFiles, loadWorkspace } from './load-workspace.js';
import { parseCheckOptions, type CheckOptions } from './options.js';
import { writeOutput } from './write-output.js';

export async function runCheck(args: readonly string[], out: NodeJS.WritableStream): Promise<number> {
    const options = parseCheckOptions(args);
    const files = findStsFiles(options.paths);
    const { services, documents } = await loadWorkspace(files, options);
    const checked = collectFindings(services, documents);
    const content = format(checked, options);
    if (options.output) writeOutput(options.output, content); else out.write(content);
    return exitCode(checked, options);
}

function format(checked: CheckedFindings, options: CheckOptions): string {
    switch (options.format) {
        case 'json': return formatJson(checked, options.quiet);
        case 'sarif': return formatSarif(checked, options.quiet);
        default: return formatText(checked, options.quiet);
    }
}

function exitCode(checked: CheckedFindings, options: CheckOptions): number {
    const errors = checked.findings.filter(finding => finding.severity === 'error').length;
    const warnings = checked.findings.filter(finding => finding.severity === 'warning').length;
    if (errors > 0) return 1;
    return options.maxWarnings !== undefined && warnings > options.maxWarnings ? 1 : 0;
}

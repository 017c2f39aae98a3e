/**
 * `sts check [paths...]`: the findings of the .sts files in text, JSON or SARIF.
 * Exit code 1 when a finding is an error or the warnings exceed --max-warnings.
 */
import type { CheckedFindings } from '../report/findings.js';
import { collectFindings } from '../report/findings.js';
import type { CommandInput, CommandIo } from './command.js';
import { formatJson } from './formats/json.js';
import { formatSarif } from './formats/sarif.js';
import { formatText } from './formats/text.js';
import { findStsFiles, loadWorkspace } from '../services/load-workspace.js';
import { checkOptions, type CheckOptions } from './options.js';

export async function runCheck(input: CommandInput, io: CommandIo): Promise<number> {
    const options = checkOptions(input);
    const files = findStsFiles(options.paths);
    const output = io.output(options.output, files);
    const { services, documents } = await loadWorkspace(files, options);
    const checked = collectFindings(services, documents);
    output.write(format(checked, options), options.format === 'text' ? 'text' : 'json');
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
    let errors = 0;
    let warnings = 0;
    for (const finding of checked.findings) {
        if (finding.severity === 'error') errors++;
        else if (finding.severity === 'warning') warnings++;
    }
    if (errors > 0) return 1;
    return options.maxWarnings !== undefined && warnings > options.maxWarnings ? 1 : 0;
}

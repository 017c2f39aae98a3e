/** `file:line:col severity rule-id message`, one finding a line, then a count; the format people and editors' problem matchers read. */
import type { CheckedFindings } from '../../report/findings.js';

export function formatText(checked: CheckedFindings, quiet: boolean): string {
    const lines = checked.findings
        .filter(finding => !quiet || finding.severity === 'error')
        .map(finding => `${finding.file}:${finding.line}:${finding.column} ${finding.severity} ${finding.rule} ${finding.message}`);
    if (!quiet) lines.push(summaryLine(checked));
    return lines.length > 0 ? lines.join('\n') + '\n' : '';
}

function summaryLine(checked: CheckedFindings): string {
    const counts = new Map<string, number>();
    for (const finding of checked.findings) counts.set(finding.severity, (counts.get(finding.severity) ?? 0) + 1);
    const parts = (['error', 'warning', 'info', 'hint'] as const)
        .filter(severity => counts.has(severity))
        .map(severity => plural(counts.get(severity)!, severity === 'info' ? 'info' : severity));
    const files = plural(checked.files.length, 'file');
    const silenced = checked.suppressed.length > 0 ? `; ${checked.suppressed.length} silenced by sts-ignore` : '';
    return parts.length === 0 ? `${files} checked: no findings${silenced}.` : `${files} checked: ${parts.join(', ')}${silenced}.`;
}

function plural(count: number, word: string): string {
    return word === 'info' ? `${count} info` : `${count} ${word}${count === 1 ? '' : 's'}`;
}

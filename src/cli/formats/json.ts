/** Machine-readable findings: every finding and every silenced one, with 1-based positions and rule page links. */
import { STS_VERSION } from '../../config/rule-docs.js';
import type { CheckedFindings } from '../../report/findings.js';

export function formatJson(checked: CheckedFindings, quiet: boolean): string {
    const findings = quiet ? checked.findings.filter(finding => finding.severity === 'error') : checked.findings;
    const count = (severity: string) => checked.findings.filter(finding => finding.severity === severity).length;
    return JSON.stringify({
        tool: { name: 'sts', version: STS_VERSION },
        files: checked.files,
        summary: { errors: count('error'), warnings: count('warning'), infos: count('info'), hints: count('hint'), suppressed: checked.suppressed.length },
        findings: findings.map(({ uri: _uri, related, data: _data, ...finding }) => ({ ...finding, related: related.map(({ uri: _relatedUri, ...place }) => place) })),
        suppressed: checked.suppressed.map(({ uri: _uri, ...finding }) => finding)
    }, null, 2) + '\n';
}

/**
 * SARIF 2.1.0, the format GitHub code scanning reads: one run of the `sts`
 * driver with a rule entry (and help link) per finding id, results with their
 * locations and related locations, and silenced findings as results carrying an
 * in-source suppression with the comment's reason as justification.
 */
import { pathToFileURL } from 'node:url';
import type * as Sarif from 'sarif';
import { catalogue } from '../../config/catalogue.js';
import { REPOSITORY, ruleDocsUrl, STS_VERSION } from '../../config/rule-docs.js';
import { rulesById } from '../../rules/registry.js';
import type { Severity } from '../../rules/rule.js';
import type { CheckedFindings, Place } from '../../report/findings.js';

const LEVELS: Record<Severity | 'off', Sarif.ReportingConfiguration.level> = { error: 'error', warning: 'warning', info: 'note', hint: 'note', off: 'none' };
const SOURCE_ROOT = 'SRCROOT';

export function formatSarif(checked: CheckedFindings, quiet: boolean, cwd = process.cwd()): string {
    const ruleIds = new Set<string>(catalogue().keys());
    for (const finding of [...checked.findings, ...checked.suppressed]) ruleIds.add(finding.rule);
    const ids = [...ruleIds];
    const indexOf = new Map(ids.map((id, index) => [id, index]));
    const findings = quiet ? checked.findings.filter(finding => finding.severity === 'error') : checked.findings;
    const results: Sarif.Result[] = [
        ...findings.map(finding => ({
            ruleId: finding.rule,
            ruleIndex: indexOf.get(finding.rule)!,
            level: LEVELS[finding.severity],
            message: { text: finding.message },
            locations: [location(finding)],
            ...(finding.related.length > 0 ? {
                relatedLocations: finding.related.map((related, id) => ({ id, ...location(related), message: { text: related.message } }))
            } : {})
        })),
        ...checked.suppressed.map(finding => ({
            ruleId: finding.rule,
            ruleIndex: indexOf.get(finding.rule)!,
            level: LEVELS[finding.severity],
            message: { text: finding.message },
            locations: [location(finding)],
            suppressions: [{ kind: 'inSource' as const, status: 'accepted' as const, justification: finding.reason ?? '(no reason given)' }]
        }))
    ];
    const log: Sarif.Log = {
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        version: '2.1.0',
        runs: [{
            tool: {
                driver: {
                    name: 'sts',
                    version: STS_VERSION,
                    ...(REPOSITORY ? { informationUri: REPOSITORY } : {}),
                    rules: ids.map(id => ruleDescriptor(id))
                }
            },
            originalUriBaseIds: { [SOURCE_ROOT]: { uri: directoryUri(cwd) } },
            columnKind: 'utf16CodeUnits',
            results
        }]
    };
    return JSON.stringify(log, null, 2) + '\n';
}

function ruleDescriptor(id: string): Sarif.ReportingDescriptor {
    const entry = catalogue().get(id);
    const rule = rulesById.get(id);
    const description = entry?.description ?? (id === 'parse-error' ? 'Text the .sts grammar cannot read.' : id === 'check-failed' ? 'A check stopped with an internal error.' : id);
    return {
        id,
        name: id.replace(/(^|-)(\w)/g, (_, _dash: string, letter: string) => letter.toUpperCase()),
        shortDescription: { text: description },
        ...(rule?.anchor ? { fullDescription: { text: `${description} Comes from: ${rule.anchor}.` } } : {}),
        helpUri: ruleDocsUrl(id),
        defaultConfiguration: { level: LEVELS[entry?.defaultSeverity ?? 'error'], enabled: entry?.defaultSeverity !== 'off' }
    };
}

function location(place: Place): Sarif.Location {
    return {
        physicalLocation: {
            artifactLocation: place.file.startsWith('/') || /^[a-z]+:/i.test(place.file)
                ? { uri: place.uri }
                : { uri: place.file.split('/').map(encodeURIComponent).join('/'), uriBaseId: SOURCE_ROOT },
            region: { startLine: place.line, startColumn: place.column, endLine: place.endLine, endColumn: place.endColumn }
        }
    };
}

/** SARIF wants base URIs to end in a slash. */
function directoryUri(folder: string): string {
    const url = pathToFileURL(folder).href;
    return url.endsWith('/') ? url : `${url}/`;
}

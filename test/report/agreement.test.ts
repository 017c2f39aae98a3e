/**
 * `sts report` and `sts check` agree, for every shipped example and every model of the
 * findings benchmark: the report's findings are check's findings, and each table that
 * states a finding — single points of failure, automation candidates, open feedback
 * loops, people using a tool untrained — says exactly what the checks say.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { collectFindings } from '../../src/report/findings.js';
import { renderMarkdown } from '../../src/report/render-markdown.js';
import { reportDocument } from '../../src/report/report-document.js';
import { buildReport } from '../../src/report/report-model.js';
import { buildWorkspace } from '../helpers/workspace.js';

const root = fileURLToPath(new URL('../../', import.meta.url));

function stsFiles(folder: string): string[] {
    return readdirSync(folder).sort().flatMap(name => {
        const path = join(folder, name);
        return statSync(path).isDirectory() ? stsFiles(path) : name.endsWith('.sts') ? [path] : [];
    });
}

const models = [...stsFiles(join(root, 'examples')), ...stsFiles(join(root, 'eval'))].map(path => relative(root, path));

describe('sts report agrees with sts check', () => {
    it.each(models)('%s', async model => {
        const { services, documents } = await buildWorkspace({ [model.replace(/\//g, '_')]: readFileSync(join(root, model), 'utf8') });
        const list = [...documents.values()];
        const checked = collectFindings(services.Sts, list, '/workspace');
        const [system] = buildReport(services.Sts, list, checked, '/workspace');
        const key = (finding: { rule: string; line: number; message: string }) => `${finding.rule}@${finding.line}: ${finding.message}`;
        const checkFindings = checked.findings.map(key).sort();

        // every finding once, in its area and in the action list
        expect(system!.areas.flatMap(area => area.findings).map(key).sort()).toEqual(checkFindings);
        expect(system!.actions.flatMap(person => person.findings).map(key).sort()).toEqual(checkFindings);
        for (const severity of ['error', 'warning', 'info', 'hint'] as const) {
            expect(system!.counts[severity]).toBe(checked.findings.filter(finding => finding.severity === severity).length);
        }
        // the tables say what the checks say
        const of = (rule: string) => checked.findings.filter(finding => finding.rule === rule);
        expect(system!.singlePoints.map(point => point.message).sort()).toEqual(of('single-point-of-failure').map(finding => finding.message).sort());
        expect(system!.automation.map(row => row.task).sort()).toEqual(of('automation-candidate').map(finding => String(finding.data?.['task'])).sort());
        expect(system!.feedback.filter(row => !row.closed).map(row => row.process).sort()).toEqual(of('missing-feedback-loop').map(finding => String(finding.data?.['process'])).sort());
        const untrainedCells = system!.training.rows.flatMap(row => row.cells.flatMap((cell, column) => cell === 'uses-untrained' ? [`${row.actor}/${system!.training.tools[column]}`] : []));
        const silenced = checked.suppressed.filter(finding => finding.rule === 'untrained-user').length;
        const untrainedFindings = of('untrained-user').map(finding => `${String(finding.data?.['actor'])}/${String(finding.data?.['tool'])}`);
        if (silenced === 0) expect(untrainedCells.sort()).toEqual(untrainedFindings.sort());
        else expect(untrainedCells).toEqual(expect.arrayContaining(untrainedFindings));

        // a report sent by e-mail has no links to files on this machine
        expect(renderMarkdown(reportDocument([system!]))).not.toContain('file://');
    });
});

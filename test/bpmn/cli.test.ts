/**
 * The commands as a user runs them: `sts import bpmn` of every reference
 * model, then `sts check` of the result (no syntax error, no unresolved
 * name), then `sts export bpmn` of it, read back by bpmn-moddle.
 */
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { BpmnModdle } from 'bpmn-moddle';
import { describe, expect, it } from 'vitest';
import { folderWith, runCli } from '../cli/run-cli.js';
import { importFile, MIWG, referenceModels } from './bpmn-helpers.js';

interface CheckJson { findings: Array<{ rule: string; severity: string; message: string }> }

describe('sts import bpmn, sts check, sts export bpmn', { timeout: 120_000 }, () => {
    it('imports the reference models to files sts check reads without syntax errors or unresolved names', async () => {
        const folder = folderWith({});
        const models = referenceModels();
        for (const file of models) copyFileSync(path.join(MIWG, file), path.join(folder, file));
        // several maps make one model (checked on its own: it names the same system as A.1.0.sts)
        const imported = await runCli(['import', 'bpmn', ...models.map(file => path.join(folder, file)), '-o', 'all.sts'], folderWith({}));
        expect(imported.stderr).toMatch(/sts: warning: \d+ things in the map are not expressed; listed at the top of all\.sts/);
        expect(imported.status).toBe(0);
        // each map on its own (imported in-process: a Node start per file is slow on a loaded machine), then one sts check of them all
        for (const file of models) writeFileSync(path.join(folder, file.replace(/\.bpmn$/, '.sts')), (await importFile(file)).text);
        const check = await runCli(['check', '.', '--format', 'json'], folder);
        const findings = (JSON.parse(check.stdout) as CheckJson).findings;
        expect(findings.filter(finding => finding.rule === 'unresolved-reference' || finding.rule === 'duplicate-name' || /syntax|parse|expecting/i.test(finding.rule + finding.message))).toEqual([]);
        // the findings a map should show: the service task's engine has nobody responsible, no feedback comes back
        expect(findings.some(finding => finding.rule === 'missing-feedback-loop')).toBe(true);
        expect(findings.some(finding => finding.rule === 'tool-without-owner')).toBe(true);
    });

    it('exports a model as BPMN that bpmn-moddle reads without warnings', async () => {
        const folder = folderWith({});
        copyFileSync(path.join(MIWG, 'C.1.0.bpmn'), path.join(folder, 'C.1.0.bpmn'));
        expect((await runCli(['import', 'bpmn', 'C.1.0.bpmn', '-o', 'invoice.sts'], folder)).status).toBe(0);
        const exported = await runCli(['export', 'bpmn', 'invoice.sts', '-o', 'invoice.bpmn'], folder);
        expect(exported.stderr).toBe('');
        expect(exported.status).toBe(0);
        const read = await new BpmnModdle().fromXML(readFileSync(path.join(folder, 'invoice.bpmn'), 'utf8'));
        expect(read.warnings).toEqual([]);
        const refused = await runCli(['export', 'bpmn', 'invoice.sts', '-o', 'invoice.sts'], folder);
        expect(refused.status).toBe(2);
    });
});

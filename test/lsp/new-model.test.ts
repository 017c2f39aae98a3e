import { describe, expect, it } from 'vitest';
import { NEW_MODEL_TEMPLATE } from '../../src/extension/new-model-template.js';
import { formatText } from '../../src/lsp/formatter.js';
import { buildWorkspace, check } from '../helpers/workspace.js';

describe('the STS: New Model template', () => {
    it('parses and passes every check, hints included', async () => {
        const findings = await check(NEW_MODEL_TEMPLATE);
        expect(findings.map(finding => `${finding.rule}@${finding.line}: ${finding.message}`)).toEqual([]);
    });

    it('is already in the canonical layout', async () => {
        const { services, documents } = await buildWorkspace({ 'new.sts': NEW_MODEL_TEMPLATE });
        expect(formatText(documents.get('new.sts')!, services.Sts)).toBe(NEW_MODEL_TEMPLATE);
    });

    it('shows every kind of element', () => {
        for (const keyword of ['system', 'actor', 'tool', 'task', 'process', 'feedback', 'metric', '->', 'trained on', 'owner']) {
            expect(NEW_MODEL_TEMPLATE).toContain(keyword);
        }
    });
});

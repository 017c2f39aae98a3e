import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildWorkspace } from '../helpers/workspace.js';

interface Snippet { prefix: string; body: string[]; description: string }
const snippets = JSON.parse(readFileSync(new URL('../../snippets/sts.json', import.meta.url), 'utf8')) as Record<string, Snippet>;

/** What the snippet inserts when every placeholder keeps its default. */
function plain(snippet: Snippet): string {
    return snippet.body.join('\n').replace(/\$\{\d+:([^}]*)\}/g, '$1').replace(/\$\{\d+\|([^,|]*)[^}]*\}/g, '$1').replace(/\$\d+/g, '');
}

describe('snippets', () => {
    it('exist for every block, each with a description', () => {
        const prefixes = Object.values(snippets).map(snippet => snippet.prefix);
        expect(prefixes).toEqual(expect.arrayContaining(['system', 'actor', 'tool', 'task', 'process', 'feedback', 'metric', '->']));
        for (const snippet of Object.values(snippets)) expect(snippet.description.length).toBeGreaterThan(10);
    });

    it('insert text that parses, with its defaults', async () => {
        const blocks = Object.values(snippets).filter(snippet => snippet.prefix !== '->' && snippet.prefix !== 'system');
        const text = [plain(snippets['System']!), ...blocks.map(plain)].join('\n');
        const { documents } = await buildWorkspace({ 'snippets.sts': text });
        const result = documents.get('snippets.sts')!.parseResult;
        expect(result.lexerErrors).toEqual([]);
        expect(result.parserErrors).toEqual([]);
        const handoff = `task A\ntask B\ntool T\nprocess P {\n  ${plain(snippets['Handoff']!).replace('FromTask', 'A').replace('ToTask', 'B').replace('Tool', 'T')}\n}\n`;
        const { documents: flows } = await buildWorkspace({ 'flow.sts': handoff });
        expect(flows.get('flow.sts')!.parseResult.parserErrors).toEqual([]);
    });
});

/**
 * The diagram page is untrusted: a `reveal` may only open a document of the
 * system the panel shows, and what does not fit is dropped and logged once.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DroppedMessages, parseWebviewMessage, revealableUris, type DiagramModelResult } from '../../src/protocol/diagram-protocol.js';

const range = { start: { line: 1, character: 0 }, end: { line: 1, character: 5 } };
const shown = 'file:///work/shop/main.sts';
const result: DiagramModelResult = {
    kind: 'model',
    model: {
        system: 'Shop', nodes: [
            { id: 'actor:Owner', kind: 'actor', name: 'Owner', label: 'Owner', findings: [], source: { uri: 'file:///work/shop/people.sts', range } },
            { id: 'task:Sell', kind: 'task', name: 'Sell', label: 'Sell', findings: [], source: { uri: shown, range } }
        ] as never,
        edges: [{ id: 'owns:Owner->Sell', kind: 'owns', from: 'actor:Owner', to: 'task:Sell', findings: [], source: { uri: 'file:///work/shop/work.sts', range } }] as never,
        unplacedFindings: []
    }
};

describe('reveal from the diagram page', () => {
    it('may open the files of the system shown, and no other document of any scheme', () => {
        const allowed = revealableUris(shown, result);
        expect([...allowed].sort()).toEqual(['file:///work/shop/main.sts', 'file:///work/shop/people.sts', 'file:///work/shop/work.sts']);
        for (const elsewhere of ['file:///etc/other.sts', 'vscode-vfs://github/evil/repo/x.sts', 'untitled:Untitled-9.sts', 'https://example.com/a.sts']) {
            const message = parseWebviewMessage({ type: 'reveal', location: { uri: elsewhere, range } });
            expect(message, elsewhere).toBeDefined();   // well-formed, so the scope check is what stops it
            expect(allowed.has(elsewhere), elsewhere).toBe(false);
        }
        expect([...revealableUris(shown, { kind: 'failure', message: 'x' })]).toEqual([shown]);
    });

    it('is checked where messages arrive, and dropped messages are logged once per kind', () => {
        const panel = readFileSync(new URL('../../src/extension/diagram/diagram-panel.ts', import.meta.url), 'utf8');
        expect(panel).toMatch(/this\.revealable = revealableUris\(/);
        expect(panel).toMatch(/if \(!this\.revealable\.has\(location\.uri\)/);
        const lines: string[] = [];
        const dropped = new DroppedMessages(line => lines.push(line));
        dropped.drop('malformed', "type 'x'");
        dropped.drop('malformed', "type 'y'");
        dropped.drop('reveal-outside-system', 'a reveal');
        expect(lines).toHaveLength(2);
        expect(lines[0]).toMatch(/^sts diagram: dropped a message from the diagram page \(type 'x'\)/);
    });
});

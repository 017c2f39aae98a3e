import { describe, expect, it } from 'vitest';
import { MAX_EXPORT_CHARS, parseWebviewMessage } from '../../src/protocol/diagram-protocol.js';

const range = { start: { line: 3, character: 0 }, end: { line: 5, character: 1 } };

describe('messages from the diagram webview are checked before use', () => {
    it('accepts each message the page sends, copying only the known fields', () => {
        expect(parseWebviewMessage({ type: 'ready' })).toEqual({ type: 'ready' });
        expect(parseWebviewMessage({ type: 'requestModel', requestId: 7, extra: 'dropped' })).toEqual({ type: 'requestModel', requestId: 7 });
        expect(parseWebviewMessage({ type: 'reveal', location: { uri: 'file:///w/rosa.sts', range, more: 1 } }))
            .toEqual({ type: 'reveal', location: { uri: 'file:///w/rosa.sts', range } });
        expect(parseWebviewMessage({ type: 'reveal', location: { uri: 'untitled:Untitled-1', range } })).toBeDefined();
        expect(parseWebviewMessage({ type: 'setFollow', follow: false })).toEqual({ type: 'setFollow', follow: false });
        expect(parseWebviewMessage({ type: 'exported', requestId: 1, format: 'svg', data: '<svg xmlns="http://www.w3.org/2000/svg"/>' })).toBeDefined();
        expect(parseWebviewMessage({ type: 'exported', requestId: 1, format: 'png', data: 'iVBORw0KGgo=' })).toBeDefined();
        expect(parseWebviewMessage({ type: 'exportFailed', requestId: 2, message: 'no diagram' })).toEqual({ type: 'exportFailed', requestId: 2, message: 'no diagram' });
    });

    it('refuses anything that is not an object with a known type', () => {
        for (const value of [undefined, null, 42, 'ready', [], {}, { type: 'runCommand', command: 'workbench.action.quit' }, { type: 'READY' }]) {
            expect(parseWebviewMessage(value)).toBeUndefined();
        }
    });

    it('refuses a reveal whose location is malformed', () => {
        const bad = [
            { uri: 'file:///w/rosa.sts' },
            { uri: '', range },
            { uri: 'no scheme here', range },
            { uri: 42, range },
            { uri: 'file:///w/rosa.sts', range: { start: { line: -1, character: 0 }, end: { line: 1, character: 0 } } },
            { uri: 'file:///w/rosa.sts', range: { start: { line: 1.5, character: 0 }, end: { line: 2, character: 0 } } },
            { uri: 'file:///w/rosa.sts', range: { start: { line: 4, character: 0 }, end: { line: 2, character: 0 } } },
            { uri: 'file:///w/rosa.sts', range: { start: { line: '1', character: 0 }, end: { line: 2, character: 0 } } }
        ];
        for (const location of bad) expect(parseWebviewMessage({ type: 'reveal', location })).toBeUndefined();
    });

    it('refuses request ids that are not non-negative integers and follow flags that are not booleans', () => {
        for (const requestId of [-1, 1.5, '1', Number.NaN, Number.MAX_SAFE_INTEGER + 2]) {
            expect(parseWebviewMessage({ type: 'requestModel', requestId })).toBeUndefined();
        }
        expect(parseWebviewMessage({ type: 'setFollow', follow: 'yes' })).toBeUndefined();
    });

    it('refuses exports that are not what their format says, or too large', () => {
        expect(parseWebviewMessage({ type: 'exported', requestId: 1, format: 'pdf', data: '%PDF' })).toBeUndefined();
        expect(parseWebviewMessage({ type: 'exported', requestId: 1, format: 'png', data: 'not base64!' })).toBeUndefined();
        expect(parseWebviewMessage({ type: 'exported', requestId: 1, format: 'svg', data: '<script>alert(1)</script>' })).toBeUndefined();
        expect(parseWebviewMessage({ type: 'exported', requestId: 1, format: 'png', data: 'A'.repeat(MAX_EXPORT_CHARS + 4) })).toBeUndefined();
    });
});

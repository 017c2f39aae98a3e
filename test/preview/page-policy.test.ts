import { describe, expect, it } from 'vitest';
import { diagramPageHtml } from '../../src/extension/diagram/diagram-html.js';

const resources = {
    cspSource: 'https://file+.vscode-resource.vscode-cdn.net',
    scriptUri: 'https://file+.vscode-resource.vscode-cdn.net/ext/dist/media/webview.js',
    styleUri: 'https://file+.vscode-resource.vscode-cdn.net/ext/media/diagram.css',
    layoutWorkerUri: 'https://file+.vscode-resource.vscode-cdn.net/ext/dist/media/elk-worker.js'
};

function policyOf(html: string): Map<string, string> {
    const content = /http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html)?.[1] ?? '';
    return new Map(content.split(';').map(part => part.trim()).filter(Boolean).map(part => {
        const [name, ...values] = part.split(/\s+/);
        return [name!, values.join(' ')];
    }));
}

describe('the diagram page’s content security policy', () => {
    it('allows nothing by default, scripts only with the page’s nonce, styles only from the extension’s media', () => {
        const html = diagramPageHtml(resources);
        const policy = policyOf(html);
        expect(policy.get('default-src')).toBe("'none'");
        expect(policy.get('style-src')).toBe(resources.cspSource);
        expect(policy.get('worker-src')).toBe('blob:');
        expect(policy.get('connect-src')).toBe(resources.cspSource);
        expect(policy.get('img-src')).toBe('data:');
        expect([...policy.keys()].sort()).toEqual(['connect-src', 'default-src', 'img-src', 'script-src', 'style-src', 'worker-src']);
        const nonce = /^'nonce-([A-Za-z0-9+/=]{24})'$/.exec(policy.get('script-src') ?? '')?.[1];
        expect(nonce).toBeDefined();
        expect(html).toContain(`<script nonce="${nonce}" src="${resources.scriptUri}">`);
        expect(html).not.toMatch(/unsafe-inline|unsafe-eval|https?:\/\/(?!file\+\.vscode-resource)/);
        // One script, no inline code.
        expect(html.match(/<script/g)).toHaveLength(1);
    });

    it('uses a fresh nonce for every page', () => {
        const nonces = new Set(Array.from({ length: 20 }, () => policyOf(diagramPageHtml(resources)).get('script-src')));
        expect(nonces.size).toBe(20);
    });

    it('keeps a resource address inside its attribute even when it holds quotes or angle brackets', () => {
        const html = diagramPageHtml({ ...resources, layoutWorkerUri: 'https://x/"><script>alert(1)</script>' });
        expect(html).toContain('data-layout-worker="https://x/&quot;>&lt;script>alert(1)&lt;/script>"');
        expect(html.match(/<script/g)).toHaveLength(1);
    });
});

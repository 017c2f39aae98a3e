/**
 * The extension says honestly what it does in Restricted Mode and in virtual
 * workspaces (package.json `capabilities`), and the code keeps that promise.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const manifest = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
    capabilities?: Record<string, { supported?: unknown; description?: string }>;
};
const assistant = readFileSync(new URL('../../src/extension/assistant-tools.ts', import.meta.url), 'utf8');
const configFile = readFileSync(new URL('../../src/config/config-file.ts', import.meta.url), 'utf8');

describe('the extension capabilities', () => {
    it('declares limited support of untrusted and virtual workspaces, saying what is limited', () => {
        const { untrustedWorkspaces, virtualWorkspaces } = manifest.capabilities ?? {};
        expect(untrustedWorkspaces?.supported).toBe('limited');
        expect(untrustedWorkspaces?.description).toMatch(/MCP server .* only once the workspace is trusted/);
        expect(virtualWorkspaces?.supported).toBe('limited');
        expect(virtualWorkspaces?.description).toMatch(/names resolve only across the files that are open/);
    });

    it('keeps the promise: no MCP server until the workspace is trusted; the configuration names presets only', () => {
        expect(assistant).toMatch(/vscode\.workspace\.isTrusted \? /);
        expect(assistant).toContain('onDidGrantWorkspaceTrust');
        // `extends` accepts preset names only (sts:recommended, sts:all), never a path
        expect(configFile).toMatch(/"extends" takes a preset name or a list of them/);
    });
});

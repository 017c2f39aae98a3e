/**
 * The language server's side of configuration: a changed sts.config.json or a
 * changed `sts.rules` editor setting takes effect without a restart.
 */
import { FileChangeType } from 'vscode-languageserver';
import { URI } from 'langium';
import { describe, expect, it } from 'vitest';
import { ConfigReloader } from '../../src/config/config-reloader.js';
import { ConfigWorkspace } from './config-workspace.js';

const shop = `system Shop
actor Owner { trained on Till }
actor Clerk
tool Till { kind software  owner Owner }
task Sell { owner Clerk  uses Till }
`;

async function serverLike() {
    const workspace = new ConfigWorkspace().write('/project/shop.sts', shop);
    const { shared, Sts } = workspace.services;
    const reloader = new ConfigReloader(shared, Sts);
    await shared.workspace.WorkspaceManager.initializeWorkspace([]);
    await workspace.build();
    return { workspace, reloader, shared };
}

describe('reloading the rule settings in the language server', () => {
    it('applies a created, changed and broken sts.config.json as soon as the client reports it', async () => {
        const { workspace, reloader, shared } = await serverLike();
        const config = URI.file('/project/sts.config.json').toString();
        expect(workspace.severities('/project/shop.sts')['untrained-user']).toBe('warning');

        workspace.write('/project/sts.config.json', '{ "rules": { "untrained-user": "error" } }');
        shared.lsp.DocumentUpdateHandler.didChangeWatchedFiles!({ changes: [{ uri: config, type: FileChangeType.Created }] });
        await reloader.settled;
        expect(workspace.severities('/project/shop.sts')['untrained-user']).toBe('error');

        workspace.write('/project/sts.config.json', '{ "rules": { "untrained-user": "off" } }');
        shared.lsp.DocumentUpdateHandler.didChangeWatchedFiles!({ changes: [{ uri: config, type: FileChangeType.Changed }] });
        await reloader.settled;
        expect(workspace.findings('/project/shop.sts').filter(finding => finding.startsWith('untrained-user'))).toEqual([]);

        workspace.write('/project/sts.config.json', '{ "rules": ');
        shared.lsp.DocumentUpdateHandler.didChangeWatchedFiles!({ changes: [{ uri: config, type: FileChangeType.Changed }] });
        await reloader.settled;
        expect(workspace.severities('/project/shop.sts')['untrained-user']).toBe('warning');
        const problems = workspace.services.Sts.config.RuleSettings.loaded().flatMap(file => file.problems);
        expect(problems).toHaveLength(1);
    });

    it('applies the editor’s sts.rules setting over the file, and drops entries it cannot use', async () => {
        const { workspace, reloader, shared } = await serverLike();
        shared.workspace.ConfigurationProvider.updateConfiguration({ settings: { sts: { rules: { 'untrained-user': 'info', 'no-such-rule': 'error', 'unowned-task': 'loud' } } } });
        await reloader.settled;
        expect(workspace.severities('/project/shop.sts')['untrained-user']).toBe('info');
        shared.workspace.ConfigurationProvider.updateConfiguration({ settings: { sts: { rules: {} } } });
        await reloader.settled;
        expect(workspace.severities('/project/shop.sts')['untrained-user']).toBe('warning');
    });
});

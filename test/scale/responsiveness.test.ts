/**
 * What keeps a large workspace responsive in the editor: fast typing never
 * queues stale builds (each change cancels the build of the one before), and
 * the first indexing never walks folders that cannot hold a model.
 */
import { DocumentState, URI } from 'langium';
import { describe, expect, it } from 'vitest';
import { BenchWorkspace, uriOf } from '../../bench/bench-workspace.js';
import { applyOwnerEdit, generateWorkspace } from '../../bench/generate-workspace.js';
import { MemoryFileSystem } from '../../bench/memory-file-system.js';
import { createStsServices } from '../../src/services/sts-services.js';
import { StsWorkspaceManager } from '../../src/workspace/sts-workspace-manager.js';

describe('typing in a large file', () => {
    it('validates only the latest text: the builds of earlier keystrokes are cancelled, not queued', { timeout: 120_000 }, async () => {
        const generated = generateWorkspace({ elements: 2000, files: 1 });
        const workspace = new BenchWorkspace(generated.files);
        await workspace.build();
        const { file, task } = generated.edit;
        const uri = uriOf(file);
        const builder = workspace.shared.workspace.DocumentBuilder;
        const lock = workspace.shared.workspace.WorkspaceLock;
        const validated: string[] = [];
        builder.onDocumentPhase(DocumentState.Validated, document => { validated.push(document.textDocument.getText()); });

        // Three keystrokes in quick succession, each handed to the builder the way the language server does.
        const original = generated.files[file]!;
        const keystrokes = ['D', 'Do', 'Don'].map(typed => original.replace(`task ${task} `, `task ${task}${typed} `));
        const builds = keystrokes.map(text => {
            workspace.fileSystem.write(uri, text);
            return lock.write(token => builder.update([uri], [], token));
        });
        await Promise.allSettled(builds);
        await lock.read(async () => undefined);

        expect(validated).toEqual([keystrokes[2]]);
        expect(workspace.document(file).textDocument.getText()).toBe(keystrokes[2]);
        expect(workspace.document(file).parseResult.value.elements.some(element => element.name === `${task}Don`)).toBe(true);
    });

    it('shows the findings of the latest text after the cancelled builds', { timeout: 120_000 }, async () => {
        const generated = generateWorkspace({ elements: 2000, files: 1 });
        const workspace = new BenchWorkspace(generated.files);
        await workspace.build();
        const { file } = generated.edit;
        // the edit hands a task to a customer: one more task nobody of the business answers for (docs/people.md)
        const unowned = () => (workspace.document(file).diagnostics ?? []).filter(diagnostic => diagnostic.code === 'unowned-task').length;
        const before = unowned();
        const lock = workspace.shared.workspace.WorkspaceLock;
        const builder = workspace.shared.workspace.DocumentBuilder;
        const edited = applyOwnerEdit(generated.files[file]!, generated.edit, generated.edit.otherOwner);
        workspace.fileSystem.write(uriOf(file), generated.files[file]! + '\n// typing');
        const first = lock.write(token => builder.update([uriOf(file)], [], token));
        workspace.fileSystem.write(uriOf(file), edited);
        const second = lock.write(token => builder.update([uriOf(file)], [], token));
        await Promise.allSettled([first, second]);
        expect(unowned()).toBe(before + 1);
    });
});

describe('indexing a workspace folder', () => {
    it('loads the models and never reads node_modules, .git or build output', async () => {
        const fileSystem = new MemoryFileSystem();
        const model = 'system Shop\nactor Owner\n';
        for (const path of ['a.sts', 'models/b.sts', 'node_modules/pkg/c.sts', '.git/d.sts', 'dist/e.sts', 'out/f.sts']) {
            fileSystem.write(URI.parse(`file:///ws/${path}`), model);
        }
        const { shared } = createStsServices({ fileSystemProvider: () => fileSystem });
        const manager = shared.workspace.WorkspaceManager as StsWorkspaceManager;
        await manager.initializeWorkspace([{ name: 'ws', uri: 'file:///ws' }]);
        const loaded = shared.workspace.LangiumDocuments.all.map(document => document.uri.path).toArray().sort();
        expect(loaded).toEqual(['/ws/a.sts', '/ws/models/b.sts']);
        expect(manager.foldersRead).toBe(2);
    });
});

/**
 * Finds the .sts files of the workspace folders at start-up. Folders that hold
 * dependencies, build output or tool state never hold a model, and walking
 * them (a `node_modules` of 100,000 files) would delay the first findings, so
 * they are skipped — as are hidden folders such as `.git`.
 */
import type { FileSystemNode, URI } from 'langium';
import { DefaultWorkspaceManager, UriUtils } from 'langium';

/** Folders never searched for models. */
export const SKIPPED_FOLDERS: ReadonlySet<string> = new Set(['node_modules', 'bower_components', 'out', 'dist', 'coverage']);

export class StsWorkspaceManager extends DefaultWorkspaceManager {
    /** Counts the folders read, for the tests. */
    foldersRead = 0;

    override shouldIncludeEntry(entry: FileSystemNode): boolean {
        const name = UriUtils.basename(entry.uri);
        if (entry.isDirectory && (name.startsWith('.') || SKIPPED_FOLDERS.has(name))) return false;
        return super.shouldIncludeEntry(entry);
    }

    protected override async traverseFolder(folderPath: URI, uris: URI[]): Promise<void> {
        this.foldersRead++;
        return super.traverseFolder(folderPath, uris);
    }
}

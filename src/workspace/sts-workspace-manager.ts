/**
 * Finds the .sts files of the workspace folders at start-up. Folders that hold
 * dependencies, build output or tool state never hold a model, and walking
 * them (a `node_modules` of 100,000 files) would delay the first findings, so
 * they are skipped — as are hidden folders such as `.git`.
 */
import type { FileSystemNode, URI } from 'langium';
import { DefaultWorkspaceManager, UriUtils } from 'langium';

/** Folders never searched for models. */
const SKIPPED_FOLDERS: ReadonlySet<string> = new Set(['node_modules', 'bower_components', 'out', 'dist', 'coverage']);

/** True for a folder neither the editor nor the command line searches for models when given a parent folder. */
export function isSkippedFolder(name: string): boolean {
    return name.startsWith('.') || SKIPPED_FOLDERS.has(name);
}

export class StsWorkspaceManager extends DefaultWorkspaceManager {
    /** Counts the folders read, for the tests. */
    foldersRead = 0;

    override shouldIncludeEntry(entry: FileSystemNode): boolean {
        const name = UriUtils.basename(entry.uri);
        if (entry.isDirectory && isSkippedFolder(name)) return false;
        return super.shouldIncludeEntry(entry);
    }

    protected override async traverseFolder(folderPath: URI, uris: URI[]): Promise<void> {
        this.foldersRead++;
        return super.traverseFolder(folderPath, uris);
    }
}

/**
 * Langium's index of exported names, giving out each file's list as it is: a
 * new list means the file was indexed again, which is how the symbol tables
 * (sts-scope.ts) tell the files that changed from those that did not.
 */
import type { AstNodeDescription } from 'langium';
import { DefaultIndexManager } from 'langium';

export class StsIndexManager extends DefaultIndexManager {
    /** The names the file exports, as indexed last; the same list until the file is indexed again. */
    exportsOf(uri: string): readonly AstNodeDescription[] {
        return this.symbolIndex.get(uri) ?? [];
    }
}

export interface SystemPiece { readonly name: string; readonly debian: string; readonly present?: () => boolean }
/** The pieces code-server still needs on this machine (none once it is installed in the cache). */
export declare function missingPieces(): SystemPiece[];
/** One line naming what is missing and the apt-get command that installs it; undefined when nothing is. */
export declare function missingMessage(task: string, pieces?: readonly SystemPiece[]): string | undefined;

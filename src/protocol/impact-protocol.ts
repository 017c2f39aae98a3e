/**
 * The editor's "Compare Impact with HEAD": the extension asks the language
 * server to compare a saved .sts file or a folder with the same path at a git
 * revision; the server answers with the report as `sts impact --format html` writes
 * it (the list, then the diagrams with every change marked) and as Markdown (for a
 * pull request), or a one-line reason it could not.
 */
export const IMPACT_REQUEST = 'sts/impact';

export interface ImpactRequestParams {
    /** a file or folder on disk (an fs path) */
    readonly path: string;
    /** a git revision: `HEAD`, a branch, a commit */
    readonly revision: string;
}

export type ImpactResponse =
    | { readonly markdown: string; readonly html: string; readonly items: number }
    | { readonly error: string };

/**
 * The editor's "Compare Impact with HEAD": the extension asks the language
 * server to compare a saved .sts file or a folder with the same path at a git
 * revision; the server answers with the Markdown report `sts impact --format md`
 * prints, or a one-line reason it could not.
 */
export const IMPACT_REQUEST = 'sts/impact';

export interface ImpactRequestParams {
    /** a file or folder on disk (an fs path) */
    readonly path: string;
    /** a git revision: `HEAD`, a branch, a commit */
    readonly revision: string;
}

export type ImpactResponse =
    | { readonly markdown: string; readonly items: number }
    | { readonly error: string };

/**
 * The language server's side of "Compare Impact with HEAD": compares the saved
 * files under a path with the same path at a git revision, with the same code
 * as `sts impact --since REV PATH --format html` (and `md`), in workspaces of its
 * own (the editor's open documents are not touched).
 */
import { statSync } from 'node:fs';
import * as path from 'node:path';
import type { Connection } from 'vscode-languageserver';
import { CliError } from '../services/cli-error.js';
import { IMPACT_REQUEST, type ImpactRequestParams, type ImpactResponse } from '../protocol/impact-protocol.js';
import { impactMarkdown } from './format-impact.js';
import { compareModelStates } from './compare-model-states.js';
import { stateAtRevision, stateFromPaths } from './sides.js';

export function registerImpactService(connection: Connection): void {
    connection.onRequest(IMPACT_REQUEST, (params: ImpactRequestParams) => impactAgainstRevision(params));
}

export async function impactAgainstRevision(params: ImpactRequestParams): Promise<ImpactResponse> {
    if (typeof params?.path !== 'string' || typeof params.revision !== 'string') return { error: 'The request needs a path and a revision.' };
    try {
        const target = path.resolve(params.path);
        const folder = statSync(target).isDirectory() ? target : path.dirname(target);
        const before = stateAtRevision(params.revision, [target], folder);
        const after = { ...stateFromPaths([target]), label: `${path.basename(target)} (saved)` };
        const { report, names, diagram } = await compareModelStates({ ...before, label: `${path.basename(target)} at ${params.revision}` }, after);
        const html = await (await import('./impact-html.js')).impactHtml(report, names, diagram);
        return { markdown: impactMarkdown(report, names), html, items: report.items.length };
    } catch (error) {
        if (error instanceof CliError) return { error: error.sentence() };
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { error: `${params.path}: no such file or folder.` };
        return { error: error instanceof Error ? error.message : String(error) };
    }
}

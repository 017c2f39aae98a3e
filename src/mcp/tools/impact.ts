/**
 * `impact`: what a change to the business does to its people, before it is made —
 * the comparison `sts impact` prints, by the same code (compareModelStates), for
 * the three ways of naming the two states: `before` and `after` (two files or
 * folders), `since` a git revision (the files then and as they are now), or a
 * model whose `planned` and `retiring` elements carry the change. "As they are
 * now" is the workspace the other tools answer from: in the editor, unsaved
 * edits included.
 */
import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { CliError } from '../../services/cli-error.js';
import { impactText } from '../../impact/format-impact.js';
import { compareModelStates } from '../../impact/compare-model-states.js';
import { plannedStates } from '../../impact/planned-states.js';
import { stateAtRevision, stateFromPaths, type ModelState } from '../../impact/sides.js';
import { objectSchema } from '../arguments.js';
import { isUnder, type ModelAccess } from '../model-access.js';
import { ToolError, type ToolDefinition } from '../tool.js';

export const impactTool: ToolDefinition = {
    name: 'impact',
    title: 'Impact of a change on the people',
    description: 'Compares two states of the business and says, person by person, what the change does to them: work they gain or lose, tools they must be trained on first, '
        + 'findings the change introduces or resolves, single points of failure it creates, re-keying it adds (as sts impact). Name the states by before and after (two files or folders), '
        + 'by since (a git revision: the files then against the workspace now), or give only path for a model whose elements are marked planned or retiring.',
    inputSchema: objectSchema({
        before: { type: 'string', description: 'The business before the change: a .sts file or folder, relative to the workspace folder (or absolute). Goes with after.' },
        after: { type: 'string', description: 'The business after the change: a .sts file or folder. Goes with before.' },
        since: { type: 'string', description: 'A git revision (commit, branch, tag, HEAD~1): compares path as it was then with the workspace now.' },
        path: { type: 'string', description: 'With since, or alone for planned/retiring marks: the .sts file or folder (default: the whole workspace folder).' }
    }),
    readOnly: true,
    async run(args, model) {
        const [before, after] = asked(() => statesOf(args, model));
        const { report, names } = await compareModelStates(before, after).catch((error: unknown) => asked(() => { throw error; }));
        return { text: impactText(report, names), data: report as unknown as Record<string, unknown> };
    }
};

/** The command line's one-line errors (no such revision, an unreadable file) become the tool's. */
function asked<T>(work: () => T): T {
    try {
        return work();
    } catch (error) {
        if (error instanceof CliError) throw new ToolError(error.sentence());
        throw error;
    }
}

/** The two states the arguments name, each labelled as the command line would label it. */
function statesOf(args: Record<string, unknown>, model: ModelAccess): [ModelState, ModelState] {
    const { before, after, since } = args as { before?: string; after?: string; since?: string };
    const given = args['path'] as string | undefined;
    if ((before === undefined) !== (after === undefined)) throw new ToolError(`'before' and 'after' go together: give both, or use 'since' or 'path' instead.`);
    if (before !== undefined && after !== undefined) {
        if (since !== undefined || given !== undefined) throw new ToolError(`Give either 'before' and 'after', or 'since' (with an optional 'path'), not both.`);
        return [savedState(model, before), currentState(model, after)];
    }
    const target = given ?? '.';
    if (since !== undefined) {
        const current = currentState(model, target);
        return [stateAtRevision(since, [existing(model, target)], model.root), { ...current, label: `${target} (working copy)` }];
    }
    const { now, planned, marked } = plannedStates(currentState(model, target));
    if (marked === 0) throw new ToolError(`Nothing under '${target}' is marked planned or retiring. Compare two states with 'before' and 'after', or the workspace with a git revision with 'since'.`);
    return [now, planned];
}

function existing(model: ModelAccess, given: string): string {
    const absolute = path.resolve(model.root, given);
    if (!existsSync(absolute)) throw new ToolError(`There is no file or folder '${given}' under ${model.root}.`);
    return absolute;
}

/** The files under a path as saved on disk (the `before` side: an old copy is not open in any editor). */
function savedState(model: ModelAccess, given: string): ModelState {
    return { ...stateFromPaths([existing(model, given)]), label: given };
}

/** The workspace's documents under a path, as the other tools see them (unsaved edits included); files outside it as saved. */
function currentState(model: ModelAccess, given: string): ModelState {
    const absolute = existing(model, given);
    const texts = model.documents()
        .filter(document => isUnder(document.uri.fsPath, absolute))
        .map(document => ({ file: document.uri.fsPath, text: document.textDocument.getText() }))
        .sort((a, b) => a.file.localeCompare(b.file));
    return texts.length > 0 ? { label: given, texts } : savedState(model, given);
}

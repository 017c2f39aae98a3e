/**
 * Where a rule's documentation page lives, so every diagnostic can link to it
 * (`codeDescription.href`) and SARIF can name it (`helpUri`).
 *
 * When package.json names a repository (`repository.url`, inlined by the
 * bundler), links go to `docs/rules/<id>.md` there. Until it does, they point
 * at the pages shipped beside the bundle (`docs/rules/` is packaged into the
 * .vsix), so a click in the Problems panel opens the real page in the editor,
 * offline — rather than at a web address that does not exist.
 */
import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import manifest from '../../package.json';

export const DOCS_BRANCH = 'main';

/** `https://host/owner/repo` from the forms npm accepts (`git+https://….git`, a plain string); undefined when none. */
export function repositoryWebUrl(repository: unknown): string | undefined {
    const url = typeof repository === 'string' ? repository
        : typeof repository === 'object' && repository !== null && typeof (repository as { url?: unknown }).url === 'string'
            ? (repository as { url: string }).url : undefined;
    if (!url) return undefined;
    return url.replace(/^git\+/, '').replace(/^git:\/\//, 'https://').replace(/\.git$/, '').replace(/\/+$/, '');
}

export const REPOSITORY: string | undefined = repositoryWebUrl((manifest as { repository?: unknown }).repository);

/** The folder of the shipped rule pages: the nearest `docs/rules` above this module (the bundle in dist/, or the source). */
function shippedDocsFolder(): string {
    let folder = path.dirname(fileURLToPath(import.meta.url));
    for (let depth = 0; depth < 4; depth++) {
        const candidate = path.join(folder, 'docs', 'rules');
        if (existsSync(candidate)) return candidate;
        folder = path.dirname(folder);
    }
    return path.resolve('docs', 'rules');
}

const docsBase = REPOSITORY ? `${REPOSITORY}/blob/${DOCS_BRANCH}/docs/rules/` : pathToFileURL(shippedDocsFolder() + path.sep).href;

/** The link to the rule's page: `docs/rules/<id>.md` in the repository, or the page shipped with sts. */
export function ruleDocsUrl(ruleId: string): string {
    return `${docsBase}${encodeURIComponent(ruleId)}.md`;
}

/** The tool's version, for reports and SARIF. */
export const STS_VERSION: string = (manifest as { version?: string }).version ?? '0.0.0';

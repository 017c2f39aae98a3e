/**
 * Where a rule's documentation page lives, so every diagnostic can link to it
 * (`codeDescription.href`). The base is read from `repository.url` in
 * package.json at build time (the bundler inlines it): set that one field and
 * every link follows.
 */
import manifest from '../../package.json';

/** Used while package.json names no repository; replace by setting `repository.url`. */
const PLACEHOLDER_REPOSITORY = 'https://github.com/sts-dev/sts';

export const DOCS_BRANCH = 'main';

/** `https://host/owner/repo` from the forms npm accepts (`git+https://…​.git`, a plain string). */
export function repositoryWebUrl(repository: unknown): string {
    const url = typeof repository === 'string' ? repository
        : typeof repository === 'object' && repository !== null && typeof (repository as { url?: unknown }).url === 'string'
            ? (repository as { url: string }).url : undefined;
    if (!url) return PLACEHOLDER_REPOSITORY;
    return url.replace(/^git\+/, '').replace(/^git:\/\//, 'https://').replace(/\.git$/, '').replace(/\/+$/, '');
}

const repository = repositoryWebUrl((manifest as { repository?: unknown }).repository);

/** The stable link to `docs/rules/<id>.md` in the repository. */
export function ruleDocsUrl(ruleId: string): string {
    return `${repository}/blob/${DOCS_BRANCH}/docs/rules/${encodeURIComponent(ruleId)}.md`;
}

/** The tool's version, for reports and SARIF. */
export const STS_VERSION: string = (manifest as { version?: string }).version ?? '0.0.0';

/**
 * The documents shipped with the package that the assistant may read: the rule
 * pages (docs/rules/<id>.md) and the language reference. Found beside the
 * bundle (dist/ → the package folder) or the sources (src/mcp → the repository).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { KEYWORD_DOCS } from '../lsp/keyword-docs.js';

let folder: string | undefined;

/** The package folder: the nearest one above this module that holds docs/rules. */
export function packageFolder(): string {
    if (folder) return folder;
    let candidate = path.dirname(fileURLToPath(import.meta.url));
    for (let depth = 0; depth < 5; depth++) {
        if (existsSync(path.join(candidate, 'docs', 'rules'))) return folder = candidate;
        candidate = path.dirname(candidate);
    }
    return folder = process.cwd();
}

/** The ids that have a rule page. */
export function rulePageIds(): string[] {
    try {
        return readdirSync(path.join(packageFolder(), 'docs', 'rules')).filter(name => name.endsWith('.md') && name !== 'README.md').map(name => name.slice(0, -3)).sort();
    } catch {
        return [];
    }
}

/** The Markdown page of a rule, or undefined when it is not shipped. */
export function rulePage(id: string): string | undefined {
    if (!/^[a-z][a-z0-9-]*$/.test(id)) return undefined;
    try {
        return readFileSync(path.join(packageFolder(), 'docs', 'rules', `${id}.md`), 'utf8');
    } catch {
        return undefined;
    }
}

/**
 * The language reference: the README's "language at a glance" (an annotated
 * example of every construct) and what each keyword means (the text completion shows).
 */
export function languageReference(): string {
    let glance = '';
    try {
        const readme = readFileSync(path.join(packageFolder(), 'README.md'), 'utf8');
        const start = readme.indexOf('## The language at a glance');
        if (start >= 0) {
            const end = readme.indexOf('\n## ', start + 4);
            glance = readme.slice(start, end < 0 ? undefined : end).trim();
        }
    } catch {
        // The keyword table below still says what each word means.
    }
    const keywords = Object.entries(KEYWORD_DOCS).map(([keyword, meaning]) => `| \`${keyword}\` | ${meaning.replace(/\|/g, '\\|')} |`);
    return [
        '# The sts language',
        '',
        'An `.sts` file describes a business as a socio-technical system: actors (people, roles, teams, customers, outside parties, agents), tools, tasks, processes of tasks joined by handoffs, feedback and metrics.',
        '',
        glance.replace(/^## The language at a glance/, '## At a glance'),
        '',
        '## Keywords',
        '',
        '| keyword | meaning |',
        '| --- | --- |',
        ...keywords,
        ''
    ].join('\n');
}

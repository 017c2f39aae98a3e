/** Every finding id a diagnostic can carry links to a page that exists in the repository. */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { catalogue } from '../../src/config/catalogue.js';
import { repositoryWebUrl, ruleDocsUrl } from '../../src/config/rule-docs.js';

const docs = fileURLToPath(new URL('../../docs/rules/', import.meta.url));

describe('rule documentation links', () => {
    it('point at docs/rules/<id>.md, and that page exists for every configurable id', () => {
        const missing = [...catalogue().keys()].filter(id => !existsSync(`${docs}${id}.md`));
        expect(missing).toEqual([]);
        // package.json names no repository yet: the links open the pages shipped with sts
        for (const id of catalogue().keys()) {
            const link = ruleDocsUrl(id);
            expect(link).toMatch(new RegExp(`^file://.*/docs/rules/${id}\\.md$`));
            expect(existsSync(fileURLToPath(link)), link).toBe(true);
        }
    });

    it('take the repository from package.json in the forms npm accepts', () => {
        expect(repositoryWebUrl({ type: 'git', url: 'git+https://github.com/acme/sts.git' })).toBe('https://github.com/acme/sts');
        expect(repositoryWebUrl('https://gitlab.example/acme/sts/')).toBe('https://gitlab.example/acme/sts');
        expect(repositoryWebUrl(undefined)).toBeUndefined();
    });
});

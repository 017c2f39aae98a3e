/**
 * The generated Langium code and TextMate grammar are committed. Regenerating
 * them from language/sts.langium must change nothing, byte for byte, so a
 * grammar edit without `npm run langium:generate` is caught here.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

interface LangiumConfig {
    out: string;
    languages: { grammar: string; textMate?: { out: string } }[];
}

describe('the committed generated code', () => {
    const temp = mkdtempSync(path.join(tmpdir(), 'sts-generate-'));
    afterAll(() => rmSync(temp, { recursive: true, force: true }));

    it('is exactly what langium-cli generates from the grammar', () => {
        const config = JSON.parse(readFileSync(path.join(ROOT, 'langium-config.json'), 'utf8')) as LangiumConfig;
        const committedOut = path.join(ROOT, config.out);
        const committedTextMate = config.languages.map(language => path.join(ROOT, language.textMate!.out));
        // Same configuration, with the grammar read from the repository and every output sent to the temp folder.
        const copy: LangiumConfig = {
            ...config,
            out: path.join(temp, 'generated'),
            languages: config.languages.map((language, position) => ({
                ...language,
                grammar: path.join(ROOT, language.grammar),
                textMate: { out: path.join(temp, `textmate-${position}.json`) }
            }))
        };
        const configFile = path.join(temp, 'langium-config.json');
        writeFileSync(configFile, JSON.stringify(copy, null, 2));

        execFileSync(process.execPath, [
            '--require', path.join(ROOT, 'src/polyfill/object-group-by.cjs'),
            path.join(ROOT, 'node_modules/langium-cli/bin/langium.js'), 'generate', '--file', configFile
        ], { cwd: temp, stdio: 'pipe' });

        const generated = readdirSync(copy.out).sort();
        expect(generated).toEqual(readdirSync(committedOut).filter(name => name.endsWith('.ts')).sort());
        for (const name of generated) {
            expect(readFileSync(path.join(copy.out, name), 'utf8'), `${config.out}/${name}`).toBe(readFileSync(path.join(committedOut, name), 'utf8'));
        }
        committedTextMate.forEach((committed, position) => {
            expect(readFileSync(path.join(temp, `textmate-${position}.json`), 'utf8'), committed).toBe(readFileSync(committed, 'utf8'));
        });
    }, 120_000);
});

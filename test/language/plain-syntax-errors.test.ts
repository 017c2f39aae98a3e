/**
 * The slips a new user makes writing a model by hand get a syntax error in
 * plain words that says what to write instead — at the place of the slip, the
 * same in the editor (the bundled language server's diagnostics) and in
 * `sts check`. And `every weekly` is one syntax error, not also a "repeated
 * attribute".
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Diagnostic } from 'vscode-languageserver/node';
import { pathToFileURL } from 'node:url';
import * as path from 'node:path';
import { LanguageServerSession } from '../helpers/language-server.js';
import { folderWith, runCli } from '../cli/run-cli.js';
import { buildWorkspace } from '../helpers/workspace.js';

const PEOPLE = 'system Cafe\nactor Rosa { trained on POS }\nactor Chef { trained on POS }\ntool POS { owner Rosa }\n';

interface Slip {
    readonly file: string;
    readonly text: string;
    /** 1-based, where the error starts */
    readonly line: number;
    readonly column: number;
    readonly message: string;
}

const SLIPS: readonly Slip[] = [
    {
        file: 'comma-list.sts', text: `${PEOPLE}task TakeOrder {\n  owner Rosa, Chef\n  uses POS\n}\n`, line: 6, column: 13,
        message: "'owner' takes one name, not a list: keep one ('owner Rosa'); the others who do the work go in 'performed by Chef'."
    },
    {
        file: 'one-tool.sts', text: `${PEOPLE}task Pay { owner Rosa  automated by POS, Till }\n`, line: 5, column: 40,
        message: "'automated by' takes one name, not a list: keep one ('automated by POS')."
    },
    {
        file: 'every-weekly.sts', text: `${PEOPLE}process Service { owner Rosa }\nfeedback Reviews {\n  from Chef to Rosa\n  about Service\n  every weekly\n}\n`, line: 9, column: 9,
        message: "'every weekly' says it twice: write 'weekly' or 'every week'."
    },
    {
        file: 'missing-on.sts', text: `${PEOPLE}actor Waiter {\n  trained POS\n}\n`, line: 6, column: 11,
        message: "Write 'trained on POS': 'trained' is followed by 'on'."
    },
    {
        file: 'two-word-name.sts', text: `${PEOPLE}task Take order {\n  owner Rosa\n}\n`, line: 5, column: 11,
        message: 'A name is one word: write \'task TakeOrder "Take order"\' (the name, then in quotes the words people read).'
    },
    {
        file: 'loose-handoff.sts', text: `${PEOPLE}task Cook { owner Chef }\ntask Serve { owner Rosa }\nCook -> Serve\n`, line: 7, column: 1,
        message: "A handoff goes inside a process: 'process Name { Cook -> … }'."
    },
    {
        file: 'unclosed.sts', text: `${PEOPLE}task Cook {\n  owner Chef\n  uses POS\n`, line: 7, column: 11,
        message: "The '{' of task Cook (line 5) is never closed: add '}' after its last attribute."
    },
    {
        file: 'colon.sts', text: `${PEOPLE}task Serve {\n  owner: Rosa\n}\n`, line: 6, column: 8,
        message: "No colon after 'owner': write 'owner Rosa'."
    },
    {
        file: 'comma-between.sts', text: `${PEOPLE}task Cook { owner Chef }\nmetric Speed { review every month, measures Cook }\n`, line: 6, column: 34,
        message: "No comma between attributes: remove the comma before 'measures' (put each attribute on its own line, or leave a space)."
    },
    {
        file: 'keyword-name.sts', text: `${PEOPLE}actor Ann {\n  skills cooking, training\n}\n`, line: 6, column: 19,
        message: "'training' is a word of the language, so it cannot be a name here: choose another word, or write it with a capital ('Training')."
    },
    {
        file: 'arrow.sts', text: `${PEOPLE}task Cook { owner Chef }\ntask Serve { owner Rosa }\nprocess Dinner {\n  owner Rosa\n  Cook → Serve\n}\n`, line: 9, column: 8,
        message: "A handoff arrow is written '->' (a hyphen and a greater-than sign)."
    },
    {
        file: 'words-for-number.sts', text: `${PEOPLE}actor Waiter { count four }\n`, line: 5, column: 22,
        message: "'count' takes a number in digits, like 'count 4'."
    }
];

describe('syntax errors in plain words, in the editor', () => {
    let session: LanguageServerSession;
    beforeAll(async () => {
        session = (await LanguageServerSession.start()).session;
    });
    afterAll(async () => {
        await session.shutdown();
    });

    it.each(SLIPS)('$file', async slip => {
        const diagnostics = await session.open(pathToFileURL(path.join('/tmp/slips', slip.file)).href, slip.text);
        const errors = diagnostics.filter(diagnostic => diagnostic.severity === 1).map(shown);
        expect(errors).toContainEqual({ line: slip.line, column: slip.column, message: slip.message });
        // The first syntax error of the file is the one in plain words, and no "repeated attribute" comes with it.
        expect(errors.find(error => error.code === undefined)).toEqual({ line: slip.line, column: slip.column, message: slip.message, code: undefined });
        expect(errors.filter(error => error.code === 'repeated-attribute')).toEqual([]);
    });
});

describe('syntax errors in plain words, from sts check', () => {
    it('prints each at its file, line and column', async () => {
        const folder = folderWith(Object.fromEntries(SLIPS.map(slip => [slip.file, slip.text])));
        const result = await runCli(['check', '.'], folder);
        expect(result.status).toBe(1);
        for (const slip of SLIPS) {
            expect(result.stdout).toContain(`${slip.file}:${slip.line}:${slip.column} error parse-error ${slip.message}\n`);
        }
        expect(result.stdout).not.toContain('repeated-attribute');
    });
});

/** Half-typed text: the message says what is missing, never something untrue about the next line. */
const TYPING = 'system Shop\nactor Owner\ntask Count { owner Owner }\n';
const HALF_TYPED: readonly { readonly text: string; readonly line: number; readonly message: string }[] = [
    { text: `${TYPING}task Sell { owner \ntask Wrap { owner Owner }\n`, line: 5, message: "'owner' needs a name after it." },
    { text: `${TYPING}task \ntask Wrap { owner Owner }\n`, line: 5, message: "'task' needs a name after it." },
    { text: `${TYPING}metric Speed { measures Count  owner }\n`, line: 4, message: "'owner' needs a name after it." },
    { text: `${TYPING}actor Ann {\n  skills baking\ntask Wrap { owner Owner }\n`, line: 6, message: "The '{' of actor Ann (line 4) is never closed: add '}' after its last attribute." },
    { text: `${TYPING}task Sell "Sell the bread { owner Owner }\n`, line: 4, message: 'This quote is never closed: end the title with another " on the same line.' }
];

describe('syntax errors in plain words, while typing', () => {
    it.each(HALF_TYPED)('$message', async ({ text, line, message }) => {
        const { documents } = await buildWorkspace({ 'typing.sts': text });
        const errors = (documents.get('typing.sts')!.diagnostics ?? []).filter(diagnostic => diagnostic.code === undefined).map(shown);
        expect(errors[0]).toMatchObject({ line, message });
        expect(errors.map(error => error.message)).not.toContainEqual(expect.stringMatching(/is a word of the language|A name is one word/));
    });
});

function shown(diagnostic: Diagnostic): { line: number; column: number; message: string; code?: string } {
    const place = { line: diagnostic.range.start.line + 1, column: diagnostic.range.start.character + 1, message: typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value };
    return diagnostic.code === undefined ? { ...place, code: undefined } : { ...place, code: String(diagnostic.code) };
}

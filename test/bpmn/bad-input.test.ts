/**
 * Bad input to `sts import bpmn`, run as a user runs it: one line on stderr,
 * exit code 2, nothing on stdout, and quickly — never a hang.
 */
import { writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { folderWith, runCli } from '../cli/run-cli.js';

const BOMB = `<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" id="d"><process id="p"><task id="t" name="&lol9;"/></process></definitions>`;

async function importing(file: string, content: string | Buffer): Promise<{ status: number | null; stdout: string; stderr: string; seconds: number }> {
    const folder = folderWith({ [file]: content });
    const started = Date.now();
    const result = await runCli(['import', 'bpmn', file], folder);
    return { ...result, seconds: (Date.now() - started) / 1000 };
}

function expectOneLineError(result: Awaited<ReturnType<typeof importing>>, pattern: RegExp): void {
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(pattern);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    // a hang would never end; a loaded machine (the whole suite at once) can take a while to start Node
    expect(result.seconds).toBeLessThan(45);
}

describe('sts import bpmn on bad input', { timeout: 60_000 }, () => {
    it.concurrent('text that is not XML', async () => {
        expectOneLineError(await importing('notes.bpmn', 'Invoice process: scan, approve, pay.\n'), /^sts: notes\.bpmn: not XML/);
    });

    it.concurrent('XML that is not BPMN', async () => {
        expectOneLineError(await importing('feed.bpmn', '<?xml version="1.0"?><rss version="2.0"><channel><title>x</title></channel></rss>\n'), /^sts: feed\.bpmn: not BPMN 2\.0/);
    });

    it.concurrent('broken XML', async () => {
        expectOneLineError(await importing('cut.bpmn', '<definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"><process id="p"><task id="t">'), /^sts: cut\.bpmn: not well-formed XML/);
    });

    it.concurrent('an XML bomb (entity expansion)', async () => {
        expectOneLineError(await importing('bomb.bpmn', BOMB), /^sts: bomb\.bpmn: .*entit/);
    });

    it.concurrent('a 50 MB file', async () => {
        const folder = folderWith({});
        const big = Buffer.alloc(50 * 1024 * 1024, ' ');
        Buffer.from('<definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL">').copy(big);
        writeFileSync(path.join(folder, 'huge.bpmn'), big);
        const started = Date.now();
        const result = await runCli(['import', 'bpmn', 'huge.bpmn'], folder);
        expectOneLineError({ ...result, seconds: (Date.now() - started) / 1000 }, /^sts: huge\.bpmn: 50 MB is more than the 10 MB/);
    });

    it.concurrent('a file that does not exist', async () => {
        expectOneLineError(await importing('there.bpmn', ''), /^sts: .*/);
        const result = await runCli(['import', 'bpmn', 'missing.bpmn'], folderWith({}));
        expect(result.status).toBe(2);
        expect(result.stderr).toBe('sts: missing.bpmn: no such file or folder\n');
    });
});

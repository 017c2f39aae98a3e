// Reads the file list of a .vsix (a zip) from its central directory and checks
// that only what VS Code loads at run time went in: the bundles, the language
// contributions, media, README, licence and manifest. No zip tool needed.
import { readFileSync } from 'node:fs';

/** Names of the entries in a zip file. */
export function zipEntries(file) {
    const zip = readFileSync(file);
    // The end-of-central-directory record sits in the last 64 KiB + 22 bytes.
    let end = -1;
    for (let at = zip.length - 22; at >= Math.max(0, zip.length - 65_557); at--) {
        if (zip.readUInt32LE(at) === 0x06054b50) { end = at; break; }
    }
    if (end < 0) throw new Error(`${file} is not a zip file`);
    const count = zip.readUInt16LE(end + 10);
    let at = zip.readUInt32LE(end + 16);
    const names = [];
    for (let i = 0; i < count; i++) {
        if (zip.readUInt32LE(at) !== 0x02014b50) throw new Error(`${file}: broken central directory`);
        const nameLength = zip.readUInt16LE(at + 28);
        const extraLength = zip.readUInt16LE(at + 30);
        const commentLength = zip.readUInt16LE(at + 32);
        names.push(zip.toString('utf8', at + 46, at + 46 + nameLength));
        at += 46 + nameLength + extraLength + commentLength;
    }
    return names;
}

const REQUIRED = [
    'extension/package.json', 'extension/readme.md', 'extension/LICENSE.txt',
    'extension/dist/extension.cjs', 'extension/dist/server.cjs',
    'extension/language/language-configuration.json', 'extension/language/sts-config.schema.json', 'extension/syntaxes/sts.tmLanguage.json', 'extension/media/icon.png',
    'extension/docs/rules/untrained-user.md'
];

const ALLOWED = [
    /^extension\.vsixmanifest$/, /^\[Content_Types\]\.xml$/,
    /^extension\/(package\.json|readme\.md|LICENSE\.txt|changelog\.md)$/i,
    /^extension\/dist\/(?!cli[.-])[\w.-]+\.(cjs|js|css)$/, /^extension\/dist\/media\//,
    /^extension\/language\/(language-configuration|sts-config\.schema)\.json$/,
    /^extension\/syntaxes\/[\w.-]+\.json$/, /^extension\/snippets\/[\w.-]+\.json$/,
    /^extension\/media\//,
    // The walkthrough's pages, and the one example its first step opens.
    /^extension\/walkthrough\/[\w.-]+\.md$/, /^extension\/examples\/restaurant\/findings\/rosas-trattoria\.sts$/,
    // The rule pages the diagnostics link to.
    /^extension\/docs\/rules\/[\w.-]+\.md$/
];

/** Throws a readable error listing what is missing or should not be there; returns the entries. */
export function checkVsixContents(file) {
    const names = zipEntries(file);
    const missing = REQUIRED.filter(name => !names.includes(name));
    const unexpected = names.filter(name => !ALLOWED.some(pattern => pattern.test(name)) || /\.(map|ts)$/.test(name));
    const problems = [
        ...missing.map(name => `missing ${name}`),
        ...unexpected.map(name => `should not ship ${name}`)
    ];
    if (problems.length > 0) throw new Error(`${file}:\n  ${problems.join('\n  ')}`);
    return names;
}

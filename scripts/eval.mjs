// `npm run eval [-- dirs...] [--held-out] [--verbose]`: the findings-quality benchmark.
//
// Each model under eval/corpus/ (or the folders given) marks the findings an expert
// expects with `// expect: <rule-id>[, <rule-id>...]` — at the end of the line the
// finding belongs on, or on a comment line of its own just above it (then it applies
// to the next line that is not blank or a comment). Repeat an id for two findings on
// one line. The built command line (`dist/cli.cjs check --format json`) checks all the
// models in one run; a finding matches an expectation of the same rule on the same
// line. Prints the false positives and misses, then per rule true positives, false
// positives, misses, precision and recall, and last the overall precision and recall.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const folders = args.filter(arg => !arg.startsWith('--'));
if (folders.length === 0) folders.push(join(root, args.includes('--held-out') ? 'eval/held-out' : 'eval/corpus'));

const cli = join(root, 'dist/cli.cjs');
if (!existsSync(cli)) {
    console.error('eval: dist/cli.cjs is missing; run `npm run build` first.');
    process.exit(2);
}

const files = folders.flatMap(folder => stsFiles(resolve(folder)));
if (files.length === 0) {
    console.error(`eval: no .sts files in ${folders.join(', ')}`);
    process.exit(2);
}

/** rule → line → count, per file */
const expected = new Map(files.map(file => [file, expectations(readFileSync(file, 'utf8'))]));

const run = spawnSync(process.execPath, [cli, 'check', ...files, '--format', 'json'], { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
if (run.status !== 0 && run.status !== 1) {
    console.error(`eval: sts check failed (exit ${run.status}): ${(run.stderr || run.stdout).trim().split('\n')[0]}`);
    process.exit(2);
}
const report = JSON.parse(run.stdout);

const perRule = new Map();
const stats = rule => {
    let entry = perRule.get(rule);
    if (!entry) perRule.set(rule, entry = { tp: 0, fp: 0, miss: 0 });
    return entry;
};
const falsePositives = [];
const misses = [];

const actualByFile = new Map(files.map(file => [file, []]));
for (const finding of report.findings) {
    const file = resolve(root, finding.file);
    if (!actualByFile.has(file)) actualByFile.set(file, []);
    actualByFile.get(file).push(finding);
}

for (const [file, findings] of actualByFile) {
    const wanted = expected.get(file) ?? new Map();
    const left = new Map([...wanted].map(([key, count]) => [key, count]));
    for (const finding of findings) {
        const key = `${finding.rule}@${finding.line}`;
        const count = left.get(key) ?? 0;
        if (count > 0) {
            left.set(key, count - 1);
            stats(finding.rule).tp++;
        } else {
            stats(finding.rule).fp++;
            falsePositives.push(`${relative(root, file)}:${finding.line} ${finding.rule} (${finding.severity}): ${finding.message}`);
        }
    }
    for (const [key, count] of left) {
        if (count === 0) continue;
        const [rule, line] = key.split('@');
        stats(rule).miss += count;
        misses.push(`${relative(root, file)}:${line} ${rule}${count > 1 ? ` ×${count}` : ''}`);
    }
}

if (falsePositives.length > 0) {
    console.log(`False positives (${falsePositives.length}):`);
    for (const line of falsePositives) console.log(`  ${verbose ? line : line.slice(0, 220)}`);
}
if (misses.length > 0) {
    console.log(`Missed (${misses.length}):`);
    for (const line of misses) console.log(`  ${line}`);
}

const ratio = (part, whole) => whole === 0 ? '   - ' : (part / whole).toFixed(2).padStart(5);
console.log(`\n${'rule'.padEnd(32)}   TP   FP miss  prec  recall`);
let tp = 0, fp = 0, miss = 0;
for (const [rule, entry] of [...perRule].sort(([a], [b]) => a.localeCompare(b))) {
    tp += entry.tp; fp += entry.fp; miss += entry.miss;
    console.log(`${rule.padEnd(32)} ${String(entry.tp).padStart(4)} ${String(entry.fp).padStart(4)} ${String(entry.miss).padStart(4)} ${ratio(entry.tp, entry.tp + entry.fp)}  ${ratio(entry.tp, entry.tp + entry.miss)}`);
}
console.log(`\n${files.length} models, ${tp + miss} expected findings, ${tp + fp} reported.`);
console.log(`overall: precision ${ratio(tp, tp + fp).trim()} recall ${ratio(tp, tp + miss).trim()} (TP ${tp}, FP ${fp}, missed ${miss})`);

function stsFiles(path) {
    if (!existsSync(path)) return [];
    if (statSync(path).isFile()) return path.endsWith('.sts') ? [path] : [];
    return readdirSync(path, { withFileTypes: true })
        .sort((a, b) => a.name.localeCompare(b.name))
        .flatMap(entry => entry.isDirectory() ? stsFiles(join(path, entry.name)) : entry.name.endsWith('.sts') ? [join(path, entry.name)] : []);
}

/** `rule@line` → how many findings of the rule the line should have. */
function expectations(text) {
    const marks = new Map();
    const lines = text.split(/\r?\n/);
    let pending = [];
    lines.forEach((line, position) => {
        const trimmed = line.trim();
        const marker = /\/\/.*?\bexpect:\s*([\w\s,-]+?)\s*$/.exec(line);
        const ids = marker ? marker[1].split(/[\s,]+/).filter(Boolean) : [];
        if (trimmed.startsWith('//') || trimmed.startsWith('/*') || trimmed.startsWith('*')) {
            pending = pending.concat(ids);
            return;
        }
        if (trimmed === '') return;
        for (const id of pending.concat(ids)) {
            const key = `${id}@${position + 1}`;
            marks.set(key, (marks.get(key) ?? 0) + 1);
        }
        pending = [];
    });
    return marks;
}

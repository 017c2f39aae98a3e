/**
 * The benchmark's driver. Without arguments it measures every shape (1k, 10k,
 * 50k elements in 1, 10 and 100 files), each in a child process of its own so
 * that heap figures do not mix, runs the peer (likec4 validate) on models of
 * the same size, prints the table and writes .bench/results.json.
 *
 *   --only 10000x10     measure just these shapes (comma-separated)
 *   --no-peer           skip likec4
 *   --child 10000x10    (internal) measure one shape and print its JSON
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { measureConfig, type ConfigResult } from './measure-config.js';
import { measurePeer, type PeerResult } from './peer-likec4.js';
import { evaluateTargets, formatReport } from './report.js';

const SIZES = [1_000, 10_000, 50_000];
const SPREADS = [1, 10, 100];
/**
 * Fewer runs on larger shapes keep the whole benchmark within about ten minutes on two cores.
 * Small shapes get more warm-ups: a language server rebuilds on every keystroke, so what a user
 * waits for is the build with V8's optimised code, and at 1k a build calls each rule's entry
 * only once — after two builds V8 was still compiling them (the first dozen builds of a
 * 1k workspace ran 1.5–2× the later ones).
 */
function runsFor(elements: number): { runs: number; warmups: number } {
    if (elements <= 1_000) return { runs: 40, warmups: 10 };
    if (elements <= 10_000) return { runs: 5, warmups: 2 };
    return { runs: 3, warmups: 1 };
}

interface Shape { readonly elements: number; readonly files: number }

function parseShape(text: string): Shape {
    const [elements, files] = text.split('x').map(Number);
    if (!elements || !files) throw new Error(`bad shape ${text}: write ELEMENTSxFILES, e.g. 10000x10`);
    return { elements, files };
}

async function child(shape: Shape): Promise<void> {
    const result = await measureConfig({ ...shape, ...runsFor(shape.elements) });
    process.stdout.write(JSON.stringify(result) + '\n');
}

function runChild(shape: Shape): ConfigResult {
    process.stderr.write(`measuring ${shape.elements} elements in ${shape.files} file(s)...\n`);
    const result = spawnSync(process.execPath, [...process.execArgv, process.argv[1]!, '--child', `${shape.elements}x${shape.files}`], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    if (result.status !== 0) throw new Error(`measuring ${shape.elements}x${shape.files} failed:\n${result.stderr}`);
    const line = result.stdout.trim().split('\n').pop() ?? '';
    return JSON.parse(line) as ConfigResult;
}

async function main(args: string[]): Promise<void> {
    const childIndex = args.indexOf('--child');
    if (childIndex >= 0) return child(parseShape(args[childIndex + 1] ?? ''));
    const onlyIndex = args.indexOf('--only');
    const shapes: Shape[] = onlyIndex >= 0
        ? (args[onlyIndex + 1] ?? '').split(',').map(parseShape)
        : SIZES.flatMap(elements => SPREADS.map(files => ({ elements, files })));
    const started = Date.now();
    rmSync('.bench/partial-results.jsonl', { force: true });
    const failures: string[] = [];
    const results = shapes.flatMap(shape => {
        try {
            const result = runChild(shape);
            // kept as it comes, so an interrupted run still leaves its figures
            mkdirSync('.bench', { recursive: true });
            writeFileSync('.bench/partial-results.jsonl', JSON.stringify(result) + '\n', { flag: 'a' });
            return [result];
        } catch (error) {
            failures.push(error instanceof Error ? error.message : String(error));
            return [];
        }
    });
    const peers: PeerResult[] = args.includes('--no-peer') ? [] : measurePeer(results.filter(result => result.files === 1).map(result => result.elements));
    const targets = evaluateTargets(results, peers);
    process.stdout.write(formatReport(results, peers, targets) + '\n');
    for (const failure of failures) process.stdout.write(`\nFAILED: ${failure}\n`);
    mkdirSync('.bench', { recursive: true });
    const report = {
        date: new Date().toISOString(),
        node: process.version,
        seconds: Math.round((Date.now() - started) / 1000),
        results, peers, targets, failures
    };
    writeFileSync('.bench/results.json', JSON.stringify(report, null, 2) + '\n');
    process.stdout.write(`\nwritten to .bench/results.json (${report.seconds} s)\n`);
}

main(process.argv.slice(2)).catch(error => {
    process.stderr.write(`bench: ${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
    process.exitCode = 1;
});

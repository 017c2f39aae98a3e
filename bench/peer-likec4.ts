/**
 * The peer: LikeC4's `likec4 validate` on a LikeC4 model with the same
 * elements and relations as our generated model, next to our own command line
 * (`sts check`) on the same model, both timed from process start to exit.
 * LikeC4 needs Node 22; both are installed on first use into .bench/peer
 * (gitignored) from the npm registry, so the project's own scripts keep
 * running on the Node they were written for. If that fails, the peer is
 * skipped with the reason.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { generateWorkspace, type ModelGraph } from './generate-workspace.js';

const PEER_DIR = path.resolve('.bench/peer');
const LIKEC4_VERSION = '1.59.4';
const NODE22_VERSION = '22.23.3';
const LIKEC4 = path.join(PEER_DIR, 'node_modules/likec4/bin/likec4.mjs');
const NODE22 = path.join(PEER_DIR, 'node_modules/node/bin/node');
const OUR_CLI = path.resolve('.bench/cli.cjs');
/** likec4 grows super-linearly (over 18 minutes at 50k here): a run past this is reported as "more than". */
const PEER_TIMEOUT_MS = 180_000;

export interface PeerResult {
    readonly elements: number;
    readonly relations: number;
    /** ms, median wall time of `likec4 validate --no-layout`, or undefined with the reason */
    readonly likec4?: number;
    readonly likec4Runs: number;
    /** ms, median wall time of `sts check` on the same model */
    readonly ours: number;
    readonly skipped?: string;
}

export function measurePeer(sizes: readonly number[]): PeerResult[] {
    if (!existsSync(OUR_CLI)) {
        process.stderr.write('peer: skipped, our command line was not bundled\n');
        return [];
    }
    const missing = ensurePeer();
    return sizes.map(elements => {
        process.stderr.write(`peer: ${elements} elements...\n`);
        const workspace = generateWorkspace({ elements, files: 1, plantsPerKind: 0 });
        const folder = path.resolve(`.bench/models/${elements}`);
        rmSync(folder, { recursive: true, force: true });
        mkdirSync(path.join(folder, 'sts'), { recursive: true });
        mkdirSync(path.join(folder, 'likec4'), { recursive: true });
        writeFileSync(path.join(folder, 'sts/company.sts'), workspace.files['company.sts']!);
        writeFileSync(path.join(folder, 'likec4/model.c4'), likec4Model(workspace.graph));
        const runs = elements <= 1_000 ? 3 : 1;
        const ours = median(times(runs, () => run(process.execPath, [OUR_CLI, 'check', path.join(folder, 'sts')], [0])));
        if (missing) return { elements, relations: workspace.relations, likec4Runs: 0, ours, skipped: missing };
        try {
            const likec4 = median(times(runs, () => run(NODE22, [LIKEC4, 'validate', '--no-layout', path.join(folder, 'likec4')], [0], PEER_TIMEOUT_MS)));
            return { elements, relations: workspace.relations, likec4, likec4Runs: runs, ours };
        } catch (error) {
            return { elements, relations: workspace.relations, likec4Runs: 0, ours, skipped: error instanceof Error ? error.message : String(error) };
        }
    });
}

/** Installs likec4 and Node 22 into .bench/peer unless present; returns why the peer cannot run, if it cannot. */
function ensurePeer(): string | undefined {
    if (!existsSync(LIKEC4) || !existsSync(NODE22)) {
        process.stderr.write(`peer: installing likec4@${LIKEC4_VERSION} and node@${NODE22_VERSION} into .bench/peer (once)...\n`);
        mkdirSync(PEER_DIR, { recursive: true });
        writeFileSync(path.join(PEER_DIR, 'package.json'), '{ "private": true }\n');
        const install = spawnSync('npm', ['install', '--no-audit', '--no-fund', '--prefix', PEER_DIR, `likec4@${LIKEC4_VERSION}`, `node@${NODE22_VERSION}`], { encoding: 'utf8' });
        if (install.status !== 0) return `npm install of likec4/node@22 failed: ${lastLine(install.stderr)}`;
    }
    const version = spawnSync(NODE22, ['--version'], { encoding: 'utf8' });
    if (version.status !== 0) return `node@22 from npm does not start here: ${lastLine(version.stderr)}`;
    return undefined;
}

/** The same elements and relations in LikeC4's language: one element kind per kind of ours. */
export function likec4Model(graph: ModelGraph): string {
    const kinds = [...new Set(graph.elements.map(element => element.kind))];
    const lines = ['specification {', ...kinds.map(kind => `  element ${kind}`), '}', 'model {'];
    for (const element of graph.elements) lines.push(`  ${element.name} = ${element.kind} '${element.title}'`);
    for (const relation of graph.relations) lines.push(`  ${relation.from} -> ${relation.to} '${relation.label}'`);
    lines.push('}');
    return lines.join('\n') + '\n';
}

function run(command: string, args: string[], okCodes: number[], timeout?: number): number {
    const start = performance.now();
    const result = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, timeout });
    const elapsed = performance.now() - start;
    if (result.error && timeout !== undefined && elapsed >= timeout) throw new Error(`not finished within ${timeout / 1000} s`);
    if (!okCodes.includes(result.status ?? -1)) {
        throw new Error(`${path.basename(args[0] ?? command)} ${args.slice(1).join(' ')} exited with ${result.status}: ${lastLine(result.stderr || result.stdout)}`);
    }
    return elapsed;
}

function times(count: number, work: () => number): number[] {
    return Array.from({ length: count }, work);
}

function median(values: number[]): number {
    const sorted = [...values].sort((a, b) => a - b);
    return sorted[Math.floor(sorted.length / 2)]!;
}

function lastLine(text: string): string {
    return text.trim().split('\n').slice(-3).join(' | ');
}

/**
 * The benchmark's verdict: the targets of issue 7 as ratios measured in the
 * same run (never absolute times), and the table printed at the end.
 */
import type { ConfigResult } from './measure-config.js';
import type { PeerResult } from './peer-likec4.js';

export interface TargetCheck {
    readonly target: string;
    readonly shape: string;
    readonly ratio: number;
    readonly limit: string;
    readonly met: boolean;
}

const shapeOf = (result: { elements: number; files: number }) => `${result.elements}x${result.files}`;

export function evaluateTargets(results: readonly ConfigResult[], peers: readonly PeerResult[]): TargetCheck[] {
    const checks: TargetCheck[] = [];
    const atMost = (target: string, shape: string, ratio: number, limit: number) => checks.push({ target, shape, ratio, limit: `≤ ${limit}`, met: ratio <= limit });
    for (const result of results) {
        atMost('full build ÷ bare parse', shapeOf(result), result.buildAllChecks / result.parse, 3);
        atMost('full build ÷ build with checks off', shapeOf(result), result.buildAllChecks / result.buildChecksOff, 1.5);
    }
    const find = (elements: number, files: number) => results.find(result => result.elements === elements && result.files === files);
    const tenK = find(10_000, 1);
    if (tenK) atMost('edit → diagnostics ÷ parse of the file', shapeOf(tenK), tenK.editChangedFileReady / tenK.parseEditedFile, 3);
    const fiftyKTen = find(50_000, 10);
    if (fiftyKTen) atMost('edit → diagnostics ÷ parse of the file and its dependents', shapeOf(fiftyKTen), fiftyKTen.editChangedFileReady / fiftyKTen.parseEditedAndDependents, 3);
    for (const files of new Set(results.map(result => result.files))) {
        const small = find(10_000, files);
        const large = find(50_000, files);
        if (small && large) atMost('full build 50k ÷ 10k (linear: 5)', `${files} file(s)`, large.buildAllChecks / small.buildAllChecks, 6);
    }
    for (const peer of peers) {
        if (peer.likec4 === undefined) continue;
        const ratio = peer.likec4 / peer.ours;
        checks.push({ target: 'likec4 validate ÷ sts check (whole process)', shape: `${peer.elements}x1`, ratio, limit: '≥ 10', met: ratio >= 10 });
    }
    for (const result of results.filter(result => result.elements >= 50_000)) {
        checks.push({ target: 'heap after the build, MiB', shape: shapeOf(result), ratio: result.heapAfterBuildMiB, limit: '< 1024', met: result.heapAfterBuildMiB < 1024 });
    }
    return checks;
}

export function formatReport(results: readonly ConfigResult[], peers: readonly PeerResult[], targets: readonly TargetCheck[]): string {
    const lines: string[] = [];
    lines.push('CPU ms, means of back-to-back runs after warm-ups (heap in MiB). floor = Langium lex+parse, build without our checks; ours = full build, edit → diagnostics of the changed file.');
    lines.push(table(
        ['elements', 'files', 'runs', 'lex', 'parse', 'build off', 'build all', 'all/parse', 'all/off', 'edit→diag', 'edit/(file+deps) parse', 'deps', 'heap'],
        results.map(result => [
            String(result.elements), String(result.files), String(result.runs),
            ms(result.lex), ms(result.parse), ms(result.buildChecksOff), ms(result.buildAllChecks),
            ratio(result.buildAllChecks / result.parse), ratio(result.buildAllChecks / result.buildChecksOff),
            ms(result.editChangedFileReady),
            `${ratio(result.editChangedFileReady / result.parseEditedFile)} / ${ratio(result.editChangedFileReady / result.parseEditedAndDependents)}`,
            String(result.dependents), result.heapAfterBuildMiB.toFixed(0)
        ])));
    if (peers.length > 0) {
        lines.push('');
        lines.push('Peer: whole process, from start to exit, on models with the same elements and relations (one file).');
        lines.push(table(
            ['elements', 'relations', 'likec4 validate', 'sts check', 'likec4/sts'],
            peers.map(peer => [
                String(peer.elements), String(peer.relations),
                peer.likec4 === undefined ? `skipped: ${peer.skipped ?? ''}` : ms(peer.likec4),
                ms(peer.ours),
                peer.likec4 === undefined ? '-' : ratio(peer.likec4 / peer.ours)
            ])));
    }
    lines.push('');
    lines.push('Targets:');
    lines.push(table(['', 'target', 'shape', 'measured', 'limit'], targets.map(check => [check.met ? 'ok' : 'MISSED', check.target, check.shape, ratio(check.ratio), check.limit])));
    return lines.join('\n');
}

function table(header: string[], rows: string[][]): string {
    const widths = header.map((title, column) => Math.max(title.length, ...rows.map(row => (row[column] ?? '').length)));
    const format = (row: string[]) => row.map((cell, column) => cell.padStart(widths[column]!)).join('  ');
    return [format(header), widths.map(width => '-'.repeat(width)).join('  '), ...rows.map(format)].join('\n');
}

function ms(value: number): string { return value >= 100 ? value.toFixed(0) : value.toFixed(1); }
function ratio(value: number): string { return value.toFixed(2); }

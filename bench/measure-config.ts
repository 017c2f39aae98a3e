/**
 * Measures one workspace shape (size × files) inside one process: the floor
 * (Langium's bare lex + parse, the build with linking but without our checks),
 * ours (the full build with every check, then one-line edit → diagnostics) and
 * the heap after the build. Every figure is the median of several runs after a
 * warm-up, so that the ratios between them are fair on a noisy shared machine.
 * Times are the process's CPU time (user + system), which other processes on
 * the machine do not inflate the way they inflate wall time; wall-clock
 * medians are kept beside them in `wall`.
 */
import { generateWorkspace, applyOwnerEdit, type GeneratedWorkspace } from './generate-workspace.js';
import { ALL_CHECKS, BenchWorkspace, CHECKS_OFF } from './bench-workspace.js';
import { elapsedSince, now, type Elapsed } from './clock.js';

export interface ConfigResult {
    readonly elements: number;
    readonly files: number;
    readonly relations: number;
    readonly bytes: number;
    readonly runs: number;
    /** ms, medians */
    readonly lex: number;
    readonly parse: number;
    readonly buildChecksOff: number;
    readonly buildAllChecks: number;
    readonly editChangedFileReady: number;
    readonly editDone: number;
    /** parse (lex + parse) of the edited file and of the files that depend on it */
    readonly parseEditedFile: number;
    readonly parseEditedAndDependents: number;
    readonly dependents: number;
    readonly heapAfterBuildMiB: number;
    /** the same medians in wall-clock ms */
    readonly wall: { readonly parse: number; readonly buildChecksOff: number; readonly buildAllChecks: number; readonly editChangedFileReady: number };
    /** findings after the full build, per rule id */
    readonly findings: Record<string, number>;
}

export interface MeasureOptions {
    readonly elements: number;
    readonly files: number;
    readonly runs: number;
    readonly warmups: number;
}

export async function measureConfig(options: MeasureOptions): Promise<ConfigResult> {
    const workspace = generateWorkspace({ elements: options.elements, files: options.files });
    const texts = Object.entries(workspace.files);
    const probe = new BenchWorkspace(workspace.files);
    const parser = probe.sts.parser.LangiumParser;
    const lexer = probe.sts.parser.Lexer;

    // A build starts from text (it parses) in services that already ran, as in a language server;
    // the same services (and so the same warm parser) serve the floor, every build and the edits.
    const build = (buildOptions: typeof ALL_CHECKS) => async () => {
        await probe.clear();
        return timeAsync(() => probe.build(buildOptions));
    };
    const perFileParse = new Map<string, number[]>();
    const parseAll = async () => {
        const start = now();
        for (const [name, text] of texts) {
            const one = time(() => { parser.parse(text); });
            perFileParse.set(name, [...perFileParse.get(name) ?? [], one.cpu]);
        }
        return elapsedSince(start);
    };
    const [lexTimes, parseTimes, offTimes, fullTimes] = await interleave(options, [
        async () => time(() => { for (const [, text] of texts) lexer.tokenize(text); }),
        parseAll,
        build(CHECKS_OFF),
        build(ALL_CHECKS)
    ], () => perFileParse.clear());

    // The edits and the heap: after one more full build, the owner line flips back and forth.
    const session = probe;
    await session.clear();
    await session.build(ALL_CHECKS);
    const heapAfterBuildMiB = heapMiB();
    const findings = countFindings(session);
    const edited = workspace.edit.file;
    const dependents = session.dependentsOf(edited);
    const original = workspace.files[edited]!;
    const changed = applyOwnerEdit(original, workspace.edit, workspace.edit.otherOwner);
    let flip = false;
    const [editTimings] = await interleave(options, [async () => {
        flip = !flip;
        return session.edit(edited, flip ? changed : original);
    }]);

    const median = (values: number[]) => sortedMedian(values);
    const cpu = (values: Elapsed[]) => median(values.map(value => value.cpu));
    const wall = (values: Elapsed[]) => median(values.map(value => value.wall));
    const parseMedianOf = (name: string) => median(perFileParse.get(name) ?? [0]);
    return {
        elements: workspace.elements,
        files: texts.length,
        relations: workspace.relations,
        bytes: texts.reduce((sum, [, text]) => sum + text.length, 0),
        runs: options.runs,
        lex: cpu(lexTimes),
        parse: cpu(parseTimes),
        buildChecksOff: cpu(offTimes),
        buildAllChecks: cpu(fullTimes),
        editChangedFileReady: cpu(editTimings.map(timing => timing.changedFileReady)),
        editDone: cpu(editTimings.map(timing => timing.done)),
        parseEditedFile: parseMedianOf(edited),
        parseEditedAndDependents: [edited, ...dependents].reduce((sum, name) => sum + parseMedianOf(name), 0),
        dependents: dependents.length,
        heapAfterBuildMiB,
        findings,
        wall: {
            parse: wall(parseTimes),
            buildChecksOff: wall(offTimes),
            buildAllChecks: wall(fullTimes),
            editChangedFileReady: wall(editTimings.map(timing => timing.changedFileReady))
        }
    };
}

/**
 * Warm-ups first (not counted), then the runs. The measurements take turns run by run (lex, parse,
 * build off, build all, lex, ...) so that a noisy stretch of the shared machine lands on all of
 * them rather than on one. There is no forced collection between runs: after one, V8 shrinks its
 * young generation and the next build paid 30–60% more for growing it back (a language server
 * never collects between keystrokes); each run's garbage is collected where V8 decides, as in use.
 */
async function interleave<T extends readonly unknown[]>(
    options: MeasureOptions,
    measurements: { readonly [K in keyof T]: () => Promise<T[K]> },
    afterWarmUp?: () => void
): Promise<{ [K in keyof T]: T[K][] }> {
    const runs = measurements as readonly (() => Promise<unknown>)[];
    for (let i = 0; i < options.warmups; i++) for (const run of runs) await run();
    afterWarmUp?.();
    const results: unknown[][] = runs.map(() => []);
    for (let i = 0; i < options.runs; i++) {
        for (const [which, run] of runs.entries()) results[which]!.push(await run());
    }
    return results as { [K in keyof T]: T[K][] };
}

function time(work: () => void): Elapsed {
    const start = now();
    work();
    return elapsedSince(start);
}

async function timeAsync(work: () => Promise<void>): Promise<Elapsed> {
    const start = now();
    await work();
    return elapsedSince(start);
}

function sortedMedian(values: number[]): number {
    const sorted = [...values].sort((a, b) => a - b);
    const middle = Math.floor(sorted.length / 2);
    return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

function collect(): void {
    (globalThis as { gc?: () => void }).gc?.();
}

function heapMiB(): number {
    collect();
    return process.memoryUsage().heapUsed / 1024 / 1024;
}

function countFindings(session: BenchWorkspace): Record<string, number> {
    const counts: Record<string, number> = {};
    for (const document of session.documents.values()) {
        for (const diagnostic of document.diagnostics ?? []) {
            const rule = String(diagnostic.code ?? 'parse-error');
            counts[rule] = (counts[rule] ?? 0) + 1;
        }
    }
    return counts;
}

export type { GeneratedWorkspace };

/**
 * Measures one workspace shape (size × files) inside one process: the floor
 * (Langium's bare lex + parse, the build with linking but without our checks),
 * ours (the full build with every check, then one-line edit → diagnostics) and
 * the heap after the build. Every figure is the mean of several runs after a
 * warm-up, so that the ratios between them are fair on a noisy shared machine.
 * Times are the process's CPU time (user + system), which other processes on
 * the machine do not inflate the way they inflate wall time; wall-clock
 * means are kept beside them in `wall`.
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
    /** ms, means of the runs */
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
    /** the same means in wall-clock ms */
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
    // The parsed files are held until every file is parsed, as a workspace holds its documents: letting
    // each tree die young made ten small files cost a fifth of one large one, in collections alone.
    const parseAll = async () => {
        const start = now();
        const parsed: unknown[] = [];
        for (const [name, text] of texts) {
            const one = time(() => { parsed.push(parser.parse(text)); });
            perFileParse.set(name, [...perFileParse.get(name) ?? [], one.cpu]);
        }
        const elapsed = elapsedSince(start);
        parsed.length = 0;
        return elapsed;
    };
    const lexTimes = await block(options, async () => time(() => { for (const [, text] of texts) lexer.tokenize(text); }));
    const parseTimes = await block(options, parseAll, () => perFileParse.clear());
    const offTimes = await block(options, build(CHECKS_OFF));
    const fullTimes = await block(options, build(ALL_CHECKS));

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
    const editTimings = await block(options, async () => {
        flip = !flip;
        return session.edit(edited, flip ? changed : original);
    });

    const cpu = (values: Elapsed[]) => mean(values.map(value => value.cpu));
    const wall = (values: Elapsed[]) => mean(values.map(value => value.wall));
    const parseMeanOf = (name: string) => mean(perFileParse.get(name) ?? [0]);
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
        parseEditedFile: parseMeanOf(edited),
        parseEditedAndDependents: [edited, ...dependents].reduce((sum, name) => sum + parseMeanOf(name), 0),
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
 * One measurement: a collection, warm-ups (not counted), then the runs back to back. Its figure is
 * the mean of the runs, and that is why they run back to back: a build leaves its tree behind as
 * garbage that a later run collects, so taking turns with other measurements, or taking medians
 * (which drop the runs a major collection landed on), billed one measurement for another's
 * garbage. There is no forced collection between runs either: after one, V8 shrinks its young
 * generation and the next build paid 30–60% more for growing it back; a language server never
 * collects between keystrokes.
 */
async function block<T>(options: MeasureOptions, run: () => Promise<T>, afterWarmUp?: () => void): Promise<T[]> {
    collect();
    for (let i = 0; i < options.warmups; i++) await run();
    afterWarmUp?.();
    const results: T[] = [];
    for (let i = 0; i < options.runs; i++) results.push(await run());
    return results;
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

function mean(values: readonly number[]): number {
    return values.reduce((sum, value) => sum + value, 0) / Math.max(1, values.length);
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

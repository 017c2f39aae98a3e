#!/usr/bin/env node
// `npm run bench:editor` (after `npm run package`): what a user of the editor
// waits for, in code-server + Chromium with the packaged extension — extension
// activation, open a file → first squiggle, keystroke → updated squiggle,
// open the diagram → first picture, keystroke → updated diagram — on the
// contract example (the README's Rosa's Trattoria) and on a generated
// workspace of 1,000 tasks (bench/generate-workspace.ts, 10 files). Each run
// starts its own code-server, so activation is cold every time; figures are
// medians over the runs (keystrokes: over every keystroke of every run).
// Prints a table against the targets of issue 14 with the load average seen
// during the runs; writes .bench/editor-results.json.
//
//   npm run bench:editor -- --runs 5 --cycles 3 --only contract,tasks1000
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';
import { TYPING_SETTINGS } from '../../scripts/code-server/launch.mjs';
import { ensureCodeServer } from '../../scripts/code-server/install.mjs';
import { measureRun } from './session.mjs';
import { judge, median, table } from './targets.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const vsix = join(root, `${manifest.name}-${manifest.version}.vsix`);
const CONTRACT = 'examples/restaurant/findings/rosas-trattoria.sts';
/** Departments of the generated company have 11 tasks each: 91 departments (1,820 elements) make 1,001 tasks. */
const GENERATED = { elements: 1820, files: 10 };

/** Typing gives exactly the text typed, as in the end-to-end test. */
const SETTINGS = TYPING_SETTINGS;

const options = parseArguments(process.argv.slice(2));
const started = Date.now();
const log = line => console.log(`[bench:editor ${String(Math.round((Date.now() - started) / 1000)).padStart(4)} s] ${line}`);

try {
    ensureCodeServer();
} catch (error) {
    console.error(`Could not install code-server: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(2);
}
const scratch = mkdtempSync(join(tmpdir(), 'sts-bench-editor-'));
const loads = [];
const sampler = setInterval(() => loads.push(loadavg()[0]), 5000);
const cleanUp = () => { clearInterval(sampler); rmSync(scratch, { recursive: true, force: true }); };
for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => { cleanUp(); process.exit(130); });

try {
    const scenarios = (await makeScenarios(scratch)).filter(scenario => options.only.includes(scenario.name));
    const results = {};
    for (const scenario of scenarios) {
        const runs = [];
        for (let run = 1; run <= options.runs; run++) {
            log(`${scenario.title}: run ${run} of ${options.runs} (load average ${loadavg()[0].toFixed(1)})`);
            runs.push(await measureRun({ scenario, vsix, settings: SETTINGS, displayName: manifest.displayName, cycles: options.cycles, log: line => log(`  ${line}`) }));
        }
        results[scenario.name] = summarise(runs);
    }
    const load = { min: Math.min(...loads), median: median(loads), max: Math.max(...loads), cores: cpus().length };
    const rows = judge(results);
    console.log(`\n${table(rows)}\n`);
    console.log(`Load average (1 min) during the runs: median ${load.median.toFixed(1)}, ${load.min.toFixed(1)}–${load.max.toFixed(1)}, on ${load.cores} cores. ${options.runs} runs per workspace, ${options.cycles * 2} keystrokes per run and phase.`);
    mkdirSync(join(root, '.bench'), { recursive: true });
    const out = join(root, '.bench', 'editor-results.json');
    writeFileSync(out, `${JSON.stringify({ date: new Date().toISOString(), options, load, results, targets: rows }, null, 2)}\n`);
    console.log(`Figures: ${relative(root, out)}`);
    process.exitCode = 0;
} catch (error) {
    console.error(`bench:editor failed: ${error instanceof Error ? error.stack : String(error)}`);
    process.exitCode = 1;
} finally {
    cleanUp();
}

/** The contract example in a folder of its own, and the generated 1,000-task workspace. */
async function makeScenarios(scratch) {
    const contract = join(scratch, 'contract');
    mkdirSync(contract, { recursive: true });
    const contractText = readFileSync(join(root, CONTRACT), 'utf8');
    cpSync(join(root, CONTRACT), join(contract, 'rosas-trattoria.sts'));

    const generator = join(root, '.bench', 'editor', 'generate-workspace.mjs');
    await esbuild.build({ entryPoints: [join(root, 'bench', 'generate-workspace.ts')], bundle: true, format: 'esm', platform: 'node', outfile: generator, logLevel: 'warning' });
    const { generateWorkspace } = await import(pathToFileURL(generator).href);
    const workspace = generateWorkspace(GENERATED);
    const generated = join(scratch, 'tasks1000');
    mkdirSync(generated, { recursive: true });
    // The generator's findings lie deep in their files. A file opens at its top, where the first squiggle must
    // show: the edited file gets one task with a tool nobody declared right under its `system` line.
    const { edit } = workspace;
    const files = { ...workspace.files };
    const lines = files[edit.file].split('\n');
    const systemLine = lines.findIndex(line => line.startsWith('system '));
    lines.splice(systemLine + 1, 0, `task FirstLook "A task with an undeclared tool" { owner ${edit.owner}  uses Whiteboard }`);
    files[edit.file] = lines.join('\n');
    for (const [name, text] of Object.entries(files)) writeFileSync(join(generated, name), text);
    const tasks = Object.values(files).join('\n').match(/^task /gm)?.length ?? 0;
    return [
        { name: 'contract', title: 'contract example', folder: contract, fileName: 'rosas-trattoria.sts', editLine: lineOf(contractText, /^\s+owner Chef$/) },
        { name: 'tasks1000', title: `${tasks.toLocaleString('en')} tasks in ${Object.keys(files).length} files`, folder: generated, fileName: edit.file, editLine: edit.line + (edit.line > systemLine + 1 ? 1 : 0) }
    ];
}

function lineOf(text, pattern) {
    const index = text.split('\n').findIndex(line => pattern.test(line));
    if (index < 0) throw new Error(`the contract example has no line matching ${pattern}: the benchmark types into it`);
    return index + 1;
}

function summarise(runs) {
    const all = key => runs.flatMap(run => (Array.isArray(run[key]) ? run[key] : [run[key]]));
    return Object.fromEntries(['activation', 'openToSquiggle', 'squiggleAfterActivation', 'keyToSquiggle', 'keyToSquiggleWithPreview', 'openPreview', 'keyToDiagram']
        .map(key => [key, { median: median(all(key)), samples: all(key).map(Math.round) }]));
}

function parseArguments(args) {
    const options = { runs: 5, cycles: 3, only: ['contract', 'tasks1000'] };
    for (let index = 0; index < args.length; index++) {
        const [flag, value] = [args[index], args[index + 1]];
        if (flag === '--runs' || flag === '--cycles') {
            const number = Number(value);
            if (!Number.isInteger(number) || number < 1) usage(`${flag} needs a whole number ≥ 1, not ${value ?? 'nothing'}`);
            options[flag.slice(2)] = number;
            index++;
        } else if (flag === '--only') {
            const names = (value ?? '').split(',').filter(Boolean);
            if (names.length === 0 || names.some(name => !['contract', 'tasks1000'].includes(name))) usage(`--only takes contract, tasks1000 or both (comma-separated), not ${value ?? 'nothing'}`);
            options.only = names;
            index++;
        } else usage(`unknown option ${flag}`);
    }
    return options;
}

function usage(message) {
    console.error(`bench:editor: ${message}. Usage: npm run bench:editor -- [--runs N] [--cycles N] [--only contract,tasks1000]`);
    process.exit(2);
}

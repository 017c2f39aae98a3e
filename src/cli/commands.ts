/**
 * Every subcommand of `sts`, in the order `sts --help` lists them. To add one,
 * declare it here (name, summary, usage, options, run) — the parser, the help,
 * `--help` per command and the one-line errors come with it. Each `run` imports
 * its module when it runs: the bundler makes it a chunk of its own, so help and
 * usage errors answer at once and `sts check` never loads the layout engine.
 */
import { VIEW_KINDS } from '../diagram/model/diagram-model.js';
import type { CommandSpec, OptionSpec } from './command.js';

export const CHECK_FORMATS = ['text', 'json', 'sarif'] as const;
export const REPORT_FORMATS = ['md', 'markdown', 'html'] as const;

/** `-o FILE`: where the command's result goes (cli/output.ts writes it). */
function output(description = 'write to FILE (whole or not at all) instead of standard output'): OptionSpec {
    return { type: 'string', short: 'o', value: 'FILE', description };
}

/** `--format FORMAT` (and `-f` unless the command says otherwise), one of the choices. */
function format(choices: readonly string[], description: string, short: 'f' | null = 'f'): OptionSpec {
    return { type: 'string', ...(short ? { short } : {}), value: 'FORMAT', choices, description };
}

const CONFIG: OptionSpec = { type: 'string', value: 'FILE', description: 'use this configuration instead of the nearest sts.config.json' };

/** The options `sts check` and `sts report` share. */
const COMMON_OPTIONS: Readonly<Record<string, OptionSpec>> = {
    output: output(),
    config: CONFIG,
    rule: { type: 'string', multiple: true, value: 'id=severity', description: 'set a rule\'s severity (off, hint, info, warning, error); repeatable' }
};

const PATHS_MISSING = 'no files or folders given; name the .sts files or the folders that hold them.';

export const COMMANDS: readonly CommandSpec[] = [
    {
        name: 'check',
        summary: 'report the findings of the .sts files (folders are searched recursively)',
        usage: 'sts check [options] <files or folders...>',
        options: {
            format: format(CHECK_FORMATS, 'text (default), json or sarif'),
            ...COMMON_OPTIONS,
            'max-warnings': { type: 'string', value: 'N', count: true, description: 'exit 1 when there are more than N warnings' },
            quiet: { type: 'boolean', short: 'q', description: 'show errors only; no progress line' }
        },
        positionals: { min: 1, missing: PATHS_MISSING },
        details: 'Exit codes: 0 clean, 1 errors or more warnings than --max-warnings, 2 usage, input or configuration error.',
        run: async (input, io) => (await import('./check.js')).runCheck(input, io)
    },
    {
        name: 'report',
        summary: 'write a report for the owner: findings by area, RACI and training matrices, single points of failure, automation candidates, feedback coverage, exceptions',
        usage: 'sts report [options] <files or folders...> [-o report.md]',
        options: {
            format: format(REPORT_FORMATS, 'md (default) or html'),
            ...COMMON_OPTIONS
        },
        positionals: { min: 1, missing: PATHS_MISSING },
        run: async (input, io) => (await import('./report.js')).runReport(input, io)
    },
    {
        name: 'diagram',
        summary: 'draw the system as an SVG or PNG picture (system, process or training view)',
        usage: 'sts diagram <files or folders...> [--view system|process|training] [--process Name] [--theme light|dark] [--format svg|png] [--scale N] [--width PX] -o out.svg|out.png',
        options: {
            format: format(['svg', 'png'], 'svg, or png (drawn by resvg); default: from the output file\'s extension', null),
            scale: { type: 'string', value: 'N', description: 'with png: pixels per picture pixel, 0.5 to 8 (default 2)' },
            width: { type: 'string', value: 'PX', description: 'the width to lay the picture out for (default 720: a 700 px panel); it grows downwards' },
            view: { type: 'string', value: 'VIEW', choices: VIEW_KINDS, description: 'system (default), process or training' },
            process: { type: 'string', value: 'NAME', description: 'with --view process: the process to draw' },
            theme: { type: 'string', value: 'THEME', choices: ['light', 'dark'], description: 'light (default) or dark' },
            output: output('the picture to write (required)')
        },
        positionals: { min: 1, missing: PATHS_MISSING },
        run: async (input, io) => (await import('./diagram.js')).runDiagram(input, io)
    },
    {
        name: 'impact',
        summary: 'what a change to the business does to its people: who must be trained, work changing hands, feedback, workload, data, findings (docs/impact.md)',
        usage: 'sts impact <before> <after> | --since <git revision> [paths...] | <model with planned/retiring elements> [options]',
        options: {
            since: { type: 'string', value: 'REV', description: 'compare the paths (default: the working folder) as they were at a git revision with how they are now' },
            format: format(['text', 'json', 'md', 'html'], 'text (default), json (docs/impact.schema.json), md (a pull request comment) or html (with the diagram of the change marked)'),
            output: output(),
            config: CONFIG,
            'fail-on': { type: 'string', value: 'WHAT', choices: ['new-findings', 'new-errors'], description: 'exit 1 when the new state has findings (or errors) the old one did not' }
        },
        positionals: { min: 0, missing: '' },
        details: 'Before and after are each a .sts file or a folder. With one model, the business now (without its planned elements) is compared with the business once the change is done (without its retiring ones).\nExit codes: 0, 1 with --fail-on when the change brings new findings, 2 usage or input error.',
        run: async (input, io) => (await import('./impact.js')).runImpact(input, io)
    },
    {
        name: 'mcp',
        summary: 'answer an AI assistant\'s questions about the model (Model Context Protocol over stdio; docs/mcp.md)',
        usage: 'sts mcp [folder]',
        options: {},
        positionals: { min: 0, max: 1, missing: '' },
        details: 'Serves the .sts files under the folder (default: the working folder). Tools: findings, explain_rule, who, process, training_matrix, raci, impact, diagram, apply_quick_fix.',
        run: async (input, io) => (await import('../mcp/run-mcp.js')).runMcp(input.positionals, io.stdout)
    },
    {
        name: 'import bpmn',
        summary: 'turn BPMN 2.0 process maps into one formatted .sts model (docs/bpmn.md)',
        usage: 'sts import bpmn <file.bpmn>... [-o out.sts]',
        options: { output: output('the new .sts file to write (default: standard output)') },
        positionals: { min: 1, missing: 'no BPMN files given; name the .bpmn files to import.' },
        details: 'What the model cannot express is listed at its top and, one line each, as warnings on standard error.\nExit codes: 0 imported, 2 usage or input error (not XML, not BPMN 2.0, over 10 MB, a document type declaration).',
        run: async (input, io) => (await import('./import-bpmn.js')).runImportBpmn(input, io)
    },
    {
        name: 'export bpmn',
        summary: 'write the processes as BPMN 2.0 XML: a pool per process, a lane per owner, diagram positions (docs/bpmn.md)',
        usage: 'sts export bpmn <files or folders...> [-o out.bpmn]',
        options: { output: output('the .bpmn file to write (default: standard output)') },
        positionals: { min: 1, missing: PATHS_MISSING },
        run: async (input, io) => (await import('./export-bpmn.js')).runExportBpmn(input, io)
    }
];

/** The command named by the first words of the command line (`import bpmn` before `import`), with the arguments after it. */
export function findCommand(argv: readonly string[]): { spec: CommandSpec; args: readonly string[] } | undefined {
    const two = argv.length >= 2 ? `${argv[0]} ${argv[1]}` : undefined;
    const spec = COMMANDS.find(command => command.name === two) ?? COMMANDS.find(command => command.name === argv[0]);
    return spec ? { spec, args: argv.slice(spec.name.split(' ').length) } : undefined;
}

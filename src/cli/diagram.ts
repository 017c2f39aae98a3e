/**
 * `sts diagram <files or folders> [--view system|process|training] [--process Name]
 * [--theme light|dark] -o out.svg`: draws the system with the same three stages
 * as the preview. Its options are declared in commands.ts; this module is
 * loaded only when the command runs (it brings the layout engine).
 */
import * as path from 'node:path';
import { createBundledElk, diagramModelOfDocument, layoutDiagram, renderSvg, type ViewKind } from '../diagram/index.js';
import { systemKeyOf } from '../workspace/system-partitions.js';
import { UsageError } from './cli-error.js';
import type { CommandInput, CommandIo } from './command.js';
import { findStsFiles, loadWorkspace } from './load-workspace.js';

interface DiagramOptions {
    readonly paths: readonly string[];
    readonly view: ViewKind;
    readonly process?: string;
    readonly theme: 'light' | 'dark';
    readonly output: string;
}

function diagramOptions(input: CommandInput): DiagramOptions {
    const output = input.string('output');
    if (output === undefined) throw new UsageError('no output file given (-o out.svg). Run \'sts diagram --help\' for its options.');
    const view = (input.string('view') ?? 'system') as ViewKind;
    const process = input.string('process');
    if (process !== undefined && view !== 'process') throw new UsageError('--process goes with --view process');
    return { paths: input.positionals, view, theme: input.string('theme') === 'dark' ? 'dark' : 'light', output, ...(process !== undefined ? { process } : {}) };
}

export async function runDiagram(input: CommandInput, io: CommandIo): Promise<number> {
    const options = diagramOptions(input);
    const files = findStsFiles(options.paths);
    const output = io.output(options.output, files);
    const { services, documents } = await loadWorkspace(files);
    const systems = [...new Set(documents.map(systemKeyOf))];
    if (systems.length > 1) {
        const names = systems.slice(0, 5).map(key => key.replace(/^(system|file):/, '')).join(', ');
        throw new UsageError(`the files describe ${systems.length} systems (${names}${systems.length > 5 ? ', …' : ''}); give the files of one system`);
    }
    const model = diagramModelOfDocument(services, documents[0]!);
    if (options.process && !model.nodes.some(node => node.kind === 'process' && node.name === options.process)) {
        const known = model.nodes.filter(node => node.kind === 'process').map(node => node.name);
        throw new UsageError(`no process named '${options.process}'${known.length > 0 ? ` (processes: ${known.join(', ')})` : ''}`);
    }
    const diagram = await layoutDiagram(model, { view: options.view, ...(options.process ? { process: options.process } : {}) }, { elk: createBundledElk });
    output.write(renderSvg(diagram, { theme: options.theme }), 'text');
    io.stdout.write(`${path.relative(process.cwd(), path.resolve(options.output)) || options.output}: ${options.view} view, ${diagram.nodes.length} nodes, ${diagram.edges.length} edges\n`);
    return 0;
}

/**
 * `sts diagram <files or folders> [--view system|process|training] [--process Name]
 * [--theme light|dark] -o out.svg`: draws the system with the same three stages
 * as the preview. Its options are declared in commands.ts; this module is
 * loaded only when the command runs (it brings the layout engine).
 */
import * as path from 'node:path';
import { createBundledElk, diagramModelOfDocument, layoutDiagram, renderPng, renderSvg, type ViewKind } from '../diagram/index.js';
import { systemKeyOf } from '../workspace/system-partitions.js';
import { UsageError } from '../services/cli-error.js';
import type { CommandInput, CommandIo } from './command.js';
import { findStsFiles, loadWorkspace } from '../services/load-workspace.js';

interface DiagramOptions {
    readonly paths: readonly string[];
    readonly view: ViewKind;
    readonly process?: string;
    readonly theme: 'light' | 'dark';
    readonly output: string;
    readonly format: 'svg' | 'png';
    readonly scale: number;
    readonly width?: number;
}

function diagramOptions(input: CommandInput): DiagramOptions {
    const output = input.string('output');
    if (output === undefined) throw new UsageError('no output file given (-o out.svg). Run \'sts diagram --help\' for its options.');
    const view = (input.string('view') ?? 'system') as ViewKind;
    const process = input.string('process');
    if (process !== undefined && view !== 'process') throw new UsageError('--process goes with --view process');
    const format = (input.string('format') ?? (output.toLowerCase().endsWith('.png') ? 'png' : 'svg')) as 'svg' | 'png';
    const scale = numberOption(input.string('scale'), '--scale', 0.5, 8) ?? 2;
    if (input.string('scale') !== undefined && format !== 'png') throw new UsageError('--scale goes with --format png');
    const width = numberOption(input.string('width'), '--width', 320, 20000);
    return {
        paths: input.positionals, view, theme: input.string('theme') === 'dark' ? 'dark' : 'light', output, format, scale,
        ...(width !== undefined ? { width } : {}), ...(process !== undefined ? { process } : {})
    };
}

function numberOption(text: string | undefined, name: string, lowest: number, highest: number): number | undefined {
    if (text === undefined) return undefined;
    const value = Number(text);
    if (!Number.isFinite(value) || value < lowest || value > highest) throw new UsageError(`${name} must be a number from ${lowest} to ${highest}, not '${text}'`);
    return value;
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
    const diagram = await layoutDiagram(model, { view: options.view, ...(options.process ? { process: options.process } : {}) }, { elk: createBundledElk, ...(options.width ? { width: options.width } : {}) });
    const svg = renderSvg(diagram, { theme: options.theme });
    if (options.format === 'png') output.write(await renderPng(svg, { scale: options.scale }), 'bytes');
    else output.write(svg, 'text');
    io.stdout.write(`${path.relative(process.cwd(), path.resolve(options.output)) || options.output}: ${options.view} view, ${diagram.nodes.length} nodes, ${diagram.edges.length} edges${options.format === 'png' ? `, PNG at ${options.scale}×` : ''}\n`);
    return 0;
}

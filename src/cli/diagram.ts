/**
 * `sts diagram <files or folders> [--view system|process|training] [--process Name]
 * [--theme light|dark] -o out.svg`: draws the system with the same three stages
 * as the preview. The file appears whole or not at all (written beside the
 * target, then renamed).
 */
import { DIAGRAM_USAGE } from './diagram-usage.js';
import { renameSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { createBundledElk, diagramModelOfDocument, layoutDiagram, renderSvg, VIEW_KINDS, type ViewKind } from '../diagram/index.js';
import { systemKeyOf } from '../workspace/system-partitions.js';
import { findStsFiles, loadWorkspace } from './load-workspace.js';
import { UsageError } from './usage-error.js';


interface DiagramArguments {
    readonly paths: string[];
    readonly view: ViewKind;
    readonly process?: string;
    readonly theme: 'light' | 'dark';
    readonly output: string;
}

export function parseDiagramArguments(args: readonly string[]): DiagramArguments {
    const paths: string[] = [];
    let view: ViewKind = 'system';
    let process: string | undefined;
    let theme: 'light' | 'dark' = 'light';
    let output: string | undefined;
    for (let position = 0; position < args.length; position++) {
        const argument = args[position]!;
        const value = () => {
            const next = args[++position];
            if (next === undefined || next.startsWith('-')) throw new UsageError(`${argument} needs a value. Usage: ${DIAGRAM_USAGE}`);
            return next;
        };
        switch (argument) {
            case '--view': {
                const given = value();
                if (!(VIEW_KINDS as readonly string[]).includes(given)) throw new UsageError(`unknown view '${given}': use system, process or training`);
                view = given as ViewKind;
                break;
            }
            case '--process': process = value(); break;
            case '--theme': {
                const given = value();
                if (given !== 'light' && given !== 'dark') throw new UsageError(`unknown theme '${given}': use light or dark`);
                theme = given;
                break;
            }
            case '-o': case '--output': output = value(); break;
            default:
                if (argument.startsWith('-')) throw new UsageError(`unknown option '${argument}'. Usage: ${DIAGRAM_USAGE}`);
                paths.push(argument);
        }
    }
    if (paths.length === 0) throw new UsageError(`no files or folders given. Usage: ${DIAGRAM_USAGE}`);
    if (!output) throw new UsageError(`no output file given (-o out.svg). Usage: ${DIAGRAM_USAGE}`);
    if (process && view !== 'process') throw new UsageError('--process goes with --view process');
    return { paths, view, theme, output, ...(process ? { process } : {}) };
}

export async function runDiagram(args: readonly string[], out: NodeJS.WritableStream): Promise<number> {
    const options = parseDiagramArguments(args);
    const { services, documents } = await loadWorkspace(findStsFiles(options.paths));
    const systems = [...new Set(documents.map(systemKeyOf))];
    if (systems.length > 1) {
        throw new UsageError(`the files describe ${systems.length} systems (${systems.map(key => key.replace(/^(system|file):/, '')).join(', ')}); give the files of one system`);
    }
    const model = diagramModelOfDocument(services, documents[0]!);
    if (options.process && !model.nodes.some(node => node.kind === 'process' && node.name === options.process)) {
        const known = model.nodes.filter(node => node.kind === 'process').map(node => node.name);
        throw new UsageError(`no process named '${options.process}'${known.length > 0 ? ` (processes: ${known.join(', ')})` : ''}`);
    }
    const diagram = await layoutDiagram(model, { view: options.view, ...(options.process ? { process: options.process } : {}) }, { elk: createBundledElk });
    writeWhole(options.output, renderSvg(diagram, { theme: options.theme }));
    out.write(`${path.relative(process.cwd(), path.resolve(options.output)) || options.output}: ${options.view} view, ${diagram.nodes.length} nodes, ${diagram.edges.length} edges\n`);
    return 0;
}

/** Writes to a temporary file beside the target and renames it, so a failure never leaves half a file. */
function writeWhole(file: string, text: string): void {
    const target = path.resolve(file);
    const temporary = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.tmp`);
    try {
        writeFileSync(temporary, text, 'utf8');
        renameSync(temporary, target);
    } catch (error) {
        rmSync(temporary, { force: true });
        throw new UsageError(`${file}: cannot be written (${(error as NodeJS.ErrnoException).code ?? 'unknown error'})`);
    }
}

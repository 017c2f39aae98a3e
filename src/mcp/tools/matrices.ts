/**
 * `training_matrix` and `raci`: the report's two matrices, per system, as
 * `sts report` computes them (who is trained on which tool and who uses one
 * without training; who is accountable, responsible or escalated to per task).
 */
import { objectSchema } from '../arguments.js';
import { findElements, noSuch, selectSystems } from '../model-access.js';
import { isProcess } from '../../language/generated/ast.js';
import type { ToolDefinition } from '../tool.js';
import { reportsOf } from './report-sections.js';

const SYSTEM = { type: 'string', description: 'The name of the system, when the workspace holds several.' } as const;
const CELL_WORDS = { trained: 'trained', 'uses-untrained': 'USES UNTRAINED', 'not-needed': '-' } as const;

export const trainingMatrixTool: ToolDefinition = {
    name: 'training_matrix',
    title: 'Training matrix',
    description: 'Who is trained on which tool, and who uses a tool without being trained on it (actors × tools), per system, as in sts report. Optionally only one actor or one tool.',
    inputSchema: objectSchema({
        actor: { type: 'string', description: 'Only this actor’s row.' },
        tool: { type: 'string', description: 'Only this tool’s column.' },
        system: SYSTEM
    }),
    readOnly: true,
    run(args, model) {
        const systems = selectSystems(model, args['system'] as string | undefined);
        const actor = args['actor'] as string | undefined;
        const tool = args['tool'] as string | undefined;
        const reports = reportsOf(model, systems);
        if (actor !== undefined && !reports.some(report => report.training.rows.some(row => row.actor === actor))) {
            throw noSuch('actor in the training matrix', actor, [...new Set(reports.flatMap(report => report.training.rows.map(row => row.actor)))]);
        }
        if (tool !== undefined && !reports.some(report => report.training.tools.includes(tool))) {
            throw noSuch('tool in the training matrix', tool, [...new Set(reports.flatMap(report => report.training.tools))]);
        }
        const lines: string[] = [];
        const data = reports.map(report => {
            const columns = report.training.tools.map((name, position) => ({ name, position })).filter(column => tool === undefined || column.name === tool);
            const rows = report.training.rows.filter(row => actor === undefined || row.actor === actor);
            const untrained = rows.flatMap(row => columns.filter(column => row.cells[column.position] === 'uses-untrained').map(column => `${row.actor} uses ${column.name}`));
            lines.push(`${report.title ?? report.name}: ${rows.length} actor${rows.length === 1 ? '' : 's'} × ${columns.length} tool${columns.length === 1 ? '' : 's'}; ${untrained.length} use${untrained.length === 1 ? '' : 's'} without training${untrained.length > 0 ? ` (${untrained.join('; ')})` : ''}.`);
            lines.push(`| actor | ${columns.map(column => column.name).join(' | ')} |`, `| --- |${columns.map(() => ' --- |').join('')}`);
            for (const row of rows) lines.push(`| ${row.actor} | ${columns.map(column => CELL_WORDS[row.cells[column.position]!]).join(' | ')} |`);
            lines.push('');
            return { system: report.name, tools: columns.map(column => column.name), rows: rows.map(row => ({ actor: row.actor, cells: columns.map(column => row.cells[column.position]) })), usesWithoutTraining: untrained };
        });
        return { text: lines.join('\n').trimEnd(), data: { systems: data } };
    }
};

export const raciTool: ToolDefinition = {
    name: 'raci',
    title: 'RACI matrix',
    description: 'Who is Accountable (A, the owner), Responsible (R, performs), Consulted (C), Informed (I) and Escalated to (E) for each task (tasks × actors), per system, as in sts report. Optionally only the tasks of one process.',
    inputSchema: objectSchema({
        process: { type: 'string', description: 'Only the tasks of this process.' },
        system: SYSTEM
    }),
    readOnly: true,
    run(args, model) {
        const systems = selectSystems(model, args['system'] as string | undefined);
        const process = args['process'] as string | undefined;
        if (process !== undefined) findElements(systems, process, isProcess, 'process');
        const lines: string[] = [];
        const data = reportsOf(model, systems).map(report => {
            const rows = report.raci.rows.filter(row => process === undefined || row.processes.includes(process));
            const used = report.raci.actors.map((name, position) => ({ name, position })).filter(column => rows.some(row => row.cells[column.position] !== ''));
            const columns = process === undefined ? report.raci.actors.map((name, position) => ({ name, position })) : used;
            lines.push(`${report.title ?? report.name}: ${rows.length} tasks × ${columns.length} actors (A accountable, R responsible, C consulted, I informed, E escalated to).`);
            lines.push(`| task | ${columns.map(column => column.name).join(' | ')} |`, `| --- |${columns.map(() => ' --- |').join('')}`);
            for (const row of rows) lines.push(`| ${row.task} | ${columns.map(column => row.cells[column.position] || '').join(' | ')} |`);
            lines.push('');
            return { system: report.name, actors: columns.map(column => column.name), rows: rows.map(row => ({ task: row.task, processes: row.processes, cells: columns.map(column => row.cells[column.position]) })) };
        });
        return { text: lines.join('\n').trimEnd(), data: { systems: data } };
    }
};

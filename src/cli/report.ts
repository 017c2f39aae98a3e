/** `sts report [paths...] [-o report.md] [--format md|html]`: what a business owner reads and acts on. */
import { collectFindings } from '../report/findings.js';
import { renderHtml } from '../report/render-html.js';
import { renderMarkdown } from '../report/render-markdown.js';
import { reportDocument } from '../report/report-document.js';
import { buildReport, documentsBySystem } from '../report/report-model.js';
import type { CommandInput, CommandIo } from './command.js';
import { findStsFiles, loadWorkspace } from '../services/load-workspace.js';
import { reportOptions } from './options.js';

export async function runReport(input: CommandInput, io: CommandIo): Promise<number> {
    const options = reportOptions(input);
    const files = findStsFiles(options.paths);
    const output = io.output(options.output, files);
    const { services, documents } = await loadWorkspace(files, options);
    let systems = buildReport(services, documents, collectFindings(services, documents));
    if (options.format === 'html') {
        // Only the HTML report has pictures (the layout engine loads only for it).
        const { reportDiagrams } = await import('../report/report-diagrams.js');
        const groups = documentsBySystem(documents);
        systems = await Promise.all(systems.map(async (system, position) => ({ ...system, diagrams: await reportDiagrams(services, groups[position] ?? []) })));
    }
    const blocks = reportDocument(systems);
    output.write(options.format === 'html' ? renderHtml(blocks) : renderMarkdown(blocks), 'text');
    return 0;
}

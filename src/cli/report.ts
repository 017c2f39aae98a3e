/** `sts report [paths...] [-o report.md] [--format md|html]`: what a business owner reads and acts on. */
import { collectFindings } from '../report/findings.js';
import { renderHtml } from '../report/render-html.js';
import { renderMarkdown } from '../report/render-markdown.js';
import { reportDocument } from '../report/report-document.js';
import { buildReport } from '../report/report-model.js';
import { findStsFiles, loadWorkspace } from './load-workspace.js';
import { parseReportOptions } from './options.js';
import { writeOutput } from './write-output.js';

export async function runReport(args: readonly string[], out: NodeJS.WritableStream): Promise<number> {
    const options = parseReportOptions(args);
    const files = findStsFiles(options.paths);
    const { services, documents } = await loadWorkspace(files, options);
    const blocks = reportDocument(buildReport(services, documents, collectFindings(services, documents)));
    const content = options.format === 'html' ? renderHtml(blocks) : renderMarkdown(blocks);
    if (options.output) writeOutput(options.output, content); else out.write(content);
    return 0;
}

/**
 * How a file is named to the user in the command line's output, reports, SARIF and the MCP server's answers.
 */
import * as path from 'node:path';

/** A path relative to the working folder, with forward slashes (stable in SARIF and across systems). */
export function displayPath(uri: string, cwd: string): string {
    if (!uri.startsWith('file:')) return uri;
    const absolute = new URL(uri).pathname;
    const file = decodeURIComponent(process.platform === 'win32' ? absolute.slice(1) : absolute);
    const relative = path.relative(cwd, file);
    return (relative && !relative.startsWith('..') ? relative : file).split(path.sep).join('/');
}

/**
 * The diagram webview's page: a strict content security policy, scripts only
 * with a fresh nonce, styles and the layout worker's code only from the
 * extension's bundled media.
 */
import { randomBytes } from 'node:crypto';
import type * as vscode from 'vscode';

export const DIAGRAM_VIEW_TYPE = 'sts.diagram';

/** The folders a diagram webview may load from: the bundled media, nothing else. */
export function mediaRoots(extensionUri: vscode.Uri, joinPath: (base: vscode.Uri, ...segments: string[]) => vscode.Uri): vscode.Uri[] {
    return [joinPath(extensionUri, 'dist', 'media'), joinPath(extensionUri, 'media')];
}

/** The page's files, relative to the extension's folder (esbuild.mjs writes the two bundles). */
export const PAGE_FILES = {
    script: ['dist', 'media', 'webview.js'],
    style: ['media', 'diagram.css'],
    layoutWorker: ['dist', 'media', 'elk-worker.js']
} as const;

export interface DiagramPageResources {
    readonly cspSource: string;
    readonly scriptUri: string;
    readonly styleUri: string;
    /** The layout worker's script: fetched and started from a blob, since a worker must be same-origin. */
    readonly layoutWorkerUri: string;
}

export function diagramPageHtml(resources: DiagramPageResources): string {
    const nonce = randomBytes(18).toString('base64');
    const { cspSource } = resources;
    const policy = [
        "default-src 'none'",
        `style-src ${cspSource}`,
        // Only for rasterising the SVG into a PNG through an <img>; the page shows no other images.
        'img-src data:',
        `script-src 'nonce-${nonce}'`,
        // The worker's code is fetched from the bundled media and started from a blob: URL.
        `connect-src ${cspSource}`,
        'worker-src blob:'
    ].join('; ');
    return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${policy}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${escapeAttribute(resources.styleUri)}">
<title>STS diagram</title>
</head>
<body>
<div id="sts-app" data-layout-worker="${escapeAttribute(resources.layoutWorkerUri)}"></div>
<script nonce="${nonce}" src="${escapeAttribute(resources.scriptUri)}"></script>
</body>
</html>`;
}

function escapeAttribute(text: string): string {
    return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

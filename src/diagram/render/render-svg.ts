/**
 * Stage 3: a laid-out diagram → an SVG string (no DOM needed), themed by CSS variables.
 */
import type { LaidOutDiagram } from '../model/diagram-model.js';

/** `vscode` maps the colours to VS Code's `--vscode-*` variables; `light`/`dark` are fixed palettes for files. */
export type ThemeName = 'light' | 'dark' | 'vscode';

export interface RenderOptions {
    readonly theme?: ThemeName;
    /** Draw the legend of shapes and colours (default true). */
    readonly legend?: boolean;
}

export function renderSvg(diagram: LaidOutDiagram, options: RenderOptions = {}): string {
    void diagram; void options;
    throw new Error('renderSvg: being written');
}

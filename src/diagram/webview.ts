/**
 * What the webview bundle may import: the types, layout and SVG stages. Nothing
 * here reaches Langium, Node or vscode, so it runs in a browser and a Web Worker.
 */
export * from './model/diagram-model.js';
export { layoutDiagram, type ElkSource, type LayoutOptions } from './layout/layout-diagram.js';
export type { WorkOrderEngine } from './layout/order-work.js';
export { LayoutCache } from './layout/layout-cache.js';
export { LAYOUT_WIDTH } from './layout/geometry.js';
export { renderSvg, type RenderOptions, type ThemeName } from './render/render-svg.js';

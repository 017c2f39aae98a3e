/**
 * The diagram's three pure stages: AST → model (`buildDiagramModel`), model →
 * layout (`layoutDiagram`), layout → SVG (`renderSvg`). Used by the language
 * server, the command line and the tests; the webview imports `./webview.js`.
 */
export * from './webview.js';
export { buildDiagramModel } from './model/build-diagram-model.js';
export { findingsOfDocuments } from './model/findings.js';
export { createBundledElk } from './layout/default-elk.js';
export { diagramModelOfDocument } from './model/model-of-document.js';
export { renderPng, type PngOptions } from './render/render-png.js';

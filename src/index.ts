export { analyze, extractClaims, compareClaims, extractQuantities, type SourceInput } from './api.js';
export { createIndex, loadIndex, IndexState, type CrosscheckIndex } from './incremental.js';
export { renderText, renderMarkdown, renderJson, textChunks, markdownChunks, jsonChunks, type RenderOptions } from './report/index.js';
export * from './schema/index.js';
export { reportOfClaims } from './claims-report.js';

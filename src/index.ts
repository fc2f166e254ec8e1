export { analyze, extractClaims, compareClaims, extractQuantities } from './api.js';
export { renderText, renderMarkdown, type RenderOptions } from './report/index.js';
export * from './schema/index.js';

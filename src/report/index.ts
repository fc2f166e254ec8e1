export { renderText, textChunks } from './render-text.js';
export { renderMarkdown, markdownChunks } from './render-markdown.js';
export { renderJson, jsonChunks } from './render-json.js';
export type { RenderOptions } from './render-shared.js';

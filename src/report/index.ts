export { renderText } from './render-text.js';
export { renderMarkdown } from './render-markdown.js';
export type { RenderOptions } from './render-shared.js';

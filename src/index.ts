export { analyze, extractClaims, compareClaims, extractQuantities } from './api.js';
export * from './schema/index.js';

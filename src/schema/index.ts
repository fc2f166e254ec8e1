export * from './span.js';
export * from './quantity.js';
export * from './claim.js';
export * from './finding.js';
export * from './source.js';
export * from './report.js';
export * from './options.js';
export { CrosscheckError } from './errors.js';
export { reportJsonSchema } from './json-schema.js';

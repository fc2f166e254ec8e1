export { findQuantities } from './find.js';
export { findNumbers, type NumberMatch } from './numbers.js';
export { findPeriods, type PeriodMatch } from './periods.js';

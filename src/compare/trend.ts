import type { Comparator } from './comparator.js';

/** Which way a figure moved: "rose" against "fell" conflicts, "rose" and "gained" agree. */
export const compareTrend: Comparator = (a, b) => {
  if (!a.trend || !b.trend) return null;
  return { field: 'trend', verdict: a.trend === b.trend ? 'agree' : 'conflict', sides: [a.trend, b.trend], rule: 'trend' };
};

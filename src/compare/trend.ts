import type { Comparator } from './comparator.js';
import type { PositionReader } from './position-reader.js';

/** Which way a figure moved: "rose" against "fell" conflicts, "rose" and "gained" agree. */
export const compareTrend: Comparator = (a, b) => {
  if (!a.trend || !b.trend) return null;
  return { field: 'trend', verdict: a.trend === b.trend ? 'agree' : 'conflict', sides: [a.trend, b.trend], rule: 'trend' };
};

/** A claim stands on the direction it gives: "up", "down". */
export const trendPositions: PositionReader = (claim) => {
  const trend = claim.trend;
  return trend ? [{ aspect: 'trend', key: trend, order: 0, describe: () => trend }] : [];
};

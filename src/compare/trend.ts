import type { Comparator } from './comparator.js';
import type { PositionReader } from './position-reader.js';

type Trend = 'up' | 'down' | 'flat';

/** Which way a figure moved: "rose" against "fell" conflicts, "rose" and "gained" agree. */
export const compareTrend: Comparator<Trend> = {
  read: (claim) => claim.trend || null,
  compare: (a, b) => ({ field: 'trend', verdict: a === b ? 'agree' : 'conflict', sides: [a, b], rule: 'trend' }),
};

/** A claim stands on the direction it gives: "up", "down". */
export const trendPositions: PositionReader = (claim) => {
  const trend = claim.trend;
  return trend ? [{ aspect: 'trend', key: trend, order: 0, describe: () => trend }] : [];
};

import type { Claim } from '../schema/claim.js';
import type { FindingField } from '../schema/finding.js';

export interface CompareSettings {
  tolerance: { money: number; duration: number; quantity: number };
}

/**
 * What one comparator says of two claims of the same event. `agree`: a stated value matches;
 * `consistent`: values overlap but too loosely to corroborate ("billions" and "$15 billion");
 * `conflict`: they cannot both be true.
 */
export interface Comparison {
  field: FindingField;
  verdict: 'agree' | 'consistent' | 'conflict';
  /** Each side's value as normalized for this comparison. */
  sides: [string, string];
  rule: string;
}

/** One comparator per kind of value; it returns null when the two claims do not both state one. */
export type Comparator = (a: Claim, b: Claim, settings: CompareSettings) => Comparison | null;

/** A closed interval, `max` Infinity when unbounded. A stated bound ("up to $5 billion") is a hard edge. */
export interface Interval {
  min: number;
  max: number;
  loose: boolean;
  hardMin: boolean;
  hardMax: boolean;
}

/** Whether two intervals overlap once each soft edge is widened by the relative tolerance. */
export function overlaps(a: Interval, b: Interval, tolerance: number): boolean {
  // Against a stated bound only rounding slack is allowed: "$5.1 billion" breaks "up to $5 billion".
  const slack = (hard: boolean) => (hard ? Math.min(tolerance, 0.005) : tolerance);
  const meets = (low: Interval, high: Interval) => {
    const t = slack(low.hardMin || high.hardMax);
    return low.min * (1 - t) <= high.max * (1 + t);
  };
  return meets(a, b) && meets(b, a);
}

/** "up to $100 billion" is read as a ceiling near which the deal stands, not anything from zero: at least half of it. */
export const CEILING_FLOOR = 0.5;

export function interval(value: { value: number; min: number; max: number | null; bound: string }, scale = 1): Interval {
  const max = value.max === null ? Infinity : value.max;
  const min = value.bound === 'atMost' ? Math.max(value.min, max * CEILING_FLOOR) : value.min;
  return {
    min: min * scale,
    max: max * scale,
    loose: value.bound === 'vague' || value.bound === 'atLeast' || value.bound === 'atMost',
    hardMin: value.bound === 'atLeast',
    hardMax: value.bound === 'atMost',
  };
}

/** Agree when the intervals meet, but only loosely (consistent) when either side is a bound or vague. */
export function verdictOf(a: Interval, b: Interval, tolerance: number): Comparison['verdict'] {
  if (!overlaps(a, b, tolerance)) return 'conflict';
  return a.loose || b.loose ? 'consistent' : 'agree';
}

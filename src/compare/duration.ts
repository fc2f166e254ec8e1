import { DIGITS, distinguish, months } from './describe.js';
import { interval, verdictOf, type Comparator, type Interval } from './comparator.js';
import type { PositionReader } from './position-reader.js';
import type { Claim } from '../schema/claim.js';

type Duration = NonNullable<Claim['duration']>;

const describe = (d: Duration, digits: number) => (d.bound === 'vague' ? `${d.text} (${months(d.min, digits)}+)` : months(d.months, digits));

interface DurationReading {
  duration: Duration;
  range: Interval;
  plain: string;
}

/** Durations in months: "three-year" agrees with "36 months", conflicts with "nine years". */
export const compareDuration: Comparator<DurationReading> = {
  read: (claim) => (claim.duration ? { duration: claim.duration, range: interval(claim.duration), plain: describe(claim.duration, DIGITS) } : null),
  compare: (a, b, settings) => {
    const verdict = verdictOf(a.range, b.range, settings.tolerance.duration);
    return {
      field: 'duration',
      verdict,
      sides: verdict === 'conflict' && a.plain === b.plain ? distinguish((d) => [describe(a.duration, d), describe(b.duration, d)]) : [a.plain, b.plain],
      rule: 'duration-months',
    };
  },
};

/** A duration stands at its length in months, a vague one ("several years") at its words. */
export const durationPositions: PositionReader = (claim) => {
  const d = claim.duration;
  if (!d) return [];
  const key = d.bound === 'vague' ? `vague:${d.text.toLowerCase()}` : `${d.bound === 'approximate' ? 'exact' : d.bound}:${d.months}`;
  return [{ aspect: 'duration', key, order: d.months, describe: (digits) => describe(d, digits) }];
};

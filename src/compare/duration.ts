import { DIGITS, distinguish, months } from './describe.js';
import { interval, verdictOf, type Comparator } from './comparator.js';
import type { PositionReader } from './position-reader.js';
import type { Claim } from '../schema/claim.js';

type Duration = NonNullable<Claim['duration']>;

const describe = (d: Duration, digits: number) => (d.bound === 'vague' ? `${d.text} (${months(d.min, digits)}+)` : months(d.months, digits));

/** Durations in months: "three-year" agrees with "36 months", conflicts with "nine years". */
export const compareDuration: Comparator = (a, b, settings) => {
  if (!a.duration || !b.duration) return null;
  const da = a.duration;
  const db = b.duration;
  const verdict = verdictOf(interval(da), interval(db), settings.tolerance.duration);
  return {
    field: 'duration',
    verdict,
    sides: verdict === 'conflict' ? distinguish((d) => [describe(da, d), describe(db, d)]) : [describe(da, DIGITS), describe(db, DIGITS)],
    rule: 'duration-months',
  };
};

/** A duration stands at its length in months, a vague one ("several years") at its words. */
export const durationPositions: PositionReader = (claim) => {
  const d = claim.duration;
  if (!d) return [];
  const key = d.bound === 'vague' ? `vague:${d.text.toLowerCase()}` : `${d.bound === 'approximate' ? 'exact' : d.bound}:${d.months}`;
  return [{ aspect: 'duration', key, order: d.months, describe: (digits) => describe(d, digits) }];
};

import { months } from './describe.js';
import { interval, verdictOf, type Comparator } from './comparator.js';

/** Durations in months: "three-year" agrees with "36 months", conflicts with "nine years". */
export const compareDuration: Comparator = (a, b, settings) => {
  if (!a.duration || !b.duration) return null;
  const describe = (d: NonNullable<typeof a.duration>) => (d.bound === 'vague' ? `${d.text} (${months(d.min)}+)` : months(d.months));
  return {
    field: 'duration',
    verdict: verdictOf(interval(a.duration), interval(b.duration), settings.tolerance.duration),
    sides: [describe(a.duration), describe(b.duration)],
    rule: 'duration-months',
  };
};

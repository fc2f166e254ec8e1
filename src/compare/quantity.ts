import type { Quantity } from '../schema/quantity.js';
import { shortNumber } from './describe.js';
import { interval, verdictOf, type Comparator, type Comparison } from './comparator.js';

const PREFIXES: [number, string][] = [[1e12, 'T'], [1e9, 'G'], [1e6, 'M'], [1e3, 'k']];

/** "500 MW", "6 GW", "20K GPU", "5 %". */
export function describeQuantity(q: Quantity): string {
  if (q.unit === '%') return `${shortNumber(q.value)}%`;
  if (q.unit.length <= 3 && q.dimension !== 'count') {
    const prefix = PREFIXES.find(([size]) => Math.abs(q.value) >= size);
    return prefix ? `${shortNumber(q.value / prefix[0])} ${prefix[1]}${q.unit}` : `${shortNumber(q.value)} ${q.unit}`;
  }
  return `${shortNumber(q.value)} ${q.unit}`;
}

/** Counted nouns that name the same thing: "60 jets" and "60 aircraft". */
const SAME_THING: Record<string, string> = {
  jet: 'aircraft', plane: 'aircraft', airplane: 'aircraft', airliner: 'aircraft', aeroplane: 'aircraft', widebody: 'aircraft', narrowbody: 'aircraft',
  chip: 'chip', processor: 'chip', accelerator: 'chip', car: 'vehicle', truck: 'vehicle', vehicle: 'vehicle',
};
const unitKey = (unit: string) => {
  const singular = unit.toLowerCase().replace(/s$/, '');
  return SAME_THING[singular] ?? singular;
};

/**
 * Measures of the same unit: "500-megawatt" agrees with "half a gigawatt" and conflicts with "1.5 gigawatts".
 * With several values of one unit on a side, any matching pair agrees.
 */
export const compareQuantity: Comparator = (a, b, settings) => {
  let found: Comparison | null = null;
  for (const qa of a.quantities) {
    for (const qb of b.quantities) {
      if (unitKey(qa.unit) !== unitKey(qb.unit)) continue;
      const verdict = verdictOf(interval(qa), interval(qb), settings.tolerance.quantity);
      const comparison: Comparison = { field: 'quantity', verdict, sides: [describeQuantity(qa), describeQuantity(qb)], rule: `quantity-${qa.dimension}` };
      if (verdict === 'agree') return comparison;
      if (!found || verdict === 'consistent') found = comparison;
    }
  }
  return found;
};

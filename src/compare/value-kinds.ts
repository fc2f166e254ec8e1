import type { FindingField } from '../schema/finding.js';
import type { Comparator } from './comparator.js';
import type { PositionReader } from './position-reader.js';
import { compareMoney, moneyPositions } from './money.js';
import { compareDuration, durationPositions } from './duration.js';
import { compareQuantity, quantityPositions } from './quantity.js';
import { comparePolarity, polarityPositions } from './polarity.js';
import { compareTrend, trendPositions } from './trend.js';

/**
 * A kind of value: the field it fills, how two claims compare on it, where one claim stands on it, and whose it
 * is in an event with several parties on one side (see `shares.ts`): `deal`, the whole deal's (one term for a
 * syndicated loan); `party`, each party's (a denial for Arleth says nothing of Fulmar, but one of the whole deal
 * does); `share`, each party's part (Arleth's $450m a season is no figure for Fulmar, nor for all three).
 */
export interface ValueKind {
  field: FindingField;
  compare: Comparator;
  positions: PositionReader;
  scope: 'deal' | 'party' | 'share';
}

/** Every kind of value, in the order their fields rank in an explanation. */
export const VALUE_KINDS: readonly ValueKind[] = [
  { field: 'polarity', compare: comparePolarity, positions: polarityPositions, scope: 'party' },
  { field: 'trend', compare: compareTrend, positions: trendPositions, scope: 'party' },
  { field: 'amount', compare: compareMoney, positions: moneyPositions, scope: 'share' },
  { field: 'duration', compare: compareDuration, positions: durationPositions, scope: 'deal' },
  { field: 'quantity', compare: compareQuantity, positions: quantityPositions, scope: 'share' },
];

/**
 * Whether two claims' values of a kind are comparable, given whose share each claim states (`''` for all of
 * the several side, or for an event of two parties): a `share` only with the same share, a `party` value unless
 * the two name different parties, a `deal` value always.
 */
export function comparable(kind: ValueKind, a: string, b: string): boolean {
  return a === b || kind.scope === 'deal' || (kind.scope === 'party' && (a === '' || b === ''));
}

/** The aspect a claim's value stands under: a party's own value apart from the whole deal's ("amount per year, USD (Fulmar Sports)"). */
export function aspectFor(kind: ValueKind, aspect: string, share: string): string {
  return share === '' || kind.scope === 'deal' ? aspect : `${aspect} (${share})`;
}

import type { FindingField } from '../schema/finding.js';
import type { Comparator } from './comparator.js';
import type { PositionReader } from './position-reader.js';
import { compareMoney, moneyPositions } from './money.js';
import { compareDuration, durationPositions } from './duration.js';
import { compareQuantity, quantityPositions } from './quantity.js';
import { comparePolarity, polarityPositions } from './polarity.js';
import { compareTrend, trendPositions } from './trend.js';

/** A kind of value: the field it fills, how two claims compare on it, and where one claim stands on it. */
export interface ValueKind {
  field: FindingField;
  compare: Comparator;
  positions: PositionReader;
}

/** Every kind of value, in the order their fields rank in an explanation. */
export const VALUE_KINDS: readonly ValueKind[] = [
  { field: 'polarity', compare: comparePolarity, positions: polarityPositions },
  { field: 'trend', compare: compareTrend, positions: trendPositions },
  { field: 'amount', compare: compareMoney, positions: moneyPositions },
  { field: 'duration', compare: compareDuration, positions: durationPositions },
  { field: 'quantity', compare: compareQuantity, positions: quantityPositions },
];

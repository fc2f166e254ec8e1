import type { Claim } from '../schema/claim.js';

/**
 * Where one claim stands on one aspect of an event: "amount per year, USD" at "$15B a year".
 * Claims with the same `aspect` and `key` form one position.
 */
export interface PositionValue {
  /** What is measured, with whatever keeps incomparable values apart (currency, unit): "quantity, W". */
  aspect: string;
  /** The normalized value, exact: two claims share a position only when their keys are equal. */
  key: string;
  /** Sorts positions of one aspect from low to high when they have as many sources. */
  order: number;
  /** The value for a reader, with as many significant digits as asked: "$15B a year". */
  describe: (digits: number) => string;
  /** A position every claim takes unless it says otherwise ("asserted"): shown only beside an explicit one. */
  implicit?: boolean;
}

/** One reader per kind of value, beside its comparator; `[]` when the claim states no such value. */
export type PositionReader = (claim: Claim) => PositionValue[];

import { z } from 'zod';
import { Bound, Span } from './span.js';

/** The periods a rate can be stated per, from "a day" to "annually". */
export const Period = z.enum(['year', 'quarter', 'month', 'week', 'day']);
export type Period = z.infer<typeof Period>;

const valueShape = {
  /** Central value. For a rate it is per `per`; for a bound it is the bound itself. */
  value: z.number(),
  /** Lowest value the words allow (equal to `value` when exact). */
  min: z.number(),
  /** Highest value the words allow (`Infinity` is written as `null`). */
  max: z.number().nullable(),
  bound: Bound,
  /** The words as written. */
  text: z.string(),
  span: Span,
  /** The rule that produced the value, for provenance. */
  rule: z.string(),
  /**
   * Set when the words around the value make it no term of a deal, naming why: `history` ("its 25-year history"),
   * `reporting-period` ("full-year profit"), `savings` ("£60m of annual cost savings"), `target-price` ("our €48 target
   * price"), and the other reasons of `INCIDENTAL_RULES` in src/quantities/incidental.ts. Claims leave such values out;
   * `extractQuantities` still reports them.
   */
  incidental: z.string().optional(),
};

/** A sum of money: "$45B", "€2.5bn", "$15 billion annually", "between $10 and $12 billion". */
export const Amount = z.object({
  ...valueShape,
  /** ISO 4217 code: USD, EUR, GBP, JPY ... */
  currency: z.string(),
  /** Set when the amount is a rate ("$15 billion a year"): `value` is then per this period. */
  per: Period.nullable(),
  /** True for a price of one unit ("$23.28 a share"), which is never the size of a deal. */
  unitPrice: z.boolean(),
  /** True for a total computed from a price and a count ("$37 a share for 80 million shares" → $2.96B), never written as such. */
  derived: z.boolean().optional(),
});
export type Amount = z.infer<typeof Amount>;

/** A length of time: "three-year", "36 months", "a decade", "multi-year". */
export const Duration = z.object({
  ...valueShape,
  /** The length in months (a year is 12, a week 12/52, a day 12/365). */
  months: z.number(),
});
export type Duration = z.infer<typeof Duration>;

/**
 * A measured or counted quantity other than money or time. Power is in `W`, percentages in `%`,
 * counted things by their singular noun (`GPU`, `TPU`, `share`).
 */
export const Quantity = z.object({
  ...valueShape,
  unit: z.string(),
  /** What the unit measures: `power`, `energy`, `percent`, `count`, `data`, `length`, `mass` ... */
  dimension: z.string(),
});
export type Quantity = z.infer<typeof Quantity>;

/** What `extractQuantities` returns: every amount, duration and other quantity in a text, in text order. */
export const Quantities = z.object({
  amounts: z.array(Amount),
  durations: z.array(Duration),
  quantities: z.array(Quantity),
});
export type Quantities = z.infer<typeof Quantities>;

import { z } from 'zod';
import { Bound, Span } from './span.js';
import type * as T from './types.js';

/** The periods a rate can be stated per, from "a day" to "annually". */
export const Period = z
  .enum(['year', 'quarter', 'month', 'week', 'day'])
  .describe('The period a rate is stated per, from "a day" to "annually".');
export type Period = z.infer<typeof Period>;

const valueShape = {
  value: z.number().describe('Central value. For a rate it is per `per`; for a bound it is the bound itself.'),
  min: z.number().describe('Lowest value the words allow (equal to `value` when exact).'),
  max: z.number().nullable().describe('Highest value the words allow; null when unbounded ("more than $5 billion").'),
  bound: Bound,
  text: z.string().describe('The words as written.'),
  span: Span.describe('Where `text` stands in the source text.'),
  rule: z.string().describe('The rule that produced the value, for provenance ("money.symbol").'),
  incidental: z
    .string()
    .optional()
    .describe(
      'Set when the words around the value make it no term of a deal, naming why: `history` ("its 25-year history"), `reporting-period` ("full-year profit"), `savings` ("£60m of annual cost savings"), `target-price` ("our €48 target price"), and the other reasons of src/quantities/incidental.ts. Claims leave such values out; `extractQuantities` still reports them.',
    ),
};

/** A sum of money: "$45B", "€2.5bn", "$15 billion annually", "between $10 and $12 billion". */
export const Amount = z
  .object({
    ...valueShape,
    currency: z.string().describe('ISO 4217 code: USD, EUR, GBP, JPY ...'),
    per: Period.nullable().describe('Set when the amount is a rate ("$15 billion a year"): `value` is then per this period; null for a total.'),
    unitPrice: z.boolean().describe('True for a price of one unit ("$23.28 a share"), which is never the size of a deal.'),
    derived: z
      .boolean()
      .optional()
      .describe('True for a total computed from a price and a count ("$37 a share for 80 million shares" gives $2.96B), never written as such.'),
  })
  .describe('A sum of money: "$45B", "€2.5bn", "$15 billion annually", "between $10 and $12 billion".');
export interface Amount extends T.AmountFields {}

/** A length of time: "three-year", "36 months", "a decade", "multi-year". */
export const Duration = z
  .object({
    ...valueShape,
    months: z.number().describe('The length in months (a year is 12, a week 12/52, a day 12/365).'),
  })
  .describe('A length of time: "three-year", "36 months", "a decade", "multi-year".');
export interface Duration extends T.DurationFields {}

/**
 * A measured or counted quantity other than money or time. Power is in `W`, percentages in `%`,
 * counted things by their singular noun (`GPU`, `TPU`, `share`).
 */
export const Quantity = z
  .object({
    ...valueShape,
    unit: z.string().describe('The canonical unit: `W` for power, `%` for percentages, the singular noun for counted things (`GPU`).'),
    dimension: z.string().describe('What the unit measures: `power`, `energy`, `percent`, `count`, `data`, `length`, `mass` ...'),
    per: Period.optional().describe('Set when the quantity is a rate ("500,000 tonnes a year", "8,000 barrels per day"): `value` is then per this period; absent for a total.'),
  })
  .describe('A measured or counted quantity other than money or time, in a canonical unit.');
export interface Quantity extends T.QuantityFields {}

/** What `extractQuantities` returns: every amount, duration and other quantity in a text, in text order. */
export const Quantities = z
  .object({
    amounts: z.array(Amount).describe('Every sum of money, in text order.'),
    durations: z.array(Duration).describe('Every length of time, in text order.'),
    quantities: z.array(Quantity).describe('Every other measure or count, in text order.'),
  })
  .describe('What `extractQuantities` returns: every amount, duration and other quantity in a text, in text order.');
export interface Quantities extends T.QuantitiesFields {}

import type { Quantities } from '../schema/quantity.js';
import { makeContext } from './context.js';
import { findCounts } from './counts.js';
import { findDurations } from './durations.js';
import { findMeasures } from './measures.js';
import { findShareFractions } from './share-fractions.js';
import { findOwnershipSplits } from './ownership-splits.js';
import { findMoney } from './money.js';
import { findVague } from './vague.js';
import { findUnstatedMoney } from './unstated-money.js';
import { markIncidental } from './incidental.js';
import { deriveTotals } from './derived-totals.js';
import { markQuantityRates } from './quantity-rates.js';

const byStart = (a: { span: { start: number } }, b: { span: { start: number } }): number => a.span.start - b.span.start;

/**
 * Every amount of money, duration and other quantity in a text, in text order.
 * The families run in a fixed order, each claiming its tokens so later ones cannot reuse them:
 * money → vague amounts → fractions of a firm → ownership splits → counts → measures → sums with no currency → durations; then totals a unit price and a count imply are added, and values the words beside them make incidental are marked.
 *
 * @example findQuantities('a three-year, $45 billion deal').amounts[0].value // 45e9
 */
export function findQuantities(text: string, context: { publishedAt?: Date } = {}): Quantities {
  if (typeof text !== 'string' || text.length === 0) return { amounts: [], durations: [], quantities: [] };
  const published = context.publishedAt instanceof Date && !Number.isNaN(context.publishedAt.getTime()) ? context.publishedAt : null;
  const ctx = makeContext(text, published);
  const money = findMoney(ctx);
  const vague = findVague(ctx, money);
  // ("two fifths of Siskin": a fraction of a firm before the counts read "fifths" as a counted noun.)
  const fractions = findShareFractions(ctx);
  // ("a 60:40 joint venture": a venture's split, before counts and measures read its numbers.)
  const splits = findOwnershipSplits(ctx);
  const counts = findCounts(ctx);
  const measures = findMeasures(ctx);
  markQuantityRates(ctx, measures);
  markQuantityRates(ctx, counts);
  // ("about four and a half billion over five years": a sum said with no currency, once counts and measures are read,
  // before durations so that its rate ("nine hundred mil a year") is its own.)
  const unstated = findUnstatedMoney(ctx);
  const durations = findDurations(ctx);
  const derived = deriveTotals(ctx, money, counts);
  return markIncidental(ctx, {
    amounts: [...money, ...vague.amounts, ...unstated, ...derived].sort(byStart),
    durations,
    quantities: [...measures, ...fractions, ...splits, ...counts, ...vague.quantities].sort(byStart),
  });
}

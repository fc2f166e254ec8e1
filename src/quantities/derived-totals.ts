import type { Amount, Quantity } from '../schema/quantity.js';
import type { Bound } from '../schema/span.js';
import { round } from './bounds.js';
import { tokenIndexAt, type Context } from './context.js';

/**
 * A price of one unit next to a count of those units is a total the text implies, as records (order, reach, example):
 * - `price-then-count`: "$37 a share for about 80 million shares outstanding" → about $2.96 billion;
 * - `count-then-price`: "80 million shares at $37 each" → $2.96 billion.
 * The total is marked `derived` and named by its rule; it is left out when the sentence states a total itself.
 */
export const PRICE_TIMES_COUNT: readonly { rule: string; order: 'price-count' | 'count-price'; reach: number; example: string; value: number }[] = [
  { rule: 'money.price-times-count', order: 'price-count', reach: 6, example: '$37 a share for about 80 million shares outstanding', value: 2.96e9 },
  { rule: 'money.count-times-price', order: 'count-price', reach: 3, example: 'it sold 80 million shares at $37 each', value: 2.96e9 },
];

/** Words that close a price of any unit: "$5 each", "$5 apiece". */
const ANY_UNIT = new Set(['each', 'apiece']);
const SENTENCE_END = new Set(['.', ';', '!', '?']);

/** The unit a price is per, from its last word ("a share" → "share"); null when any unit goes ("each"). */
function priceUnit(ctx: Context, price: Amount): string | null {
  const last = ctx.tokens[tokenIndexAt(ctx, price.span.end) - 1];
  return last === undefined || ANY_UNIT.has(last.lower) ? null : last.lower;
}

/** Tokens strictly between two values, or null when a sentence ends between them. */
function gap(ctx: Context, endOffset: number, startOffset: number): number | null {
  const from = tokenIndexAt(ctx, endOffset);
  const to = tokenIndexAt(ctx, startOffset);
  for (let k = from; k < to; k++) if (SENTENCE_END.has(ctx.tokens[k]?.text ?? '')) return null;
  return to - from;
}

/** The sentence around a character offset, as character bounds (cut at '.', ';', '!' and '?' tokens). */
function sentenceOf(ctx: Context, offset: number): [number, number] {
  const t = ctx.tokens;
  let a = tokenIndexAt(ctx, offset);
  let b = a;
  while (a > 0 && !SENTENCE_END.has(t[a - 1]?.text ?? '')) a--;
  while (b < t.length && !SENTENCE_END.has(t[b]?.text ?? '')) b++;
  return [t[a]?.start ?? 0, t[b - 1]?.end ?? ctx.text.length];
}

function boundOf(price: Amount, count: Quantity): Bound {
  if (count.bound !== 'exact') return count.bound;
  return price.bound;
}

function total(ctx: Context, price: Amount, count: Quantity, rule: string): Amount {
  const start = Math.min(price.span.start, count.span.start);
  const end = Math.max(price.span.end, count.span.end);
  const max = price.max === null || count.max === null ? null : round(price.max * count.max);
  return {
    value: round(price.value * count.value), min: round(price.min * count.min), max, bound: boundOf(price, count),
    text: ctx.text.slice(start, end), span: { start, end }, rule, currency: price.currency, per: null, unitPrice: false, derived: true,
  };
}

/**
 * Totals implied by a unit price and a count of the same units, to add to the amounts found.
 * @example deriveTotals(ctx, amounts, quantities) // "$37 a share for about 80 million shares" → [{ value: 2.96e9, derived: true, ... }]
 */
export function deriveTotals(ctx: Context, amounts: readonly Amount[], quantities: readonly Quantity[]): Amount[] {
  const out: Amount[] = [];
  const counts = quantities.filter((q) => q.dimension === 'count' && q.bound !== 'vague');
  for (const price of amounts) {
    if (!price.unitPrice || price.bound === 'vague') continue;
    const unit = priceUnit(ctx, price);
    const fits = (q: Quantity): boolean => unit === null || q.unit.toLowerCase() === unit;
    const [from, to] = sentenceOf(ctx, price.span.start);
    const stated = amounts.some((a) => !a.unitPrice && a.bound !== 'vague' && a.currency === price.currency && a.span.start >= from && a.span.start < to);
    if (stated) continue;
    for (const r of PRICE_TIMES_COUNT) {
      const count = r.order === 'price-count'
        ? counts.find((q) => q.span.start >= price.span.end && fits(q) && (gap(ctx, price.span.end, q.span.start) ?? Infinity) <= r.reach)
        : counts.find((q) => q.span.end <= price.span.start && fits(q) && (gap(ctx, q.span.end, price.span.start) ?? Infinity) <= r.reach);
      if (count === undefined) continue;
      out.push(total(ctx, price, count, r.rule));
      break;
    }
  }
  return out;
}

import type { Quantity } from '../schema/quantity.js';
import { free, spanOf, take, type Context } from './context.js';
import { attached } from './tokens.js';

/** Words beside a split that say it divides the ownership of a venture: "a 50-50 joint venture", "split 60:40". */
const SPLIT_WORDS: ReadonlySet<string> = new Set(['joint', 'venture', 'jv', 'jvco', 'split', 'partnership', 'ownership', 'owned', 'basis', 'stakes', 'shareholding']);

/** How many tokens before or after the split such a word may stand. */
const SPLIT_REACH = 3;

/** Joins between the two shares of a split: "50-50", "60:40", "60/40". */
const SPLIT_JOINS: ReadonlySet<string> = new Set(['-', ':', '/']);

/**
 * A venture's ownership split written as two shares that make a hundred, beside a word of ownership: "a 50-50 joint
 * venture", "a 60:40 JV", "split 70/30", "a fifty-fifty venture". It is read as the first share, a percentage, which
 * the comparison sets against the other sources' shares of the same venture as its minority share (`split` in
 * src/compare/quantity.ts).
 *
 * @example findQuantities('a 60:40 joint venture').quantities[0] // { value: 60, unit: '%', rule: 'percent.split', ... }
 */
export function findOwnershipSplits(ctx: Context): Quantity[] {
  const out: Quantity[] = [];
  const t = ctx.tokens;
  for (let i = 0; i + 2 < t.length; i++) {
    const share = splitAt(ctx, i);
    if (share === null || !free(ctx, i, i + 3) || !besideSplitWord(ctx, i, i + 3)) continue;
    out.push({ value: share, min: share, max: share, bound: 'exact', ...spanOf(ctx, i, i + 3), rule: 'percent.split', unit: '%', dimension: 'percent' });
    take(ctx, i, i + 3);
    i += 2;
  }
  return out;
}

/** The first share of a split written at `i` ("60:40", "fifty-fifty"), or null. */
function splitAt(ctx: Context, i: number): number | null {
  const [a, join, b] = [ctx.tokens[i]!, ctx.tokens[i + 1]!, ctx.tokens[i + 2]!];
  if (!SPLIT_JOINS.has(join.text) || !attached(ctx.tokens, i + 1) || !attached(ctx.tokens, i + 2)) return null;
  if (a.lower === 'fifty' && b.lower === 'fifty') return 50;
  if (a.kind !== 'num' || b.kind !== 'num' || !/^\d{1,2}$/.test(a.text) || !/^\d{1,2}$/.test(b.text)) return null;
  const [x, y] = [Number(a.text), Number(b.text)];
  return x > 0 && y > 0 && x + y === 100 ? x : null;
}

function besideSplitWord(ctx: Context, from: number, to: number): boolean {
  for (let k = Math.max(0, from - SPLIT_REACH); k < Math.min(ctx.tokens.length, to + SPLIT_REACH); k++) {
    if ((k < from || k >= to) && SPLIT_WORDS.has(ctx.tokens[k]!.lower)) return true;
  }
  return false;
}

import type { Quantity } from '../schema/quantity.js';
import { free, take, tokenIndexAt, type Context } from './context.js';
import { spreadRateAt } from './money.js';
import { phraseAt } from './phrases.js';
import { RATE_MAP, TIME_ANCHORS } from './rates.js';

/** Goods take more words than money between the figure and its period: "180,000 tonnes of low-emission flat steel a year". */
const QUANTITY_RATE_WINDOW = 6;

/**
 * "500,000 tonnes a year", "8,000 barrels per day", "1.2 billion cubic metres of gas annually": a measure or a count
 * the words after it make a rate, read with money's rate words (`RATES`) right after it or a few nouns on
 * (`RATE_LINKERS`: "of gas a year"). The rate's words are taken, so no duration reads "a year" there. A percentage is
 * never a rate here ("5% a year" is a change, not a quantity of goods).
 */
export function markQuantityRates(ctx: Context, quantities: Quantity[]): void {
  for (const q of quantities) {
    if (q.dimension === 'percent') continue;
    const j = tokenIndexAt(ctx, q.span.end);
    const direct = phraseAt(ctx.tokens, j, RATE_MAP);
    const rate = direct !== null && free(ctx, j, direct.end) && !TIME_ANCHORS.has(ctx.tokens[direct.end]?.lower ?? '') ? direct : null;
    const spread = rate === null ? spreadRateAt(ctx, j, QUANTITY_RATE_WINDOW) : null;
    const per = rate?.value ?? spread?.per;
    if (per === undefined) continue;
    q.per = per;
    take(ctx, j, rate?.end ?? spread!.end);
  }
}

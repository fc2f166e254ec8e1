import type { Amount } from '../schema/quantity.js';
import { spanOf, take, type Context } from './context.js';
import { parseNumber, type NumberHit } from './numbers.js';
import { shapedAt, type Family, type UnitHit } from './shape.js';
import { attached } from './tokens.js';
import { CURRENCY_AFTER, UNSTATED_CURRENCY } from './currencies.js';
import { phraseAt } from './phrases.js';
import { suffixAt } from './money.js';

/**
 * Sums said without a currency, as people talk: "paying about four and a half billion over five years", "got the
 * package for three-point-two bil", "nine hundred mil a year". The currency is ISO 4217's `XXX` (none stated), which
 * a comparison lets meet any currency. Only after the other families have taken their figures ("1.5 million tonnes"
 * is a count), only for sums of a million or more, and only where a word of paying or worth stands just before or a rate
 * ("a year") just after.
 */
export { UNSTATED_CURRENCY };

/** Slang scales after a bare number: "nine hundred mil", "3.2 bil". ("R$ 800 mil" is Portuguese thousands: a currency stands before it.) */
const SLANG_SCALES: Readonly<Record<string, number>> = { mil: 1e6, mill: 1e6, bil: 1e9, bill: 1e9, mils: 1e6, bils: 1e9 };

/** Words that make a bare sum a price: "paying ~", "worth ~", "for ~", "valued at ~", "cost ~". */
const PAYING_CUES: ReadonlySet<string> = new Set([
  'pay', 'pays', 'paid', 'paying', 'worth', 'for', 'valued', 'value', 'values', 'cost', 'costs', 'costing', 'price', 'priced', 'spend',
  'spends', 'spent', 'spending', 'fetch', 'fetched', 'fetches', 'raise', 'raised', 'raising', 'bid', 'offer', 'offered', 'at', 'with',
  // Slang for paying, as phrasal verbs: "shelling out something like 2,400 crore", "forked over", "splashed out", "stumped up", "coughed up".
  'shell', 'shells', 'shelled', 'shelling', 'fork', 'forks', 'forked', 'forking', 'splash', 'splashed', 'splashing', 'stump', 'stumped', 'stumping',
  'cough', 'coughed', 'coughing',
  // A deal noun the sum stands beside: "the new Copperleaf-Lanternfish deal, two hundred and ten million over forty-eight months".
  'deal', 'contract', 'pact', 'agreement', 'package', 'takeover', 'buyout',
]);
/** What may follow the sum: the end, a mark, a rate or a term, or the next clause; never a counted noun ("million tonnes"). */
const AFTER_SUM: ReadonlySet<string> = new Set([
  'over', 'for', 'a', 'an', 'per', 'each', 'every', 'annually', 'yearly', 'upfront', 'up-front', 'in', 'on', 'from', 'to', 'and', 'or', 'but',
  'so', 'which', 'that', 'give', 'plus', 'all', 'total', 'altogether', 'cash', 'on paper', 'at', 'with',
]);

/** How far back a word of paying may stand: "the value, I think it was like three point six billion". */
const CUE_WINDOW = 8;

/** A word of paying a few words before the sum, in its clause: "is paying the league about four and a half billion". */
function cuedBefore(ctx: Context, start: number, window = CUE_WINDOW, cues: ReadonlySet<string> = PAYING_CUES): boolean {
  for (let k = start - 1; k >= Math.max(0, start - window); k--) {
    const t = ctx.tokens[k]!;
    if (t.kind !== 'word') {
      if (t.text === ',' || t.text === '-' || t.text === '~') continue;
      return false;
    }
    if (cues.has(t.lower)) return true;
  }
  return false;
}

/** Words of paying before "900m" that make it money: not "at" or "with", which as often lead to a length ("at 300m"). */
const SHORT_SUM_CUES: ReadonlySet<string> = new Set([...PAYING_CUES].filter((w) => w !== 'at' && w !== 'with'));
/** How far back such a word may stand: "paid 900m", "paying the founders 900m". */
const SHORT_SUM_CUE_WINDOW = 4;

/** Scales said of money alone: "twelve hundred crore", "forty lakh". */
const MONEY_SCALES = /\b(?:crores?|lakhs?|lacs?)$/i;

/** Words after a sum that say it is money: "Eight hundred fifty million, all cash", "sixty million upfront". */
const MONEY_AFTER: ReadonlySet<string> = new Set(['cash', 'upfront', 'up-front']);

/** A word of money right after the sum, past a comma and "all" or "in": "eight hundred fifty million, all cash". */
function moneyAfter(ctx: Context, end: number): boolean {
  let k = end;
  if (ctx.tokens[k]?.text === ',') k++;
  // ("six hundred million all in": the whole of a price.)
  if (ctx.tokens[k]?.lower === 'all' && ctx.tokens[k + 1]?.lower === 'in' && ctx.tokens[k + 2]?.kind !== 'word') return true;
  if (ctx.tokens[k]?.lower === 'all' || ctx.tokens[k]?.lower === 'in') k++;
  return MONEY_AFTER.has(ctx.tokens[k]?.lower ?? '');
}

/** Nouns of a term after a sum. */
const TERM_NOUNS = /^(?:years?|seasons?|months?|quarters?)$/;

/** A term right after the sum, "two-point-six billion over eight years": a sum paid over a term is money. */
function termAfter(ctx: Context, end: number): boolean {
  const t = ctx.tokens;
  if (t[end]?.lower !== 'over' && t[end]?.lower !== 'across') return false;
  let k = end + 1;
  if (t[k]?.lower === 'the' || t[k]?.lower === 'its') k++;
  const count = parseNumber(t, k, {});
  if (count === null || count.scale !== 1) return false;
  k = count.end;
  if (t[k]?.text === '-') k++;
  return TERM_NOUNS.test(t[k]?.lower ?? '');
}

function endsSum(ctx: Context, j: number): boolean {
  const t = ctx.tokens[j];
  return t === undefined || t.kind !== 'word' || AFTER_SUM.has(t.lower);
}

/** Scales written short after a sum with no currency ("paid 900m for the operator"), read where `millionsNotMetres` gives the metres up. */
const SHORT_SCALES: ReadonlySet<string> = new Set(['m', 'mn', 'bn', 'b']);

const UNSTATED: Family<string> = {
  numberOptions: { abbreviations: SHORT_SCALES, article: false },
  after(ctx: Context, j: number, num: NumberHit): UnitHit<string> | null {
    const slang = ctx.tokens[j]?.kind === 'word' ? SLANG_SCALES[ctx.tokens[j]!.lower] : undefined;
    if (slang !== undefined && num.scale === 1 && attached(ctx.tokens, j) === false && endsSum(ctx, j + 1)) return { unit: UNSTATED_CURRENCY, end: j + 1, factor: slang };
    if (num.scale >= 1e6 && endsSum(ctx, j)) return { unit: UNSTATED_CURRENCY, end: j, factor: 1 };
    return null;
  },
};

/**
 * "paid 900m for the operator", "10m a season": a number with "m" written onto it, after a word of paying or before a
 * rate, is a sum in millions with no currency, not a length in metres.
 */
export function millionsNotMetres(ctx: Context, numberStart: number, unitStart: number, unitEnd: number): boolean {
  const unit = ctx.tokens[unitStart];
  if (unit?.text !== 'm' || !attached(ctx.tokens, unitStart)) return false;
  return cuedBefore(ctx, numberStart, SHORT_SUM_CUE_WINDOW, SHORT_SUM_CUES) || suffixAt(ctx, unitEnd)?.per != null;
}

/** Words that hedge a figure told again: "or roughly 120 million a year". */
const RESTATED_HEDGES: ReadonlySet<string> = new Set(['about', 'some', 'roughly', 'around', 'nearly', 'almost', 'approximately', '~']);

/**
 * "600 million syringes, or roughly 120 million a year": a bare rate told after ", or" that follows a count of goods is that
 * count told per year, not money. The count is a number and up to five words of goods, none a currency's.
 */
function restatesCount(ctx: Context, start: number): boolean {
  const t = ctx.tokens;
  let k = start - 1;
  while (k >= 0 && RESTATED_HEDGES.has(t[k]!.lower)) k--;
  if (t[k]?.lower !== 'or') return false;
  k--;
  if (t[k]?.text === ',') k--;
  const noun = t[k];
  if (noun?.kind !== 'word' || !/^\p{Ll}[\p{Ll}-]*s$/u.test(noun.text) || phraseAt(t, k, CURRENCY_AFTER) !== null) return false;
  for (let words = 0; k >= 0 && words <= 5; k--, words++) {
    if (t[k]!.kind === 'num') return true;
    if (t[k]!.kind !== 'word') return false;
  }
  return false;
}

/** Sums of a million or more said with no currency, after a word of paying or worth (see `UNSTATED_CURRENCY`). */
export function findUnstatedMoney(ctx: Context): Amount[] {
  const out: Amount[] = [];
  for (let i = 0; i < ctx.tokens.length; i++) {
    const s = shapedAt(ctx, UNSTATED, i);
    if (s === null || s.value < 1e6) continue;
    // ("nine hundred mil a year": slang scales, the only unit here with a factor, are said of money only and need no
    // word of paying.)
    // ("twenty-six percent, twelve hundred crore": a sum in crores or lakhs, which count money, needs no word of paying either.)
    const slang = s.core.factor !== 1 || MONEY_SCALES.test(ctx.text.slice(ctx.tokens[s.start]!.start, ctx.tokens[s.end - 1]!.end));
    // ("nine hundred mil a year": a rate, as with any currency; "Eighteen million a year in rent": a bare sum said as a
    // yearly rate is money too.)
    const suffix = suffixAt(ctx, s.end);
    if (!slang && !cuedBefore(ctx, s.start) && !suffix?.per && !moneyAfter(ctx, s.end) && !termAfter(ctx, s.end)) continue;
    if (!slang && suffix?.per && !cuedBefore(ctx, s.start) && restatesCount(ctx, s.start)) continue;
    const end = suffix === null ? s.end : suffix.end;
    out.push({
      value: s.value, min: s.min, max: s.max, bound: s.bound,
      ...spanOf(ctx, s.start, end),
      rule: 'money.unstated-currency',
      currency: UNSTATED_CURRENCY,
      per: suffix?.per ?? null,
      unitPrice: suffix?.unitPrice ?? false,
    });
    take(ctx, s.start, end);
    i = end - 1;
  }
  return out;
}

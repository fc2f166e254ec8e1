import type { Amount, Period } from '../schema/quantity.js';
import { spanOf, free, take, type Context } from './context.js';
import { CURRENCY_AFTER, CURRENCY_BEFORE } from './currencies.js';
import { phraseAt, phraseTable } from './phrases.js';
import { RATE_MAP, UNIT_NOUN_SET, UNIT_PRICE_WORDS } from './rates.js';
import { shapedAt, type Family } from './shape.js';

/** Money: "$45B", "US$45,000,000,000", "USD 45bn", "45 billion dollars", "€2.5bn", "between $10 and $12 billion". */
export const MONEY: Family<string> = {
  numberOptions: { abbreviations: true },
  before(ctx, i) {
    const hit = phraseAt(ctx.tokens, i, CURRENCY_BEFORE);
    if (hit === null) return null;
    const next = ctx.tokens[hit.end];
    if (next === undefined) return null;
    return { unit: hit.value, end: hit.end };
  },
  after(ctx, j, num, before) {
    if (before !== null) return null;
    const hit = phraseAt(ctx.tokens, j, CURRENCY_AFTER);
    if (hit === null || hit.value.ifScaled && num.scale < 1e3) return null;
    return { unit: hit.value.code, end: hit.end, factor: hit.value.factor };
  },
};

const UNIT_PRICE_TABLE = phraseTable([...UNIT_PRICE_WORDS].map((w) => [w, true] as const));
const CHUNK_MAX = 5;

/** A unit after "per" or "/": "GPU-hour", "barrel", "kWh". Returns the index past it. */
function unitChunk(ctx: Context, i: number): number {
  const t = ctx.tokens;
  let j = i;
  while (j < t.length && j - i < CHUNK_MAX) {
    const tok = t[j];
    if (tok === undefined) break;
    if (j > i && tok.start !== t[j - 1]?.end) break;
    if (tok.kind === 'sym' && tok.text !== '-') break;
    j++;
  }
  while (j > i && t[j - 1]?.text === '-') j--;
  return j;
}

/** Rate ("a year") or price of one unit ("a share", "per GPU-hour") after an amount. */
function suffixAt(ctx: Context, j: number): { per: Period | null; unitPrice: boolean; end: number } | null {
  const rate = phraseAt(ctx.tokens, j, RATE_MAP);
  if (rate !== null && free(ctx, j, rate.end)) return { per: rate.value, unitPrice: false, end: rate.end };
  const t = ctx.tokens[j];
  if (t === undefined || !free(ctx, j, j + 1)) return null;
  const words = phraseAt(ctx.tokens, j, UNIT_PRICE_TABLE);
  if (words !== null) return { per: null, unitPrice: true, end: words.end };
  if (t.lower === 'per' || t.text === '/') {
    const end = unitChunk(ctx, j + 1);
    if (end > j + 1 && ctx.tokens[j + 1]?.kind === 'word' && free(ctx, j + 1, end)) return { per: null, unitPrice: true, end };
  }
  if (t.lower === 'a' || t.lower === 'an') {
    const end = unitChunk(ctx, j + 1);
    const noun = ctx.tokens.slice(j + 1, end).map((x) => x.lower).join('');
    if (UNIT_NOUN_SET.has(noun)) return { per: null, unitPrice: true, end };
  }
  return null;
}

/** Every amount of money with a currency, in text order; marks its tokens taken. */
export function findMoney(ctx: Context): Amount[] {
  const out: Amount[] = [];
  for (let i = 0; i < ctx.tokens.length; i++) {
    const s = shapedAt(ctx, MONEY, i);
    if (s === null) continue;
    const suffix = s.range ? suffixAt(ctx, s.end) : suffixAt(ctx, s.end);
    const end = suffix === null ? s.end : suffix.end;
    const rule = s.range ? 'money.range' : s.core.prefixed ? 'money.symbol' : 'money.words';
    out.push({
      value: s.value, min: s.min, max: s.max, bound: s.bound,
      ...spanOf(ctx, s.start, end),
      rule,
      currency: s.unit,
      per: suffix?.per ?? null,
      unitPrice: suffix?.unitPrice ?? false,
    });
    take(ctx, s.start, end);
    i = end - 1;
  }
  return out;
}

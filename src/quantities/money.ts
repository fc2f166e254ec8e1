import type { Amount, Period } from '../schema/quantity.js';
import { spanOf, free, take, type Context } from './context.js';
import { CURRENCY_AFTER, CURRENCY_BEFORE, CURRENCY_BEFORE_FOLDED, MINOR_WORDS, isRegionalCurrencyWord, regionalCurrency, UNSTATED_CURRENCY } from './currencies.js';
import { isNumberWord, SCALES } from './number-words.js';
import { parseNumber, type NumberHit } from './numbers.js';
import { phraseAt, phraseTable } from './phrases.js';
import { PHRASE_STOP } from './count-nouns.js';
import { countsGoods } from '../lexicon/count-kinds.js';
import { RATE_LINKER_MAP, RATE_MAP, RATE_WINDOW, SEASON_RATE_MAP, TIME_ANCHORS, UNIT_NOUN_SET, UNIT_PRICE_WORDS } from './rates.js';
import { rescale, shapedAt, type Family, type Shaped, type UnitHit } from './shape.js';
import { attached } from './tokens.js';

const ARTICLES = new Set(['a', 'an']);
const ARTICLE_NEXT = new Set(['and', 'a', 'an', 'per', 'each', 'apiece', 'or']);

function isArticle(ctx: Context, num: NumberHit): boolean {
  const w = ctx.tokens[num.start]?.lower;
  return num.end === num.start + 1 && (w === 'a' || w === 'an');
}

/** Money: "$45B", "US$45,000,000,000", "USD 45bn", "45 billion dollars", "€2.5bn", "a dollar", "12-cent". */
export const MONEY: Family<string> = {
  numberOptions: { abbreviations: true, article: true, hyphenScale: true, european: true },
  sameUnit: (a, b) => a === b,
  before(ctx, i) {
    const hit = phraseAt(ctx.tokens, i, CURRENCY_BEFORE) ?? phraseAt(ctx.tokens, i, CURRENCY_BEFORE_FOLDED);
    if (hit === null || ctx.tokens[hit.end] === undefined) return null;
    return { unit: hit.value.code, end: hit.end, factor: hit.value.factor, ifScaled: hit.value.ifScaled };
  },
  after(ctx, j, num, before) {
    const t = ctx.tokens;
    if (before !== null) {
      // "$ 10 dollars": the currency named again
      const again = phraseAt(t, j, CURRENCY_AFTER);
      if (again !== null && again.value.code === before && again.value.factor === 1 && t[j]?.kind === 'word') return { unit: before, end: again.end, factor: 1 };
      return null;
    }
    let k = j;
    if (t[k]?.text === '-' && attached(t, k) && attached(t, k + 1) && t[k + 1]?.kind === 'word') {
      if (isArticle(ctx, { ...num, end: num.start + 1 }) && num.scale > 1) return null; // "a billion-dollar deal" is vague
      k++; // "12-cent", "one-yen"
    }
    const hit = phraseAt(t, k, CURRENCY_AFTER);
    if (hit === null) return regionalAt(ctx, k, num) ?? penceAt(ctx, j, num);
    if (hit.value.ifScaled && num.scale < 1e3) return null;
    const first = t[k];
    const symbolic = t.slice(k, hit.end).some((x) => x.kind !== 'word');
    if (symbolic && isArticle(ctx, num)) return null; // "a US$4.7 billion deal"
    // "a dollar", "a euro and 20 cents", but not "a euro takeover" or "a dollar figure"
    if (isArticle(ctx, num) && !(t[hit.end] === undefined || CLOSING.has(t[hit.end]?.text ?? '') || ARTICLE_NEXT.has(t[hit.end]?.lower ?? ''))) return null;
    // ("on 9 June 2024 NZ$85 million": a prefixed symbol, "NZ$" or "US$", is a symbol too.)
    if (first !== undefined && (first.kind !== 'word' || symbolic)) {
      // a symbol after the number ("10$", "100 €"), unless it opens the next amount ("in 2024 $5 billion")
      if (isArticle(ctx, num) || !attached(t, k) && t[hit.end]?.kind === 'num') return null;
    }
    let factor = hit.value.factor;
    let end = hit.end;
    const sc = t[end];
    const scale = sc === undefined ? undefined : SCALES[sc.lower];
    if (num.scale === 1 && factor === 1 && scale !== undefined && scale >= 1e3 && sc?.kind === 'word') {
      factor = scale; // "75 USD million"
      end++;
    }
    return { unit: hit.value.code, end, factor };
  },
};

/**
 * "4.2 billion crowns" in a Stockholm story: a word several countries' currencies share, told by the text's places
 * (`REGIONAL_CURRENCY_WORDS`). Only sums of a thousand or more: "three crowns" may be counted things.
 */
function regionalAt(ctx: Context, k: number, num: NumberHit): UnitHit<string> | null {
  const word = ctx.tokens[k];
  if (word?.kind !== 'word' || num.value < 1000) return null;
  const code = regionalCurrency(word.lower, ctx.text);
  // ("3.4 billion crowns" in a story that never says where: a sum of millions in such a word is money whose currency
  // the text does not tell, never a count of crowns.)
  if (code === null) return num.value >= 1e6 && isRegionalCurrencyWord(word.lower) ? { unit: UNSTATED_CURRENCY, end: k + 1, factor: 1 } : null;
  return { unit: code, end: k + 1, factor: 1 };
}

/**
 * Pence written "420p" are money only as the price of one unit: "420p a share", "95p each" ("1080p video" is none).
 * @example findQuantities('420p a share').amounts[0] // { value: 4.2, currency: 'GBP', unitPrice: true }
 */
function penceAt(ctx: Context, j: number, num: NumberHit): UnitHit<string> | null {
  const t = ctx.tokens;
  if (t[j]?.text !== 'p' || !attached(t, j) || num.scale !== 1 || num.words) return null;
  const next = t[j + 1]?.lower ?? '';
  const priced = next === 'each' || next === 'apiece' || (next === 'a' || next === 'per') && UNIT_NOUN_SET.has(t[j + 2]?.lower ?? '');
  return priced ? { unit: 'GBP', end: j + 1, factor: 0.01 } : null;
}

const UNIT_PRICE_TABLE = phraseTable([...UNIT_PRICE_WORDS].map((w) => [w, true] as const));
const CHUNK_MAX = 5;
const CLOSING = new Set(['.', ',', ';', ':', '!', '?', ')', ']']);

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

/** Where "per vessel" or "for each rig" after a rate ends, or null when no unit follows the rate. */
function unitAfterRate(ctx: Context, at: number): number | null {
  const tk = ctx.tokens;
  const from = tk[at]?.lower === 'per' ? at + 1 : tk[at]?.lower === 'for' && tk[at + 1]?.lower === 'each' ? at + 2 : -1;
  if (from < 0) return null;
  const end = unitChunk(ctx, from);
  return end > from && tk[from]?.kind === 'word' && !NOT_A_UNIT.has(tk[from]!.lower) && free(ctx, at, end) ? end : null;
}

/** Words after "per" or "for each" that open no unit: "a year per the filing", "a year for each of the five years". */
const NOT_A_UNIT: ReadonlySet<string> = new Set(['the', 'a', 'an', 'of', 'its', 'their', 'his', 'her', 'our', 'this', 'that', 'these', 'those', 'annum', 'year', 'month', 'quarter']);

/** Whom a figure is from, after "per": "per people familiar", "per sources", "per the filing". */
const ATTRIBUTION_NOUNS: ReadonlySet<string> = new Set(['people', 'sources', 'source', 'reports', 'report', 'filing', 'filings', 'documents', 'analysts', 'insiders', 'management', 'bloomberg', 'reuters']);

/** Rate ("a year") or price of one unit ("a share", "per GPU-hour") after an amount, also hyphenated: "a £2bn-a-year deal". */
export function suffixAt(ctx: Context, at: number): { per: Period | null; unitPrice: boolean; end: number } | null {
  const tk = ctx.tokens;
  const hyphen = tk[at]?.text === '-' && attached(tk, at) && attached(tk, at + 1) && tk[at + 1]?.kind === 'word' && free(ctx, at, at + 1);
  const j = hyphen ? at + 1 : at;
  const rate = phraseAt(tk, j, RATE_MAP) ?? phraseAt(tk, j, SEASON_RATE_MAP);
  if (rate !== null && TIME_ANCHORS.has(tk[rate.end]?.lower ?? '')) return null; // "$2.1 billion a year earlier"
  if (rate !== null && free(ctx, j, rate.end)) {
    // "$92,500 per day per vessel", "$40,000 a day for each rig": a rate for one of the goods is a unit's price too.
    const unit = unitAfterRate(ctx, rate.end);
    return { per: rate.value, unitPrice: unit !== null, end: unit ?? rate.end };
  }
  const t = tk[j];
  if (t === undefined || !free(ctx, j, j + 1)) return null;
  const words = phraseAt(tk, j, UNIT_PRICE_TABLE);
  if (words !== null) return { per: null, unitPrice: true, end: words.end };
  // "$37-a-share": the hyphens join the unit too
  const from = hyphen && tk[j + 1]?.text === '-' && attached(tk, j + 1) ? j + 2 : j + 1;
  if (t.lower === 'per' || t.text === '/') {
    const end = unitChunk(ctx, from);
    // ("~$60m per three insiders", "$2bn per sources": "per" names whom the figure is from, not a unit.)
    const attributed = t.lower === 'per' && (NOT_A_UNIT.has(tk[from]?.lower ?? '') || isNumberWord(tk[from]?.lower ?? '') || ATTRIBUTION_NOUNS.has(tk[from]?.lower ?? ''));
    if (end > from && tk[from]?.kind === 'word' && !attributed && free(ctx, j + 1, end)) return { per: null, unitPrice: true, end };
  }
  if (t.lower === 'a' || t.lower === 'an') {
    const end = unitChunk(ctx, from);
    const noun = tk.slice(from, end).map((x) => x.lower).join('');
    // ("$47m a plane", "$30m a vessel": one of the goods WordNet counts is a unit a price is "a" of.)
    if ((UNIT_NOUN_SET.has(noun) || countsGoods(noun)) && free(ctx, j + 1, end)) return { per: null, unitPrice: true, end };
  }
  return null;
}

/**
 * A period a few nouns after the amount: "$3.5 billion of capacity a year", "$2 billion worth of chips annually",
 * "$150 million in revenue per quarter". A linker opens the window; only words that are not grammar words may follow
 * it before the period, so "$2 billion in a year" or "$5 billion, a year later" are no rates.
 */
export function spreadRateAt(ctx: Context, j: number, window = RATE_WINDOW): { per: Period; end: number } | null {
  const t = ctx.tokens;
  const link = phraseAt(t, j, RATE_LINKER_MAP);
  if (link === null) return null;
  let hyphens = 0;
  for (let k = link.end; k < t.length && k - j - hyphens <= window; k++) {
    // ("of low-emission steel a year": a hyphen inside a word is no word of its own.)
    if (t[k]!.text === '-' && attached(t, k) && attached(t, k + 1) && t[k - 1]?.kind === 'word' && t[k + 1]?.kind === 'word') {
      hyphens++;
      continue;
    }
    // "of annual", but not "in a year": right after the linker an article reads as a point in time
    const rate = k > link.end || !ARTICLES.has(t[k]?.lower ?? '') ? phraseAt(t, k, RATE_MAP) : null;
    if (rate !== null) {
      const after = t[rate.end]?.lower ?? '';
      if (TIME_ANCHORS.has(after) || after === 'into' || !free(ctx, j, rate.end)) return null; // "in funding a week into the war"
      return { per: rate.value, end: rate.end };
    }
    const w = t[k];
    // ("of spruce and fir logs a year": goods joined by "and" or "or" are one thing bought, the joint no word of it.)
    if (w !== undefined && (w.lower === 'and' || w.lower === 'or') && k > link.end && t[k + 1]?.kind === 'word' && !ARTICLES.has(t[k + 1]!.lower) && free(ctx, k, k + 1)) {
      hyphens++;
      continue;
    }
    // ("of SC6 concentrate a year": digits glued to a word make a product code, one word with it.)
    if (w !== undefined && w.kind === 'num' && attached(t, k) && t[k - 1]?.kind === 'word' && free(ctx, k, k + 1)) {
      hyphens++;
      continue;
    }
    if (w === undefined || w.kind !== 'word' || PHRASE_STOP.has(w.lower) || !free(ctx, k, k + 1)) return null;
  }
  return null;
}

/** Cents after whole units: "3 dollars 50 cents", "thirteen dollars and forty-five cents", "$20 43". */
function minorAt(ctx: Context, j: number): { add: number; end: number } | null {
  const t = ctx.tokens;
  let k = j;
  if (t[k]?.lower === 'and') k++;
  const n = parseNumber(t, k, {});
  if (n === null || n.scale !== 1 || !Number.isInteger(n.value) || n.value <= 0 || n.value >= 100 || !free(ctx, j, n.end)) return null;
  const m = t[n.end];
  if (m !== undefined && MINOR_WORDS.has(m.lower) && free(ctx, n.end, n.end + 1)) return { add: n.value / 100, end: n.end + 1 };
  if (m === undefined || CLOSING.has(m.text)) return { add: n.value / 100, end: n.end };
  return null;
}

function withMinor(ctx: Context, s: Shaped<string>): Shaped<string> {
  if (s.range || s.core.factor !== 1 || s.core.num.scale !== 1 || !Number.isInteger(s.core.num.value) || s.end !== s.core.end) return s;
  const m = minorAt(ctx, s.end);
  if (m === null) return s;
  return { ...rescale(s, s.value + m.add), end: m.end };
}

/** "annual", "yearly" ... before the noun an amount measures: "the annual bill to about $43 billion", "an annual fee of $2bn". */
const PERIOD_ADJECTIVES: ReadonlyMap<string, Period> = new Map([
  ['annual', 'year'], ['yearly', 'year'], ['annualized', 'year'], ['monthly', 'month'], ['quarterly', 'quarter'], ['weekly', 'week'], ['daily', 'day'],
]);
/** Nouns of a rate per period, the amount linked after them: "a dayrate of $240,000", "a day rate of $310,000". */
const PERIOD_NOUNS: ReadonlyMap<string, Period> = new Map([['dayrate', 'day'], ['dayrates', 'day'], ['day rate', 'day'], ['daily rate', 'day']]);
/** Words that join such a noun to its amount: "the annual bill to $43 billion", "annual revenue of $10 billion". */
const PERIOD_LINKS = new Set(['of', 'to', 'at', 'is', 'was', 'were', 'are', 'reached', 'hit', 'totals', 'totaled', 'totalled']);

/** Verbs by which a clause's subject totals a sum: "annual payments will total $5m". */
const TOTAL_VERBS: ReadonlySet<string> = new Set(['total', 'totals', 'totaled', 'totalled', 'totaling', 'totalling']);
/** Words that may stand between such a verb and its sum. */
const APPROXIMATING: ReadonlySet<string> = new Set(['approximately', 'about', 'around', 'roughly', 'some', 'nearly', 'almost', 'circa']);

/**
 * A period adjective right before the amount ("an annual $2 billion payment") or before the noun the amount is
 * linked to ("the annual bill to about $43 billion"): the amount is then a rate.
 */
function periodBefore(ctx: Context, start: number): Period | null {
  const t = ctx.tokens;
  const direct = PERIOD_ADJECTIVES.get(t[start - 1]?.lower ?? '');
  if (direct !== undefined) return direct;
  // ("at a dayrate of $240,000", "a day rate of $310,000", "Dayrate: $240,000": a rig's or a vessel's hire said by its noun.)
  const link = t[start - 1]?.lower ?? '';
  if (PERIOD_LINKS.has(link) || link === ':') {
    const noun = PERIOD_NOUNS.get(t[start - 2]?.lower ?? '') ?? (t[start - 2]?.lower === 'rate' ? PERIOD_NOUNS.get(`${t[start - 3]?.lower ?? ''} rate`) : undefined);
    if (noun !== undefined) return noun;
  }
  // ("Yearly charges under the new contract should total about £9 million": a sum the clause's
  // subject totals, a period adjective opening that subject, is a rate; an approximating word may stand between.)
  const approximated = APPROXIMATING.has(link);
  const verb = approximated ? t[start - 2]?.lower ?? '' : link;
  if (TOTAL_VERBS.has(verb)) {
    const from = start - (approximated ? 3 : 2);
    for (let k = from; k >= Math.max(0, from - 12); k--) {
      const w = t[k]?.lower ?? '';
      const period = PERIOD_ADJECTIVES.get(w);
      if (period !== undefined) return k === 0 || /^(?:the|its|their|[.;:]|,)$/.test(t[k - 1]?.lower ?? '') ? period : null;
      if (ctx.taken[k] === 1 || !/^[a-z-]+$/.test(w)) return null;
    }
    return null;
  }
  // ("Annual contract value: £4.2m": a field's label names the period.)
  if (!PERIOD_LINKS.has(link) && link !== ':') return null;
  for (let k = start - 2; k >= Math.max(0, start - 5); k--) {
    const w = t[k]?.lower ?? '';
    const period = PERIOD_ADJECTIVES.get(w);
    if (period !== undefined) return k < start - 2 ? period : null;
    if (ctx.taken[k] === 1 || !/^[a-z-]+$/.test(w)) return null;
  }
  return null;
}

/** Every amount of money with a currency, in text order; marks its tokens taken. */
/** Words of a field label that names a deal's sum: "Contract amount", "Transaction value", "Consideration". */
const DEAL_LABEL_WORDS: ReadonlySet<string> = new Set(['contract', 'consideration', 'transaction', 'deal', 'order', 'purchase', 'sale', 'subscription', 'facility', 'loan', 'price']);

/**
 * "Contract amount (KRW): 985,200,000,000", "Consideration (INR): 3,100 crore": a field whose label names its currency
 * in parentheses, and a bare number after the colon, is a sum in that currency.
 */
function labelledMoney(ctx: Context): Amount[] {
  const t = ctx.tokens;
  const out: Amount[] = [];
  for (let i = 0; i + 4 < t.length; i++) {
    if (t[i]!.text !== '(' || t[i + 2]!.text !== ')' || t[i + 3]!.text !== ':' || !/^[A-Z]{3}$/.test(t[i + 1]!.text)) continue;
    // ("Net sales (KRW): 7,420,000,000,000": a label of the firm's own figures is no deal's sum.)
    if (![t[i - 1], t[i - 2], t[i - 3]].some((w) => w !== undefined && DEAL_LABEL_WORDS.has(w.lower))) continue;
    const hit = phraseAt(t, i + 1, CURRENCY_BEFORE);
    const code = hit !== null && hit.end === i + 2 && hit.value.factor === 1 ? hit.value.code : undefined;
    const n = code === undefined || t[i + 4]!.kind !== 'num' ? null : parseNumber(t, i + 4);
    if (code === undefined || n === null || !free(ctx, n.start, n.end)) continue;
    out.push({ value: n.value, min: n.value, max: n.value, bound: 'exact', ...spanOf(ctx, n.start, n.end), rule: 'money.labelled', currency: code, per: null, unitPrice: false });
    take(ctx, n.start, n.end);
  }
  return out;
}

/**
 * `rate-past-conversion`: a rate after the parentheses that convert a sum is the rate of both sums: "R$52 million
 * ($10.4 million) a year". The parentheses hold a sum, a few words at most, and the rate comes right after them.
 */
function rateAfterConversion(ctx: Context, at: number): { per: Period; close: number; end: number } | null {
  const tk = ctx.tokens;
  if (tk[at]?.text !== '(') return null;
  let close = at + 1;
  while (close < tk.length && close - at <= 8 && tk[close]!.text !== ')' && tk[close]!.text !== '(') close++;
  if (tk[close]?.text !== ')' || !tk.slice(at + 1, close).some((t) => t.kind === 'num')) return null;
  const suffix = suffixAt(ctx, close + 1);
  return suffix && suffix.per && !suffix.unitPrice ? { per: suffix.per, close, end: suffix.end } : null;
}

export function findMoney(ctx: Context): Amount[] {
  const out: Amount[] = labelledMoney(ctx);
  let converted: { per: Period; close: number } | null = null;
  for (let i = 0; i < ctx.tokens.length; i++) {
    const found = shapedAt(ctx, MONEY, i);
    if (found === null) continue;
    const read = withMinor(ctx, found);
    // ("somewhere in the low £40,000s a week": a round sum in the plural names the figures about it, and its period follows.)
    const plural = !read.range && ctx.tokens[read.end]?.text === 's' && attached(ctx.tokens, read.end) && free(ctx, read.end, read.end + 1);
    const s = plural ? { ...read, end: read.end + 1, bound: 'approximate' as const } : read;
    const direct = suffixAt(ctx, s.end);
    const spread = direct === null ? spreadRateAt(ctx, s.end) : null;
    const pastConversion = direct === null && spread === null ? rateAfterConversion(ctx, s.end) : null;
    if (pastConversion) {
      converted = { per: pastConversion.per, close: pastConversion.close };
      take(ctx, pastConversion.close + 1, pastConversion.end);
    }
    // (The sum before the parentheses and the sum inside them both stand before the rate.)
    const carried = converted !== null && s.end <= converted.close ? converted.per : null;
    const suffix = direct ?? (spread ? { per: spread.per, unitPrice: false, end: spread.end } : carried ? { per: carried, unitPrice: false, end: s.end } : null);
    const end = suffix === null ? s.end : suffix.end;
    const before = suffix === null ? periodBefore(ctx, s.start) : null;
    const rule = s.range ? 'money.range' : s.core.prefixed ? 'money.symbol' : 'money.words';
    out.push({
      value: s.value, min: s.min, max: s.max, bound: s.bound,
      ...spanOf(ctx, s.start, end),
      rule,
      currency: s.unit,
      per: suffix?.per ?? before,
      unitPrice: suffix?.unitPrice ?? false,
    });
    take(ctx, s.start, end);
    i = end - 1;
  }
  return out;
}

import type { Bound } from '../schema/span.js';
import { applyBound, round, BOUND_AFTER_MAP, BOUND_BEFORE_MAP, RANGE_JOINERS, RANGE_OPENERS, type BoundRule } from './bounds.js';
import { free, type Context } from './context.js';
import { parseNumber, type NumberHit, type NumberOptions } from './numbers.js';
import { hyphenedPhraseBefore, phraseAt, phraseBefore } from './phrases.js';

/** A unit found next to a number, with the factor that turns the number into the canonical unit. */
export interface UnitHit<U> {
  unit: U;
  /** Token index just past the unit. */
  end: number;
  factor: number;
}

/** How one rule family recognizes its unit around a number. */
export interface Family<U> {
  readonly numberOptions: NumberOptions;
  /** A unit written before the number ("$", "USD"): returns the index of the number. */
  before?(ctx: Context, i: number): { unit: U; end: number; factor?: number; ifScaled?: boolean } | null;
  /** A unit written after the number (token `j` is the first after it). */
  after(ctx: Context, j: number, num: NumberHit, before: U | null): UnitHit<U> | null;
  /** Whether two ends of a range are in the same unit ("5 GW to 10 MW" yes, "25% to 34,500 tons" no). */
  sameUnit?(a: U, b: U): boolean;
  /** Bound words this family ignores ("over five years" spans a period rather than exceeding it). */
  readonly ignoreBefore?: ReadonlySet<string>;
}

/** A number with its unit: tokens `[start, end)`. */
export interface Core<U> {
  value: number;
  start: number;
  end: number;
  unit: U | null;
  factor: number;
  num: NumberHit;
  /** The unit came before the number ("$45"). */
  prefixed: boolean;
}

/** A value with its unit and interval, ready to become an Amount, Duration or Quantity. */
export interface Shaped<U> {
  value: number;
  min: number;
  max: number | null;
  bound: Bound;
  start: number;
  end: number;
  unit: U;
  core: Core<U>;
  range: boolean;
}

/** The number at `i` with the family's unit before or after it; `unit` is null for a bare number. */
export function coreAt<U>(ctx: Context, fam: Family<U>, i: number): Core<U> | null {
  if (!free(ctx, i, i + 1)) return null;
  const b = fam.before?.(ctx, i) ?? null;
  const k = b === null ? i : b.end;
  let num = parseNumber(ctx.tokens, k, fam.numberOptions);
  if (num === null || !free(ctx, i, num.end)) return null;
  // ("R9.2bn" is rand, "R48" may be a road or a model: a symbol that is also a letter names money only before a large sum.)
  if (b?.ifScaled === true && num.scale < 1e6) return null;
  let a = fam.after(ctx, num.end, num, b === null ? null : b.unit);
  if (a === null && b === null && fam.numberOptions.abbreviations !== undefined && fam.numberOptions.abbreviations !== false && num.scale > 1 && num.end === num.start + 2) {
    // "5m" is five metres when no currency follows: read again without the abbreviation
    const plain = parseNumber(ctx.tokens, k, { ...fam.numberOptions, abbreviations: false });
    const again = plain === null ? null : fam.after(ctx, plain.end, plain, null);
    if (plain !== null && again !== null) {
      num = plain;
      a = again;
    }
  }
  if (a !== null && (a.end === num.end || free(ctx, num.end, a.end))) {
    return { value: round(num.value * a.factor), start: i, end: a.end, unit: a.unit, factor: a.factor, num, prefixed: b !== null };
  }
  if (b !== null) {
    const f = b.factor ?? 1;
    return { value: round(num.value * f), start: i, end: num.end, unit: b.unit, factor: f, num, prefixed: true };
  }
  return { value: num.value, start: i, end: num.end, unit: null, factor: 1, num, prefixed: false };
}


/** Words after which "one" is a number, not a pronoun: "for one - two years", "from one – three". */
const ONE_AS_NUMBER_AFTER: ReadonlySet<string> = new Set(['for', 'from', 'between', 'about', 'around', 'roughly', 'some', 'within', 'of', 'in', 'over', 'to', 'by', 'and', 'or']);

/** A currency's sign or code that may stand between "by" and a step's figure: "by $2 to $40", "by EUR 2 to". */
const BOUND_PREFIX = /^(?:[$\u20ac\u00a3\u00a5\u20b9]|[A-Z]{1,3}\$|[A-Z]{3})$/;

/** "between $10 and $12 billion", "$10-12 billion", "3 to 5 years": a range starting at `i`. */
function rangeAt<U>(ctx: Context, fam: Family<U>, a: Core<U>, closer: string | null): Shaped<U> | null {
  const t = ctx.tokens;
  let at = a.end;
  // "8- to 16-meter": a hyphen left hanging before the joiner
  if (a.unit === null && t[at]?.text === '-' && t[at]?.start === t[at - 1]?.end && t[at + 1]?.lower === 'to') at++;
  const j = t[at];
  if (j === undefined || !free(ctx, a.end, at + 1)) return null;
  if (!(closer !== null && j.lower === closer) && !RANGE_JOINERS.has(j.lower)) return null;
  // ("it's a long one — twelve years": "one" before a dash set off by spaces is a pronoun, and the dash opens an aside.)
  const spaced = /^[-\u2013\u2014]$/.test(j.text) && (t[at - 1]?.end !== j.start || t[at + 1]?.start !== j.end);
  const before = t[a.num.start - 1];
  // ("lifts its stake by 12% to 20.5%", "cut the price by $2 to $40": after "by", "to" leads from a step with its own unit
  // to the level it leaves; "grew by 3 to 5 percent" is a range.)
  if (j.lower === 'to' && a.unit !== null && (before?.lower === 'by' || (before !== undefined && BOUND_PREFIX.test(before.text) && t[a.num.start - 2]?.lower === 'by'))) return null;
  if (spaced && t[a.num.start]?.lower === 'one' && a.num.end === a.num.start + 1 && before?.kind === 'word' && !ONE_AS_NUMBER_AFTER.has(before.lower)) return null;
  const b = coreAt(ctx, fam, at + 1);
  if (b === null) return null;
  // "$5 billion to 2030": a bare year ends no range
  const bt = t[b.num.start];
  if (b.unit === null && b.num.scale === 1 && bt?.kind === 'num' && /^(?:19|20|21)\d\d$/.test(bt.text)) return null;
  const unit = b.unit ?? a.unit;
  if (unit === null) return null;
  if (a.unit !== null && b.unit !== null && fam.sameUnit !== undefined && !fam.sameUnit(a.unit, b.unit)) return null;
  if (b.unit === null && !a.prefixed) return null; // "5 GW-10": only "$10-12" may leave the second end bare
  let lo = a.value;
  const bare = a.unit === null || a.prefixed; // "10-12 billion dollars", "$10-12 billion": the scale of the second end applies
  if (bare && a.num.scale === 1 && b.num.scale > 1) lo = a.num.value * b.num.scale * (a.unit === null ? b.factor : a.factor);
  else if (a.unit === null) lo = a.num.value * b.factor;
  let hi = b.value;
  if (b.unit === null) hi = b.num.value * (b.num.scale === 1 && a.num.scale > 1 ? a.num.scale : 1) * a.factor;
  if (!(lo < hi)) return null;
  return { value: round((lo + hi) / 2), min: round(lo), max: round(hi), bound: 'range', start: a.start, end: b.end, unit, core: { ...a, unit }, range: true };
}

/**
 * The value at token `i` for one family: its unit, bound words before and after, or a range.
 * Returns null when there is no number with a unit at `i`.
 */
export function shapedAt<U>(ctx: Context, fam: Family<U>, i: number): Shaped<U> | null {
  if (gluedLeft(ctx, i)) return null;
  const a = coreAt(ctx, fam, i);
  if (a === null) return null;
  const opener = phraseBefore(ctx.tokens, i, RANGE_OPENERS);
  const closer = opener !== null && free(ctx, opener.start, i) ? opener.value : null;
  const r = rangeAt(ctx, fam, a, closer);
  if (r !== null) {
    if (closer === 'and' && opener !== null) r.start = opener.start; // "between" belongs to the range
    return r;
  }
  if (a.unit === null) return null;
  let rule: BoundRule | null = null;
  let start = a.start;
  let end = a.end;
  const pre = phraseBefore(ctx.tokens, i, BOUND_BEFORE_MAP) ?? hyphenedPhraseBefore(ctx.tokens, i, BOUND_BEFORE_MAP);
  if (pre !== null && free(ctx, pre.start, i) && !(fam.ignoreBefore?.has(ctx.tokens[pre.start]?.lower ?? '') ?? false) && !underDealNoun(ctx, pre.start, a.end)) {
    rule = pre.value;
    start = pre.start;
  }
  const post = phraseAt(ctx.tokens, a.end, BOUND_AFTER_MAP);
  if (post !== null && rule === null && free(ctx, a.end, post.end) && postBoundOk(ctx, a.end, post.end)) {
    rule = post.value;
    end = post.end;
  }
  const b = rule === null ? { min: a.value, max: a.value, bound: 'exact' as const } : applyBound(a.value, rule);
  return { value: a.value, ...b, start, end, unit: a.unit, core: a, range: false };
}

/** Nouns of a deal: "under" before a sum that sizes one is the deal's preposition ("delivered under a ₹250 crore contract"). */
const DEAL_NOUNS_AFTER_SUM = new Set(['contract', 'contracts', 'deal', 'deals', 'agreement', 'agreements', 'order', 'orders', 'programme', 'program', 'scheme', 'arrangement', 'framework', 'lease', 'licence', 'license', 'pact', 'award', 'facility']);

/** Whether the bound word at `from` is "under" and a deal noun follows the sum that ends at `end` (a word between allowed: "supply contract"). */
function underDealNoun(ctx: Context, from: number, end: number): boolean {
  if (ctx.tokens[from]?.lower !== 'under') return false;
  const next = ctx.tokens.slice(end, end + 2).filter((t) => t.kind === 'word');
  return next.some((t) => DEAL_NOUNS_AFTER_SUM.has(t.lower));
}

/** Characters that make a number glued to them part of an identifier or URL: "scp-173", "H100", "%2020". */
const GLUE = new Set(['-', '%', '_', '=', '&', '#', '.', '/', '\\', '@', '^']);

/** True when the number at `i` continues a word or code: "H100", "scp-173m", "q=30%25%2020%". */
function gluedLeft(ctx: Context, i: number): boolean {
  const t = ctx.tokens;
  const cur = t[i];
  const prev = t[i - 1];
  if (cur === undefined || cur.kind !== 'num' || prev === undefined || prev.end !== cur.start) return false;
  if (prev.kind === 'word' || prev.kind === 'num') return true;
  if (!GLUE.has(prev.text)) return false;
  const before = t[i - 2];
  if (prev.text === '-' || prev.text === '/') return before !== undefined && before.end === prev.start && (before.kind === 'word' || before.kind === 'num');
  // ("c.2.3k towers", "ca.500 staff": circa written short, glued to its figure, is a bound, no code.)
  if (prev.text === '.' && before !== undefined && before.end === prev.start && CIRCA.has(before.lower) && !(t[i - 3] !== undefined && t[i - 3]!.end === before.start)) return false;
  return true;
}

/** Short forms of "circa" that notes glue to a figure: "c.2.3k", "ca.500". */
const CIRCA: ReadonlySet<string> = new Set(['c', 'ca']);

/** "+" and "-plus" must touch the value; spaced "plus" must not start a sum ("$5bn plus $2bn"). */
function postBoundOk(ctx: Context, from: number, to: number): boolean {
  const t = ctx.tokens;
  const first = t[from];
  const prev = t[from - 1];
  if (first === undefined || prev === undefined) return false;
  if (first.text === '+' || first.text === '-') return prev.end === first.start;
  if (first.lower === 'plus') {
    const next = t[to];
    return next === undefined || (next.kind !== 'num' && !/^[$€£¥]$/.test(next.text));
  }
  return true;
}

/** Moves a shaped value to a new central value, keeping its interval in proportion: "$1 and 42 cents". */
export function rescale<U>(s: Shaped<U>, value: number): Shaped<U> {
  if (s.value === 0) return { ...s, value, min: value, max: value };
  const r = value / s.value;
  return { ...s, value: round(value), min: round(s.min * r), max: s.max === null ? null : round(s.max * r) };
}

import type { Duration } from '../schema/quantity.js';
import { free, spanOf, take, type Context } from './context.js';
import { phraseAt, phraseBefore, phraseTable } from './phrases.js';
import { coreAt, rescale, shapedAt, type Family, type Shaped } from './shape.js';
import { TIME_UNIT_MAP, VAGUE_COMPOUNDS, VAGUE_COUNTS, type TimeUnitHit } from './time-units.js';
import { andFraction, parseNumber } from './numbers.js';
import { isNumberWord } from './number-words.js';
import { attached, type Token } from './tokens.js';
import { TIME_ANCHORS } from './rates.js';
import { monthSpanAt, nextUnitAt, startEndAt, throughAt, yearSpanAt, type Built } from './calendar-spans.js';
import { applyBound, BOUND_BEFORE_MAP } from './bounds.js';

/** "three-year", "3-year", "36 months", "two and a half years", "18-month", "3h". */
function timeUnitAt(ctx: Context, j: number): { unit: TimeUnitHit; end: number } | null {
  const t = ctx.tokens;
  let k = j;
  if (MODIFIERS.has(t[k]?.lower ?? '') && TIME_UNIT_MAP.has(t[k + 1]?.lower ?? '')) k++; // "2 more minutes"
  const hyphen = t[k]?.text === '-' && t[k - 1]?.end === t[k]?.start && t[k]?.end === t[k + 1]?.start;
  if (hyphen) k++;
  const tok = t[k];
  if (tok === undefined || tok.kind !== 'word') return null;
  const unit = TIME_UNIT_MAP.get(tok.lower);
  if (unit === undefined) return null;
  if (unit.attachedOnly && (hyphen || t[k - 1]?.end !== tok.start)) return null;
  if (unit.attachedOnly && notTimeLetter(t, k)) return null;
  // ("2H27", "1H 2026": a capital letter glued to digits is a half-year, not hours.)
  if (tok.text.length === 1 && !hyphen && t[k - 1]?.end === tok.start && notTimeLetter(t, k)) return null;
  // "a 5-year-old" is an age
  const after = t[k + 1];
  if (after?.text === '-' && t[k + 2]?.lower === 'old' || after?.lower === 'old' && hyphen) return null;
  return { unit, end: k + 1 };
}

/**
 * A letter glued to digits that is no time unit: a capital ("3M Co.", "5G", "10-K") or the "s" of a decade ("the 1990s",
 * "the '80s").
 */
function notTimeLetter(t: readonly Token[], k: number): boolean {
  const letter = t[k];
  const digits = t[k - 1];
  if (letter === undefined || digits === undefined) return false;
  if (/^\p{Lu}$/u.test(letter.text)) return true;
  if (letter.lower !== 's' || digits.kind !== 'num') return false;
  return /^(?:1[89]|20)\d0$/.test(digits.text) || /^\d0$/.test(digits.text) && /^['\u2019]$/.test(t[k - 2]?.text ?? '') && t[k - 2]?.end === digits.start;
}

/**
 * Words between a number and its time unit: "2 more minutes", "two additional years"; and the kinds of year a term
 * may count in: "four fiscal years", "eight crop years", "three calendar months".
 */
export const MODIFIERS: ReadonlySet<string> = new Set(['more', 'additional', 'extra', 'less', 'fewer', 'further', 'consecutive', 'straight', 'full', 'whole',
  'fiscal', 'financial', 'calendar', 'crop', 'harvest', 'growing', 'marketing', 'contract', 'contractual', 'lease', 'academic', 'school', 'tax', 'budget', 'operating']);

/** Words that make one of a unit: "all day", "a full year", "another month", "whole week". */
export const ONE_OF: ReadonlySet<string> = new Set(['all', 'full', 'whole', 'another', 'entire']);

/**
 * Words before "a year" that make it a rate or a window, not the length of a deal: "per year", "twice a year",
 * "what it spends on hardware in a year". "for a year" and "within a year" stay lengths.
 */
export const NO_LENGTH_BEFORE: ReadonlySet<string> = new Set(['per', 'each', 'every', 'in', 'once', 'twice', 'thrice', 'times']);

/**
 * "10 TB of data a day", "6 GW of capacity a year", "25,000 tonnes of battery-grade lithium carbonate a year": "a day"
 * after a measure and its "of" phrase, up to eight words back, is that measure's rate.
 */
function rateOfMeasure(ctx: Context, at: number): boolean {
  const t = ctx.tokens;
  // "40 tonnes of ore for a year": "for" makes it a length again.
  if (/^(for|within|over)$/.test(t[at - 1]?.lower ?? '')) return false;
  let sawOf = false;
  for (let k = at - 1; k >= Math.max(0, at - 8); k--) {
    const w = t[k]?.lower ?? '';
    if (ctx.taken[k] === 1) return sawOf;
    if (w === 'of' || w === 'worth') sawOf = true;
    else if (!/^[a-z-]+$/.test(w)) return false;
  }
  return false;
}

/** Durations written with a number: "36 months", "three-year", "between 3 and 5 years". "over five years" is a span, not a bound. */
export const DURATION: Family<TimeUnitHit> = {
  numberOptions: { article: true },
  ignoreBefore: new Set(['over']),
  after(ctx, j, num) {
    const u = timeUnitAt(ctx, j);
    if (u === null) return null;
    const t = ctx.tokens;
    const w = t[num.start]?.lower;
    if (num.end === num.start + 1 && (w === 'a' || w === 'an')) {
      // "per year", "in a year", "twice a year", "20,000 GPUs a year", "a second time", "a quarter of" read as other things
      const prev = t[num.start - 1]?.lower ?? '';
      if (NO_LENGTH_BEFORE.has(prev) || ctx.taken[num.start - 1] === 1 || u.unit.attachedOnly || u.unit.name === 'second' || u.unit.name === 'quarter') return null;
      // "forty-five million a year": a bare figure's rate, even where no currency made it money.
      // ("Forty-five a year, five years": a figure written in words is one too.)
      if (/^(?:\d[\d.,]*|mn|bn|m|k)$/.test(prev) || isNumberWord(prev, true)) return null;
      if (rateOfMeasure(ctx, num.start)) return null;
      // "a years" is no duration
      if (t[u.end - 1]?.lower.endsWith('s') && t[u.end - 1]?.lower !== 'mos') return null;
    }
    // "a year and a half"
    const frac = andFraction(ctx.tokens, u.end);
    if (frac !== null && num.value > 0) return { unit: u.unit, end: u.end + frac[1], factor: (u.unit.months * (num.value + frac[0])) / num.value };
    return { unit: u.unit, end: u.end, factor: u.unit.months };
  },
};

const VAGUE_COUNT_MAP = phraseTable(VAGUE_COUNTS.map((v) => [v.words, v] as const));
const VAGUE_COMPOUND_MAP = phraseTable(VAGUE_COMPOUNDS.map((v) => [v.words, v] as const));
/** "all day", "a full year", "another month", "all-week". */
function oneOfAt(ctx: Context, i: number): Built | null {
  const t = ctx.tokens;
  let k = i;
  if ((t[k]?.lower === 'a' || t[k]?.lower === 'an') && t[k + 1]?.lower === 'full') k++;
  if (!ONE_OF.has(t[k]?.lower ?? '')) return null;
  k++;
  if (t[k]?.text === '-' && attached(t, k) && attached(t, k + 1)) k++;
  const u = t[k];
  const unit = u === undefined ? undefined : TIME_UNIT_MAP.get(u.lower);
  if (u === undefined || unit === undefined || unit.attachedOnly || u.lower.endsWith('s') || unit.name === 'second' || unit.name === 'quarter') return null;
  const m = unit.months;
  return { value: m, min: m, max: m, bound: 'exact', months: m, rule: 'duration.article', start: i, end: k + 1 };
}

/** "several years", "a few months", "multi-year". */
function vagueAt(ctx: Context, i: number): Built | null {
  const t = ctx.tokens;
  const c = phraseAt(t, i, VAGUE_COMPOUND_MAP);
  if (c !== null) {
    const u = TIME_UNIT_MAP.get(c.value.unit);
    if (u === undefined) return null;
    return {
      value: c.value.central * u.months, min: c.value.min * u.months, max: c.value.max * u.months,
      bound: 'vague', months: c.value.central * u.months, rule: 'duration.vague', start: i, end: c.end,
    };
  }
  const q = phraseAt(t, i, VAGUE_COUNT_MAP);
  if (q === null) return null;
  const u = t[q.end];
  const unit = u === undefined ? undefined : TIME_UNIT_MAP.get(u.lower);
  if (u === undefined || unit === undefined || !u.lower.endsWith('s') || unit.name === 'second' && u.lower === 's') return null;
  if (unit.attachedOnly) return null;
  const central = q.value.central * unit.months;
  // "less than a couple of days": the bound word wins over the vagueness
  const pre = phraseBefore(t, i, BOUND_BEFORE_MAP);
  if (pre !== null && free(ctx, pre.start, i) && t[pre.start]?.lower !== 'over') {
    return { value: central, ...applyBound(central, pre.value), months: central, rule: 'duration.vague', start: pre.start, end: q.end + 1 };
  }
  return {
    value: central, min: q.value.min * unit.months, max: q.value.max * unit.months,
    bound: 'vague', months: central, rule: 'duration.vague', start: i, end: q.end + 1,
  };
}

/** Every duration in text order; marks its tokens taken. */
export function findDurations(ctx: Context): Duration[] {
  const out: Duration[] = [];
  for (let i = 0; i < ctx.tokens.length; i++) {
    let b: Built | null = null;
    const found = shapedAt(ctx, DURATION, i);
    const s = found === null ? null : compound(ctx, found);
    // ("the 2027 season", "its 2030 year-end": a year's number names a time, not how long; so do a range's, "the 2025-2028 seasons".)
    const yearNumber = s !== null && /^(19|20)\d\d$/.test(ctx.tokens[s.core.num.start]?.text ?? '');
    if (s !== null && !yearNumber) {
      b = { value: s.value, min: s.min, max: s.max, bound: s.bound, months: s.value, rule: s.range ? 'duration.range' : hyphenated(ctx, s.core.num.end) ? 'duration.compound' : 'duration.number', start: s.start, end: s.end };
    } else {
      b = vagueAt(ctx, i) ?? monthSpanAt(ctx, i) ?? startEndAt(ctx, i) ?? yearSpanAt(ctx, i) ?? throughAt(ctx, i) ?? nextUnitAt(ctx, i) ?? oneOfAt(ctx, i);
    }
    if (b === null || !free(ctx, b.start, b.end)) continue;
    // "two years ago", "six years after the merger" are points in time; "for the next six years after ..." a span.
    const spanned = /^(next|coming|following)$/.test(ctx.tokens[b.start - 1]?.lower ?? '');
    if (TIME_ANCHORS.has(ctx.tokens[b.end]?.lower ?? '') && !spanned) continue;
    const { start, end, ...rest } = b;
    out.push({ ...rest, ...spanOf(ctx, start, end) });
    take(ctx, start, end);
    i = end - 1;
  }
  return out;
}

function hyphenated(ctx: Context, j: number): boolean {
  return ctx.tokens[j]?.text === '-';
}

/** The next smaller unit a bare number after a duration counts in: "1 hour thirty", "2 hours and 10". */
const IMPLIED_NEXT: Readonly<Record<string, string>> = { hour: 'minute', minute: 'second' };
const CLOSING = new Set(['.', ',', ';', ':', '!', '?', ')', ']']);

/**
 * Joins parts of one duration: "2 years 3 months", "2 years, 3 months", "1 year, 2 days, 3 hours and 4 seconds",
 * "1 hour and fifteen". Each part must be in a smaller unit than the one before.
 */
function compound(ctx: Context, s: Shaped<TimeUnitHit>): Shaped<TimeUnitHit> {
  if (s.range) return s;
  const t = ctx.tokens;
  let out = s;
  let unit = s.unit;
  for (let guard = 0; guard < 6; guard++) {
    let k = out.end;
    if (t[k]?.text === ',') k++;
    if (t[k]?.lower === 'and') k++;
    const next = coreAt(ctx, DURATION, k);
    if (next !== null && next.unit !== null && next.unit.months < unit.months && free(ctx, out.end, next.end)) {
      out = { ...rescale(out, out.value + next.value), end: next.end };
      unit = next.unit;
      continue;
    }
    const implied = IMPLIED_NEXT[unit.name];
    const smaller = implied === undefined ? undefined : TIME_UNIT_MAP.get(implied);
    if (smaller === undefined) break;
    const n = parseNumber(t, k, {});
    if (n === null || n.scale !== 1 || !free(ctx, out.end, n.end)) break;
    const after = t[n.end];
    if (after !== undefined && !CLOSING.has(after.text)) break;
    out = { ...rescale(out, out.value + n.value * smaller.months), end: n.end };
    break;
  }
  return out;
}

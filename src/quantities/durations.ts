import { addMonths, differenceInCalendarMonths, differenceInDays, startOfMonth } from 'date-fns';
import type { Duration } from '../schema/quantity.js';
import { free, spanOf, take, type Context } from './context.js';
import { phraseAt, phraseTable } from './phrases.js';
import { shapedAt, type Family } from './shape.js';
import { TIME_UNIT_MAP, VAGUE_COMPOUNDS, VAGUE_COUNTS, type TimeUnitHit } from './time-units.js';
import { andFraction } from './numbers.js';

/** "three-year", "3-year", "36 months", "two and a half years", "18-month", "3h". */
function timeUnitAt(ctx: Context, j: number): { unit: TimeUnitHit; end: number } | null {
  const t = ctx.tokens;
  let k = j;
  const hyphen = t[k]?.text === '-' && t[k - 1]?.end === t[k]?.start && t[k]?.end === t[k + 1]?.start;
  if (hyphen) k++;
  const tok = t[k];
  if (tok === undefined || tok.kind !== 'word') return null;
  const unit = TIME_UNIT_MAP.get(tok.lower);
  if (unit === undefined) return null;
  if (unit.attachedOnly && (hyphen || t[k - 1]?.end !== tok.start)) return null;
  // "a 5-year-old" is an age
  const after = t[k + 1];
  if (after?.text === '-' && t[k + 2]?.lower === 'old' || after?.lower === 'old' && hyphen) return null;
  return { unit, end: k + 1 };
}

/** Durations written with a number: "36 months", "three-year", "between 3 and 5 years". "over five years" is a span, not a bound. */
export const DURATION: Family<TimeUnitHit> = {
  numberOptions: {},
  ignoreBefore: new Set(['over']),
  after(ctx, j) {
    const u = timeUnitAt(ctx, j);
    if (u === null) return null;
    // "a year and a half"
    const frac = andFraction(ctx.tokens, u.end);
    if (frac !== null) return { unit: u.unit, end: u.end + frac[1], factor: u.unit.months };
    return { unit: u.unit, end: u.end, factor: u.unit.months };
  },
};

const VAGUE_COUNT_MAP = phraseTable(VAGUE_COUNTS.map((v) => [v.words, v] as const));
const VAGUE_COMPOUND_MAP = phraseTable(VAGUE_COMPOUNDS.map((v) => [v.words, v] as const));
const THROUGH = phraseTable<true>([
  ['through', true], ['thru', true], ['until', true], ['till', true], ['through the end of', true], ['until the end of', true],
  ['to the end of', true], ['by the end of', true], ['through end of', true], ['through year-end', true], ['through fiscal', true],
  ['through calendar', true], ['through the end of fiscal', true], ['until the end of fiscal', true], ['running through', true],
]);

type Built = Omit<Duration, 'text' | 'span'> & { start: number; end: number };

/** "a decade", "an 18-month term" (number path), "a year and a half". */
function articleAt(ctx: Context, i: number): Built | null {
  const t = ctx.tokens;
  const a = t[i];
  if (a === undefined || (a.lower !== 'a' && a.lower !== 'an')) return null;
  const prev = t[i - 1]?.lower;
  if (prev === 'per' || prev === 'each' || prev === 'every') return null;
  const u = t[i + 1];
  const unit = u === undefined ? undefined : TIME_UNIT_MAP.get(u.lower);
  if (unit === undefined || unit.attachedOnly || u === undefined || u.lower.endsWith('s') && u.lower !== 'mos') return null;
  // "a second time", "a quarter of", "a minute ago" read as other things
  if (unit.name === 'second' || unit.name === 'quarter') return null;
  let end = i + 2;
  let n = 1;
  const frac = andFraction(t, end);
  if (frac !== null) {
    n += frac[0];
    end += frac[1];
  }
  if (t[end]?.text === '-' && t[end + 1]?.lower === 'old') return null;
  const m = n * unit.months;
  return { value: m, min: m, max: m, bound: 'exact', months: m, rule: 'duration.article', start: i, end };
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
  return {
    value: q.value.central * unit.months, min: q.value.min * unit.months, max: q.value.max * unit.months,
    bound: 'vague', months: q.value.central * unit.months, rule: 'duration.vague', start: i, end: q.end + 1,
  };
}

/** Months from `from` to the end of `year`, counting the part-month at the start by days. */
export function monthsUntilEndOf(year: number, from: Date): number {
  const end = new Date(year + 1, 0, 1);
  const whole = differenceInCalendarMonths(end, startOfMonth(from)) - 1;
  const partStart = addMonths(startOfMonth(from), 1);
  const part = differenceInDays(partStart, from) / differenceInDays(partStart, startOfMonth(from));
  return whole + part;
}

/** "through 2029" with a publication date: the months left until the end of 2029. */
function throughAt(ctx: Context, i: number): Built | null {
  if (ctx.publishedAt === null) return null;
  const p = phraseAt(ctx.tokens, i, THROUGH);
  if (p === null) return null;
  const y = ctx.tokens[p.end];
  if (y === undefined || y.kind !== 'num' || !/^(?:19|20|21)\d\d$/.test(y.text)) return null;
  const year = Number(y.text);
  const pub = ctx.publishedAt;
  if (Number.isNaN(pub.getTime()) || year < pub.getFullYear()) return null;
  const m = monthsUntilEndOf(year, pub);
  return { value: m, min: m, max: m, bound: 'approximate', months: m, rule: 'duration.through', start: i, end: p.end + 1 };
}

/** Every duration in text order; marks its tokens taken. */
export function findDurations(ctx: Context): Duration[] {
  const out: Duration[] = [];
  for (let i = 0; i < ctx.tokens.length; i++) {
    let b: Built | null = null;
    const s = shapedAt(ctx, DURATION, i);
    if (s !== null) {
      b = { value: s.value, min: s.min, max: s.max, bound: s.bound, months: s.value, rule: s.range ? 'duration.range' : hyphenated(ctx, s.core.num.end) ? 'duration.compound' : 'duration.number', start: s.start, end: s.end };
    } else {
      b = vagueAt(ctx, i) ?? throughAt(ctx, i) ?? articleAt(ctx, i);
    }
    if (b === null || !free(ctx, b.start, b.end)) continue;
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

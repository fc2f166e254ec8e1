import { addMonths, differenceInCalendarMonths, differenceInDays, startOfMonth } from 'date-fns';
import type { Duration } from '../schema/quantity.js';
import type { Context } from './context.js';
import { phraseAt, phraseBefore, phraseTable } from './phrases.js';
import { TIME_UNIT_MAP } from './time-units.js';
import { andFraction } from './numbers.js';

/** A duration over tokens `[start, end)`, before its words are cut from the text. */
export type Built = Omit<Duration, 'text' | 'span'> & { start: number; end: number };

const YEAR = /^(?:19|20|21)\d\d$/;

function yearAt(ctx: Context, i: number): number | null {
  const y = ctx.tokens[i];
  return y !== undefined && y.kind === 'num' && YEAR.test(y.text) ? Number(y.text) : null;
}

const THROUGH = phraseTable<true>([
  ['through', true], ['thru', true], ['until', true], ['till', true], ['through the end of', true], ['until the end of', true],
  ['to the end of', true], ['by the end of', true], ['through end of', true], ['through year-end', true], ['through fiscal', true],
  ['through calendar', true], ['through the end of fiscal', true], ['until the end of fiscal', true], ['running through', true],
]);

/** Months from `from` to the end of `year`, counting the part-month at the start by days. */
export function monthsUntilEndOf(year: number, from: Date): number {
  const end = new Date(year + 1, 0, 1);
  const whole = differenceInCalendarMonths(end, startOfMonth(from)) - 1;
  const partStart = addMonths(startOfMonth(from), 1);
  const part = differenceInDays(partStart, from) / differenceInDays(partStart, startOfMonth(from));
  return whole + part;
}

/** "through 2029", "runs until the end of 2033" with a publication date: the months left until the end of that year. */
export function throughAt(ctx: Context, i: number): Built | null {
  if (ctx.publishedAt === null) return null;
  const p = phraseAt(ctx.tokens, i, THROUGH);
  if (p === null) return null;
  const year = yearAt(ctx, p.end);
  const pub = ctx.publishedAt;
  if (year === null || Number.isNaN(pub.getTime()) || year < pub.getFullYear()) return null;
  const m = monthsUntilEndOf(year, pub);
  return { value: m, min: m, max: m, bound: 'approximate', months: m, rule: 'duration.through', start: i, end: p.end + 1 };
}

/** How the second year of "from 2026 to 2030" closes the span: `inclusive` when it runs to that year's end. */
const YEAR_SPANS = phraseTable<{ opener: 'between' | 'from'; inclusive: boolean }>([
  ['and', { opener: 'between', inclusive: false }],
  ['to', { opener: 'from', inclusive: false }],
  ['-', { opener: 'from', inclusive: false }],
  ['–', { opener: 'from', inclusive: false }],
  ['until', { opener: 'from', inclusive: false }],
  ['till', { opener: 'from', inclusive: false }],
  ['through', { opener: 'from', inclusive: true }],
  ['thru', { opener: 'from', inclusive: true }],
  ['to the end of', { opener: 'from', inclusive: true }],
  ['until the end of', { opener: 'from', inclusive: true }],
  ['through the end of', { opener: 'from', inclusive: true }],
]);
const MAX_YEAR_SPAN = 100;

/**
 * "between 2026 and 2030" (about 48 months, 36 to 60), "from 2026 through 2030" (about 60 months, 48 to 60):
 * two years name a span whose ends fall somewhere inside them, so the bound is approximate.
 */
export function yearSpanAt(ctx: Context, i: number): Built | null {
  const opener = ctx.tokens[i]?.lower;
  if (opener !== 'between' && opener !== 'from') return null;
  const a = yearAt(ctx, i + 1);
  const join = a === null ? null : phraseAt(ctx.tokens, i + 2, YEAR_SPANS);
  if (a === null || join === null || join.value.opener !== opener) return null;
  const b = yearAt(ctx, join.end);
  if (b === null || b <= a || b - a > MAX_YEAR_SPAN) return null;
  const years = b - a;
  const [value, min, max] = join.value.inclusive ? [(years + 1) * 12, years * 12, (years + 1) * 12] : [years * 12, (years - 1) * 12, (years + 1) * 12];
  return { value, min, max, bound: 'approximate', months: value, rule: 'duration.years', start: i, end: join.end + 1 };
}

/** Month names, their first three letters and "sept", as numbers 0 to 11. */
const MONTHS: ReadonlyMap<string, number> = new Map(
  ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']
    .flatMap((name, n) => [[name, n], [name.slice(0, 3), n], ...(name === 'september' ? [['sept', n]] : [])] as [string, number][]),
);

/** Verbs a month-and-year span may follow without "from": "runs March 2027 through February 2034". */
const RUN_VERBS: ReadonlySet<string> = new Set(['runs', 'run', 'running', 'ran', 'spans', 'spanning', 'covers', 'covering', 'lasts', 'lasting']);

/** A month and a year at token `i` ("January 2026", "Jan. 2026", "Sept 2031"): the month's index from year 0, and where it ends. */
function monthYearAt(ctx: Context, i: number): { index: number; end: number } | null {
  const month = MONTHS.get(ctx.tokens[i]?.lower ?? '');
  if (month === undefined) return null;
  const k = ctx.tokens[i + 1]?.text === '.' ? i + 2 : i + 1;
  const year = yearAt(ctx, k);
  return year === null ? null : { index: year * 12 + month, end: k + 1 };
}

/**
 * `duration.months`: "from March 2027 through February 2034" (84 months), "between July 2026 and June 2029"
 * (36): two months with their years bound a term that runs to the end of the second month, unless it is the first's own
 * month again ("May 2027 to May 2031" is four years).
 */
export function monthSpanAt(ctx: Context, i: number): Built | null {
  const opener = ctx.tokens[i]?.lower ?? '';
  const start = opener === 'from' || opener === 'between' ? i + 1 : RUN_VERBS.has(ctx.tokens[i - 1]?.lower ?? '') ? i : -1;
  const a = start < 0 ? null : monthYearAt(ctx, start);
  const join = a === null ? null : phraseAt(ctx.tokens, a.end, YEAR_SPANS);
  if (a === null || join === null || (opener === 'between') !== (join.value.opener === 'between')) return null;
  const b = monthYearAt(ctx, join.end);
  if (b === null || b.index <= a.index || b.index - a.index > MAX_YEAR_SPAN * 12) return null;
  const months = b.index % 12 === a.index % 12 ? b.index - a.index : b.index - a.index + 1;
  return { value: months, min: months, max: months, bound: 'exact', months, rule: 'duration.months', start: i, end: b.end };
}

/** Words before "the next decade" that make it a length of time: "for the next decade", "over the coming year". */
const SPAN_LEADS = phraseTable<true>(['for', 'over', 'during', 'within', 'in', 'across', 'throughout', 'through', 'spanning', 'covering']
  .map((w) => [w, true] as const));
/** "the next", "the coming", "the past": one unit counted from now. */
const NEXT = phraseTable<true>(['the next', 'the coming', 'the following', 'the past', 'the last', 'the previous'].map((w) => [w, true] as const));

/**
 * "for the next decade" (120 months), "over the past year" (12): one whole unit, after a word that makes it a length.
 * "the next decade will tell" or "next year" alone are points in time.
 */
export function nextUnitAt(ctx: Context, i: number): Built | null {
  const t = ctx.tokens;
  const n = phraseAt(t, i, NEXT);
  if (n === null || phraseBefore(t, i, SPAN_LEADS) === null) return null;
  const u = t[n.end];
  const unit = u === undefined ? undefined : TIME_UNIT_MAP.get(u.lower);
  if (u === undefined || unit === undefined || unit.attachedOnly || u.lower !== unit.name || unit.name === 'second') return null;
  // ("for the next decade and a half": 180 months.)
  const frac = andFraction(t, n.end + 1);
  const months = unit.months * (1 + (frac?.[0] ?? 0));
  return { value: months, min: months, max: months, bound: 'exact', months, rule: 'duration.next', start: i, end: n.end + 1 + (frac?.[1] ?? 0) };
}

/** Verbs that open a term at a time: "begins in March 2027", "starts in mid-2028". */
const START_VERBS: ReadonlySet<string> = new Set(['begins', 'begin', 'began', 'starts', 'start', 'started', 'commences', 'commence', 'commenced']);
/** The words from a term's start to its end: "and runs until", "and will run through the end of". */
const RUNS_UNTIL = phraseTable<{ endOfYear: boolean }>(['runs', 'run', 'will run', 'lasts', 'will last', 'continues', 'will continue'].flatMap((verb) =>
  ['until', 'till', 'to', 'through', 'until the end of', 'to the end of', 'through the end of'].map((to) => [`and ${verb} ${to}`, { endOfYear: to.includes('end of') || to === 'through' }] as const)));
/** Words that place a time inside its year: "mid-2026" (July), "early 2026" (February), "late 2026" (November). */
const PART_OF_YEAR: ReadonlyMap<string, number> = new Map([['mid', 6], ['early', 1], ['late', 10]]);

/** A point in time at token `i`: "January 2026", "mid-2026", "2026" (its first month, or past its end with `endOfYear`), as a month index. */
function pointAt(ctx: Context, i: number, endOfYear: boolean): { index: number; end: number } | null {
  const month = monthYearAt(ctx, i);
  if (month) return month;
  const part = PART_OF_YEAR.get(ctx.tokens[i]?.lower ?? '');
  if (part !== undefined) {
    const k = ctx.tokens[i + 1]?.text === '-' ? i + 2 : i + 1;
    const year = yearAt(ctx, k);
    return year === null ? null : { index: year * 12 + part, end: k + 1 };
  }
  const year = yearAt(ctx, i);
  return year === null ? null : { index: year * 12 + (endOfYear ? 12 : 0), end: i + 1 };
}

/**
 * `duration.start-end`: "begins in March 2027 and runs until the end of 2041" (178 months), "starts in mid-2028 and
 * runs until mid-2036" (96): a term told by when it starts and when it ends.
 */
export function startEndAt(ctx: Context, i: number): Built | null {
  if (ctx.tokens[i]?.lower !== 'in' || !START_VERBS.has(ctx.tokens[i - 1]?.lower ?? '')) return null;
  const from = pointAt(ctx, i + 1, false);
  const join = from === null ? null : phraseAt(ctx.tokens, from.end, RUNS_UNTIL);
  const to = join === null ? null : pointAt(ctx, join.end, join.value.endOfYear);
  if (from === null || to === null || to.index <= from.index || to.index - from.index > MAX_YEAR_SPAN * 12) return null;
  const months = to.index - from.index;
  return { value: months, min: months, max: months, bound: 'approximate', months, rule: 'duration.start-end', start: i, end: to.end };
}


import type { Quantity } from '../schema/quantity.js';
import { spanOf, take, type Context } from './context.js';
import { adjectiveCountAt, countNounAt, isModelNumber, measureAt, modelCodeAt, ofGroupEnd, singular } from './count-nouns.js';
import { shapedAt, type Family } from './shape.js';
import { shipClassOf } from '../lexicon/words.js';

/** Words of a step between a number and its things: "six more freighters", "20 additional aircraft", "two extra rigs". */
export const STEP_WORDS: ReadonlySet<string> = new Set(['more', 'additional', 'extra', 'further']);

/** Words a number labels rather than counts after: "Phase 2b", "Stage 3", "Tier 1", "Series 7". */
export const STEP_LABELS: ReadonlySet<string> = new Set(['phase', 'stage', 'tier', 'class', 'series', 'round', 'step', 'part', 'type', 'gen', 'generation', 'version', 'level', 'grade', 'category', 'ep', 'episode', 'number']);

/** Counted things: "20,000 GPUs", "one million TPUs", "160 million AMD shares". */
export const COUNT: Family<string> = {
  numberOptions: { abbreviations: new Set(['k', 'm', 'mn', 'mln', 'b', 'bn', 'bln', 'tn', 'trn']) },
  sameUnit: (a, b) => a === b,
  after(ctx, j, num) {
    const first = ctx.tokens[num.start];
    // "that one costs": "one" before a plural is a pronoun
    if (first?.lower === 'one' && num.end === num.start + 1) return null;
    // "in 2025 GPUs" reads as a year
    if (first?.kind === 'num' && num.scale === 1 && /^(?:1[89]|20)\d\d$/.test(first.text)) return null;
    // "Boeing 787 aircraft": a model number
    if (isModelNumber(ctx, num)) return null;
    // ("the Phase 2b readout", "Tier 1 suppliers": a number after a step's word labels the step; it counts nothing.)
    if (STEP_LABELS.has(ctx.tokens[num.start - 1]?.lower ?? '')) return null;
    const each = Number.isInteger(num.value) ? timesSignAt(ctx, j) ?? firmCountAt(ctx, j) ?? shipClassAt(ctx, j) : null;
    if (each !== null) return { unit: each.unit, end: each.end, factor: 1 };
    const adjective = adjectiveCountAt(ctx.tokens, j);
    // ("18 six-car units", "24 four-car trainsets": a hyphened count right after another number says what each counted
    // thing is made of; it counts nothing itself.)
    // ("the 2021 four-ship order": a year before it is no count.)
    const before = ctx.tokens[num.start - 1];
    if (adjective !== null && before?.kind === 'num' && !/^(?:1[89]|20)\d\d$/.test(before.text)) return null;
    if (adjective !== null) return { ...adjective, factor: 1 };
    // ("six more converted freighters", "20 additional aircraft": a word of a step stands before the things counted.)
    const at = STEP_WORDS.has(ctx.tokens[j]?.lower ?? '') ? j + 1 : j;
    const group = ofGroupEnd(ctx.tokens, at);
    const n = (group === null ? null : countNounAt(ctx, group)) ?? countNounAt(ctx, at);
    return n === null ? null : { unit: n.unit, end: n.end, factor: 1 };
  },
};

/** Times signs between a count and what each thing counted is: "45 x KV-310", "2 × 7,400 TEU feeder ships". */
const TIMES_SIGNS: ReadonlySet<string> = new Set(['x', '\u00d7']);
/** Modifiers a thing's measure and its kinds may take after a times sign: "2 x 7,400 TEU ammonia-ready feeder ships". */
const MODIFIERS_AFTER_TIMES = 8;

/**
 * "45 x KV-310", "12x Q400", "2 × 7,400 TEU ammonia-ready feeder ships": after a times sign, a model code or
 * a measure of each thing and its noun are what is counted. ("11x forward sales", "4x oversubscribed": a multiple with no
 * code or measure after it counts nothing, nor does a multiple of a period's figure, "2.6x FY27 sales", "14x FY26e P/E".)
 */
function timesSignAt(ctx: Context, j: number): { unit: string; end: number } | null {
  if (!TIMES_SIGNS.has(ctx.tokens[j]?.lower ?? '')) return null;
  const next = ctx.tokens[j + 1];
  if (next === undefined) return null;
  if (next.kind === 'num') return measureAt(ctx, j + 1) ? countNounAt(ctx, j + 1, MODIFIERS_AFTER_TIMES) : null;
  return shipClassAt(ctx, j + 1) ?? modelCodeAt(ctx, j + 1);
}

/** Words that may follow "N firm" before the options: "36 firm + 14 options", "18 firm orders plus 6 options". */
const AFTER_FIRM: ReadonlySet<string> = new Set(['+', 'plus', 'and', 'with', ',', '/', '&']);

/**
 * "(36 firm + 14 options)", "18 firm orders plus 6 options": an order's firm count, of goods the words do not name
 * ("unit", which compares with any goods the other sources count).
 */
function firmCountAt(ctx: Context, j: number): { unit: string; end: number } | null {
  if (ctx.tokens[j]?.lower !== 'firm') return null;
  const orders = /^(?:orders?|commitments?)$/.test(ctx.tokens[j + 1]?.lower ?? '') ? 1 : 0;
  const next = ctx.tokens[j + 1 + orders];
  if (next === undefined || !AFTER_FIRM.has(next.lower)) return null;
  // ("seven firm, plus a right to extend": a term's years are firm too; only options counted beside it make it an order's.)
  const rest = ctx.tokens.slice(j + 2 + orders, j + 6 + orders);
  const options = rest.findIndex((t) => /^options?$/.test(t.lower));
  return options > 0 && rest[options - 1]!.kind === 'num' ? { unit: 'unit', end: j + 1 + orders } : null;
}

/**
 * "nine Supramaxes", "5x Ultramax", "two VLCCs": a ship's size class with no noun after it counts ships of that class
 * ("four Ultramax bulkers" counts bulkers).
 */
function shipClassAt(ctx: Context, k: number): { unit: string; end: number } | null {
  const word = ctx.tokens[k];
  if (word?.kind !== 'word' || shipClassOf(word.lower) === null || countNounAt(ctx, k) !== null) return null;
  return { unit: 'vessel', end: k + 1 };
}

/** Marks that end the field before a deal sheet's label: a stop, a bar, a semicolon, a middle dot. */
const FIELD_BREAKS: ReadonlySet<string> = new Set(['.', '|', ';', '\u00b7', '\u2022']);

/**
 * "Masts: 1,450.", "Trams: 22", "Barges: 6": a deal sheet's label in the plural of a counted thing, then a whole
 * number, counts that thing. Returns the count with the span of its number, or null.
 */
function fieldCountAt(ctx: Context, i: number): { value: number; unit: string; start: number; end: number } | null {
  const label = ctx.tokens[i];
  const colon = ctx.tokens[i + 1];
  const num = ctx.tokens[i + 2];
  if (label?.kind !== 'word' || colon?.text !== ':' || num?.kind !== 'num' || !/^[A-Z][a-z]+s$/.test(label.text)) return null;
  const prev = ctx.tokens[i - 1];
  if (prev !== undefined && !FIELD_BREAKS.has(prev.text) && !lineBreakBefore(ctx, i)) return null;
  if (!/^\d{1,3}(?:,\d{3})*$|^\d+$/.test(num.text) || ctx.tokens[i + 3]?.kind === 'word' && ctx.tokens[i + 3]!.start === num.end) return null;
  const unit = singular(label.lower);
  if (unit === null || NOT_FIELD_COUNTS.has(label.lower)) return null;
  return { value: Number(num.text.replace(/,/g, '')), unit, start: i + 2, end: i + 3 };
}

/** Labels in the plural that count no goods a deal moves: people, shares, periods, a note's own lists. */
const NOT_FIELD_COUNTS: ReadonlySet<string> = new Set(['employees', 'staff', 'workers', 'customers', 'subscribers', 'users', 'members', 'patients',
  'shares', 'securities', 'warrants', 'options', 'days', 'weeks', 'months', 'years', 'quarters', 'seasons', 'risks', 'notes', 'points', 'catalysts',
  'comments', 'sources', 'terms', 'conditions', 'milestones', 'royalties', 'advisers', 'advisors', 'parties', 'bidders', 'buyers', 'sellers', 'lenders']);

const lineBreakBefore = (ctx: Context, i: number): boolean => i > 0 && /\n/.test(ctx.text.slice(ctx.tokens[i - 1]!.end, ctx.tokens[i]!.start));

/** Every count of things in text order; marks its tokens taken. */
export function findCounts(ctx: Context): Quantity[] {
  const out: Quantity[] = [];
  for (let i = 0; i < ctx.tokens.length; i++) {
    const field = ctx.taken[i + 2] ? null : fieldCountAt(ctx, i);
    if (field === null) continue;
    out.push({ value: field.value, min: field.value, max: field.value, bound: 'exact', ...spanOf(ctx, field.start, field.end), rule: 'count.field', unit: field.unit, dimension: 'count' });
    take(ctx, field.start, field.end);
  }
  for (let i = 0; i < ctx.tokens.length; i++) {
    const s = shapedAt(ctx, COUNT, i);
    if (s === null) continue;
    out.push({
      value: s.value, min: s.min, max: s.max, bound: s.bound,
      ...spanOf(ctx, s.start, s.end),
      rule: s.range ? 'count.range' : 'count',
      unit: s.unit, dimension: 'count',
    });
    take(ctx, s.start, s.end);
    i = s.end - 1;
  }
  return out;
}

import type { Bound } from '../schema/span.js';
import { phraseTable, type PhraseTable } from './phrases.js';

/** How a modifier shapes a value `v`: its bound, and the interval it allows as factors of `v`. */
export interface BoundRule {
  readonly bound: Bound;
  /** min = v * lo; max = v * hi (null = unbounded). */
  readonly lo: number;
  readonly hi: number | null;
}

const APPROX: BoundRule = { bound: 'approximate', lo: 0.9, hi: 1.1 };
const BELOW: BoundRule = { bound: 'approximate', lo: 0.9, hi: 1 };
const ABOVE: BoundRule = { bound: 'approximate', lo: 1, hi: 1.1 };
const AT_LEAST: BoundRule = { bound: 'atLeast', lo: 1, hi: null };
const AT_MOST: BoundRule = { bound: 'atMost', lo: 0, hi: 1 };

/** Words before a value, each with an example. */
export const BOUNDS_BEFORE: readonly { words: string; rule: BoundRule; example: string }[] = [
  { words: 'about', rule: APPROX, example: 'about $45 billion' },
  { words: 'around', rule: APPROX, example: 'around $45 billion' },
  { words: 'roughly', rule: APPROX, example: 'roughly $45 billion' },
  { words: 'approximately', rule: APPROX, example: 'approximately 20,000 GPUs' },
  { words: 'approx.', rule: APPROX, example: 'approx. 5 GW' },
  { words: 'approx', rule: APPROX, example: 'approx 5 GW' },
  { words: 'circa', rule: APPROX, example: 'circa $3bn' },
  { words: 'c.', rule: APPROX, example: 'c.$945m of revenue' },
  { words: 'ca.', rule: APPROX, example: 'ca. 5 GW' },
  { words: 'something like', rule: APPROX, example: 'something like six hundred million euros' },
  { words: 'in the region of', rule: APPROX, example: 'in the region of $2bn' },
  { words: 'some', rule: APPROX, example: 'some $10 billion' },
  { words: 'an estimated', rule: APPROX, example: 'an estimated $10 billion' },
  { words: 'estimated', rule: APPROX, example: 'estimated $10 billion' },
  { words: 'around about', rule: APPROX, example: 'around about $10 billion' },
  { words: 'more or less', rule: APPROX, example: 'more or less $10 billion' },
  { words: 'give or take', rule: APPROX, example: 'give or take 3 years' },
  // (Talk rounds a figure it is about to name: "we paid, call it, nine hundred million".)
  { words: 'call it', rule: APPROX, example: 'call it two billion euros' },
  { words: '~', rule: APPROX, example: '~$45B' },
  { words: 'nearly', rule: BELOW, example: 'nearly $45 billion' },
  { words: 'almost', rule: BELOW, example: 'almost 5 gigawatts' },
  { words: 'close to', rule: BELOW, example: 'close to $45 billion' },
  { words: 'just under', rule: BELOW, example: 'just under $45 billion' },
  { words: 'just shy of', rule: BELOW, example: 'just shy of $45 billion' },
  { words: 'just below', rule: BELOW, example: 'just below 10%' },
  { words: 'just over', rule: ABOVE, example: 'just over $45 billion' },
  { words: 'just above', rule: ABOVE, example: 'just above 10%' },
  { words: 'more than', rule: AT_LEAST, example: 'more than $45 billion' },
  { words: 'over', rule: AT_LEAST, example: 'over $45 billion' },
  { words: 'at least', rule: AT_LEAST, example: 'at least $45 billion' },
  { words: 'upwards of', rule: AT_LEAST, example: 'upwards of $45 billion' },
  { words: 'upward of', rule: AT_LEAST, example: 'upward of $45 billion' },
  { words: 'in excess of', rule: AT_LEAST, example: 'in excess of $45 billion' },
  { words: 'greater than', rule: AT_LEAST, example: 'greater than 10%' },
  { words: 'larger than', rule: AT_LEAST, example: 'larger than 10%' },
  { words: 'higher than', rule: AT_LEAST, example: 'higher than 10%' },
  { words: 'north of', rule: AT_LEAST, example: 'north of $45 billion' },
  { words: 'exceeding', rule: AT_LEAST, example: 'exceeding $45 billion' },
  { words: 'above', rule: AT_LEAST, example: 'above $45 billion' },
  { words: 'no less than', rule: AT_LEAST, example: 'no less than $45 billion' },
  { words: 'not less than', rule: AT_LEAST, example: 'not less than 3 years' },
  { words: 'a minimum of', rule: AT_LEAST, example: 'a minimum of 3 years' },
  { words: 'minimum of', rule: AT_LEAST, example: 'minimum of $1 billion' },
  { words: 'no fewer than', rule: AT_LEAST, example: 'no fewer than 20,000 GPUs' },
  { words: '>', rule: AT_LEAST, example: '>$45bn' },
  { words: '≥', rule: AT_LEAST, example: '≥ 5 GW' },
  { words: 'up to', rule: AT_MOST, example: 'up to $45 billion' },
  { words: 'as much as', rule: AT_MOST, example: 'as much as $45 billion' },
  { words: 'as many as', rule: AT_MOST, example: 'as many as 20,000 GPUs' },
  // ("total payments that could reach 95 billion yen": what a deal may come to, as with "up to".)
  { words: 'could reach', rule: AT_MOST, example: 'could reach 95 billion yen' },
  { words: 'may reach', rule: AT_MOST, example: 'may reach $1.2 billion' },
  { words: 'could total', rule: AT_MOST, example: 'could total $1.2 billion' },
  { words: 'as high as', rule: AT_MOST, example: 'as high as 10%' },
  { words: 'at most', rule: AT_MOST, example: 'at most $45 billion' },
  { words: 'less than', rule: AT_MOST, example: 'less than $45 billion' },
  { words: 'fewer than', rule: AT_MOST, example: 'fewer than 20,000 GPUs' },
  { words: 'under', rule: AT_MOST, example: 'under $45 billion' },
  { words: 'below', rule: AT_MOST, example: 'below $45 billion' },
  { words: 'no more than', rule: AT_MOST, example: 'no more than $45 billion' },
  { words: 'not more than', rule: AT_MOST, example: 'not more than 3 years' },
  { words: 'a maximum of', rule: AT_MOST, example: 'a maximum of 3 years' },
  { words: 'maximum of', rule: AT_MOST, example: 'maximum of $1 billion' },
  { words: 'a max of', rule: AT_MOST, example: 'a max of 3 years' },
  { words: '<', rule: AT_MOST, example: '<$45bn' },
  { words: '≤', rule: AT_MOST, example: '≤ 5 GW' },
];

/** Words after a value, each with an example. */
export const BOUNDS_AFTER: readonly { words: string; rule: BoundRule; example: string }[] = [
  { words: 'or more', rule: AT_LEAST, example: '$45 billion or more' },
  { words: 'or greater', rule: AT_LEAST, example: '10% or greater' },
  { words: 'or higher', rule: AT_LEAST, example: '10% or higher' },
  { words: 'or above', rule: AT_LEAST, example: '10% or above' },
  { words: 'and up', rule: AT_LEAST, example: '$45 billion and up' },
  { words: 'and above', rule: AT_LEAST, example: '$45 billion and above' },
  { words: 'or over', rule: AT_LEAST, example: '3 years or over' },
  { words: 'plus', rule: AT_LEAST, example: '$45 billion plus' },
  { words: '-plus', rule: AT_LEAST, example: '$45 billion-plus' },
  { words: '+', rule: AT_LEAST, example: '$45bn+' },
  { words: 'or less', rule: AT_MOST, example: '$45 billion or less' },
  { words: 'or fewer', rule: AT_MOST, example: '20,000 GPUs or fewer' },
  { words: 'or lower', rule: AT_MOST, example: '10% or lower' },
  { words: 'or below', rule: AT_MOST, example: '10% or below' },
  { words: 'at most', rule: AT_MOST, example: '3 years at most' },
  { words: 'at the most', rule: AT_MOST, example: '3 years at the most' },
  { words: 'at least', rule: AT_LEAST, example: '3 years at least' },
  { words: 'or so', rule: APPROX, example: '$45 billion or so' },
  { words: 'or thereabouts', rule: APPROX, example: '$45 billion or thereabouts' },
  { words: 'give or take', rule: APPROX, example: '3 years give or take' },
  // (Talk's "-ish": "two billion-ish", "forty million ish".)
  { words: '-ish', rule: APPROX, example: '$45 billion-ish' },
  { words: 'ish', rule: APPROX, example: '$45 billion ish' },
];

/** Words that open a range: "between $10 and $12 billion", "from 3 to 5 years". */
export const RANGE_OPENERS: PhraseTable<string> = phraseTable([
  ['between', 'and'],
  ['from', 'to'],
  ['anywhere from', 'to'],
  ['anywhere between', 'and'],
  ['in the range of', 'to'],
  ['ranging from', 'to'],
] as const);

/** Words that join the two ends of a range: "$10-12 billion", "3 to 5 years". */
export const RANGE_JOINERS: ReadonlySet<string> = new Set(['-', '–', '—', 'to', '~']);

export const BOUND_BEFORE_MAP: PhraseTable<BoundRule> = phraseTable(BOUNDS_BEFORE.map((b) => [b.words, b.rule] as const));
export const BOUND_AFTER_MAP: PhraseTable<BoundRule> = phraseTable(BOUNDS_AFTER.map((b) => [b.words, b.rule] as const));

/** A value with its interval under a bound rule. */
export function applyBound(v: number, rule: BoundRule): { min: number; max: number | null; bound: Bound } {
  const a = round(v * rule.lo);
  const b = rule.hi === null ? null : round(v * rule.hi);
  // negative values swap ends
  if (b !== null && b < a) return { min: b, max: a, bound: rule.bound };
  return { min: a, max: b, bound: rule.bound };
}

/** Drops binary noise: 45e9 * 1.1 → 49500000000, not 49500000000.00001. */
export function round(x: number): number {
  return Number.isFinite(x) && x !== 0 ? Number(x.toPrecision(12)) : x;
}

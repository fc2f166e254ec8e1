import type { Quantity } from '../schema/quantity.js';
import { spanOf, take, type Context } from './context.js';
import { CURRENCY_AFTER } from './currencies.js';
import { FRACTIONS, ORDINALS, SCALES, SMALL, TENS } from './number-words.js';
import { phraseAt } from './phrases.js';
import { shapedAt, type Family } from './shape.js';
import { TIME_UNIT_MAP } from './time-units.js';
import { UNIT_NAMES, UNIT_SYMBOLS } from './units.js';

/** Irregular plurals of counted things: "two million people". */
export const IRREGULAR_PLURALS: Readonly<Record<string, string>> = {
  people: 'person', children: 'child', men: 'man', women: 'woman', mice: 'mouse', feet: 'foot', geese: 'goose', teeth: 'tooth',
};

/**
 * Words that can follow a number but are not counted things: grammar words ("is", "as"), and
 * words ending in "s" that are not plurals. Example: "in 2025 its revenue" is no count of "its".
 */
export const NOT_NOUNS: ReadonlySet<string> = new Set([
  'is', 'was', 'has', 'as', 'its', 'this', 'his', 'hers', 'ours', 'yours', 'theirs', 'us', 'thus', 'plus', 'minus', 'less', 'across', 'always',
  'perhaps', 'whereas', 'times', 'does', 'yes', 'unless', 'besides', 'sometimes', 'towards', 'afterwards', 'upwards', 'downwards', 'onwards',
  'regardless', 'nevertheless', 'series', 'news', 'status', 'bonus', 'versus', 'vs', 'census', 'process', 'access', 'business', 'progress',
  'gross', 'loss', 'class', 'press', 'express', 'glass', 'mass', 'pass', 'analysis', 'basis', 'crisis', 'thesis', 'this', 'alias', 'focus',
  'previous', 'various', 'serious', 'famous', 'numerous', 'enormous', 'previous', 'ones', 'others', 'points', 'percent', 'per',
]);

/** Words that end a noun phrase: a count never reaches over them. */
const STOP = new Set([
  'of', 'in', 'on', 'at', 'to', 'for', 'from', 'by', 'with', 'and', 'or', 'but', 'the', 'a', 'an', 'that', 'which', 'who', 'than', 'is',
  'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had', 'will', 'would', 'could', 'should', 'may', 'might', 'can', 'not', 'no', 'it',
  'its', 'their', 'his', 'her', 'our', 'this', 'these', 'those', 'each', 'per', 'over', 'under', 'into', 'about', 'after', 'before',
  'since', 'until', 'as', 'if', 'so', 'more', 'less', 'such', 'other', 'also', 'then', 'when', 'while', 'all', 'some', 'any',
]);

const MAX_MODIFIERS = 2;

function isNumberWord(w: string): boolean {
  return SMALL[w] !== undefined || TENS[w] !== undefined || SCALES[w] !== undefined || FRACTIONS[w] !== undefined || ORDINALS[w] !== undefined;
}

/** "GPUs" → "GPU", "companies" → "company", "shares" → "share"; null when not a plural noun. */
export function singular(word: string): string | null {
  const lower = word.toLowerCase();
  const irregular = IRREGULAR_PLURALS[lower];
  if (irregular !== undefined) return irregular;
  if (NOT_NOUNS.has(lower) || word.length < 3 || !/^\p{L}[\p{L}\d]*$/u.test(word)) return null;
  if (/^[A-Z][A-Z\d]+s$/.test(word)) return word.slice(0, -1); // GPUs, TPUs, CPUs
  if (!lower.endsWith('s') || /(?:ss|us|is)$/.test(lower)) return null;
  if (/[^aeiou]ies$/.test(lower)) return word.slice(0, -3) + 'y';
  if (/(?:ches|shes|xes|sses|zes)$/.test(lower)) return word.slice(0, -2);
  return word.slice(0, -1);
}

function excluded(w: string, text: string): boolean {
  return STOP.has(w) || isNumberWord(w) || TIME_UNIT_MAP.has(w) || CURRENCY_AFTER.map.has(w) || UNIT_NAMES.map.has(w) || UNIT_SYMBOLS.map.has(text);
}

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
    const n = countNounAt(ctx, j);
    return n === null ? null : { unit: n.unit, end: n.end, factor: 1 };
  },
};

/** A plural noun after at most two modifiers: "GPUs", "AMD shares", "new data centers". */
export function countNounAt(ctx: Context, j: number): { unit: string; end: number } | null {
  const t = ctx.tokens;
  for (let k = j; k < j + MAX_MODIFIERS + 1; k++) {
    // model names ("GB200", "H100") modify the noun after them: "400,000 GB200 chips"
    if (t[k]?.kind === 'word' && t[k + 1]?.kind === 'num' && t[k + 1]?.start === t[k]?.end) {
      let e = k + 2;
      while (e < k + 5 && t[e] !== undefined && t[e]?.start === t[e - 1]?.end && t[e]?.kind !== 'sym') e++;
      if (t[e]?.start === t[e - 1]?.end) return null;
      k = e - 1;
      continue;
    }
    if (phraseAt(t, k, UNIT_NAMES) !== null || phraseAt(t, k, UNIT_SYMBOLS) !== null) return null; // "32 degrees Celsius"
    const tok = t[k];
    if (tok === undefined || tok.kind !== 'word' || excluded(tok.lower, tok.text)) return null;
    const prev = t[k - 1];
    if (prev !== undefined && prev.end === tok.start && prev.kind !== 'sym') return null; // "3rd", "5x"
    // capitalized words ("NFL", "Nvidia", "Christmas") only modify: "two NFL Christmas games"
    const proper = /^\p{Lu}\p{Ll}/u.test(tok.text);
    const one = proper ? null : singular(tok.text);
    const next = t[k + 1];
    const nextWordish = next !== undefined && next.start === tok.end && (next.kind !== 'sym' || next.text === '-');
    if (one !== null && !nextWordish) return { unit: one, end: k + 1 };
    if (nextWordish) return null;
  }
  return null;
}

/** Every count of things in text order; marks its tokens taken. */
export function findCounts(ctx: Context): Quantity[] {
  const out: Quantity[] = [];
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

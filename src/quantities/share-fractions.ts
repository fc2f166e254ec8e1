import type { Quantity } from '../schema/quantity.js';
import { COMPANY_NOUNS } from '../lexicon/words.js';
import { applyBound, BOUND_BEFORE_MAP } from './bounds.js';
import { free, spanOf, take, type Context } from './context.js';
import { phraseAt, phraseBefore, phraseTable } from './phrases.js';
import type { Token } from './tokens.js';

/**
 * Fractions written in words, as the percentage of a whole they take: "a quarter of Siskin" is 25%, "two-thirds of
 * the lender" 66.7%. Each record: the words, the percentage, an example and a reason.
 */
const FRACTION_RECORDS: readonly { words: string; percent: number; example: string }[] = [
  ...['a', 'one'].flatMap((a) => [
    { words: `${a} half`, percent: 50, example: `${a} half of Siskin` },
    { words: `${a} third`, percent: 100 / 3, example: `${a} third of Siskin` },
    { words: `${a} quarter`, percent: 25, example: `${a} quarter of Siskin` },
    { words: `${a} fifth`, percent: 20, example: `${a} fifth of Siskin` },
    { words: `${a} tenth`, percent: 10, example: `${a} tenth of Siskin` },
  ]),
  { words: 'half', percent: 50, example: 'half of Siskin' },
  ...['-', ' '].flatMap((join) => [
    { words: `two${join}thirds`, percent: 200 / 3, example: `two${join}thirds of Siskin` },
    { words: `three${join}quarters`, percent: 75, example: `three${join}quarters of Siskin` },
    { words: `two${join}fifths`, percent: 40, example: `two${join}fifths of Siskin` },
    { words: `three${join}fifths`, percent: 60, example: `three${join}fifths of Siskin` },
    { words: `four${join}fifths`, percent: 80, example: `four${join}fifths of Siskin` },
  ]),
];

export const SHARE_FRACTIONS: readonly { words: string; percent: number; example: string; reason: string }[] = FRACTION_RECORDS.map((f) => ({
  ...f, reason: `"${f.words}" of a firm is ${Math.round(f.percent * 10) / 10}% of it, as a stake's share is written in figures`,
}));

const FRACTION_MAP = phraseTable(SHARE_FRACTIONS.map((f) => [f.words, f.percent] as const));

/** Words that may stand between "of" and the firm whose share is taken: "a quarter of the lender", "half of its unit". */
const OWNER_WORDS: ReadonlySet<string> = new Set(['the', 'its', 'their', 'his', 'her', 'rival', 'parent']);

/** A word written as a name's: "Siskin", "OSPY". */
const capitalized = (x: Token | undefined): boolean => x !== undefined && x.kind === 'word' && (/^\p{Lu}\p{Ll}/u.test(x.text) || /^\p{Lu}{2,}$/u.test(x.text));

/**
 * Whether the words from token `k` name a firm: a capitalized name ("of Siskin", "of the Oslo-listed lender" reads
 * "Oslo"), or a company noun after an owner's word ("of the lender", "of its unit"). "half of the year" and "a third
 * of output" name none.
 */
function ofFirm(ctx: Context, k: number): boolean {
  const t = ctx.tokens;
  let j = k;
  while (j < k + 2 && OWNER_WORDS.has(t[j]?.lower ?? '')) j++;
  const word = t[j];
  if (word === undefined || word.kind !== 'word') return false;
  if (!capitalized(word)) return j > k && COMPANY_NOUNS.has(word.lower) && !owns(t, j) && !owns(t, j + 1);
  // ("half of Siskin's output": a share of what the firm owns is no share of the firm.)
  let last = j;
  while (capitalized(t[last + 1]) && t[last + 1]!.start === t[last]!.end + 1) last++;
  return !owns(t, last) && !owns(t, last + 1);
}

/** Whether the token at `k` is an owner's word ("Siskin's", "lender’s") or its "'s" touching the word before it. */
const owns = (t: readonly Token[], k: number): boolean => {
  const x = t[k];
  if (x === undefined) return false;
  return /['\u2019]s?$/.test(x.text) && (x.text.length > 2 || x.start === t[k - 1]?.end);
};

/** Every fraction of a firm written in words, as a percentage; marks its tokens taken. */
export function findShareFractions(ctx: Context): Quantity[] {
  const out: Quantity[] = [];
  const t = ctx.tokens;
  for (let i = 0; i < t.length; i++) {
    const hit = phraseAt(t, i, FRACTION_MAP);
    if (hit === null || t[hit.end]?.lower !== 'of' || !ofFirm(ctx, hit.end + 1) || !free(ctx, i, hit.end)) continue;
    const value = Math.round(hit.value * 10) / 10;
    // ("just under a quarter of Siskin", "nearly half of Siskin": a bound word before the fraction bounds it.)
    const before = phraseBefore(t, i, BOUND_BEFORE_MAP);
    const pre = before !== null && free(ctx, before.start, i) ? before : null;
    const start = pre?.start ?? i;
    const bound = pre ? applyBound(value, pre.value) : { min: value, max: value, bound: 'exact' as const };
    out.push({ value, min: bound.min, max: bound.max, bound: bound.bound, ...spanOf(ctx, start, hit.end), rule: 'percent.fraction', unit: '%', dimension: 'percent' });
    take(ctx, start, hit.end);
    i = hit.end - 1;
  }
  return out;
}

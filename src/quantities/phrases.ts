import type { Token } from './tokens.js';

/** A phrase found at tokens `[start, end)` with the value a lexicon gives it. */
export interface PhraseHit<V> {
  value: V;
  start: number;
  end: number;
}

/**
 * The key of tokens `[from, to)`: their texts joined by one space where the source has space and
 * by nothing where they touch ("US$", "u.s. dollars", "per cent").
 */
export function keyOf(tokens: readonly Token[], from: number, to: number, lower: boolean): string {
  let key = '';
  for (let k = from; k < to; k++) {
    const t = tokens[k];
    if (t === undefined) break;
    const prev = tokens[k - 1];
    if (k > from && prev !== undefined && prev.end !== t.start) key += ' ';
    key += lower ? t.lower : t.text;
  }
  return key;
}

/** The longest phrase of `map` starting at token `i` (at most `max` tokens). */
export function phraseAt<V>(tokens: readonly Token[], i: number, map: ReadonlyMap<string, V>, max: number, lower = true): PhraseHit<V> | null {
  let best: PhraseHit<V> | null = null;
  const last = Math.min(tokens.length, i + max);
  for (let to = i + 1; to <= last; to++) {
    const v = map.get(keyOf(tokens, i, to, lower));
    if (v !== undefined) best = { value: v, start: i, end: to };
  }
  return best;
}

/** The longest phrase of `map` ending just before token `i` (at most `max` tokens). */
export function phraseBefore<V>(tokens: readonly Token[], i: number, map: ReadonlyMap<string, V>, max: number, lower = true): PhraseHit<V> | null {
  let best: PhraseHit<V> | null = null;
  for (let from = i - 1; from >= 0 && from >= i - max; from--) {
    const v = map.get(keyOf(tokens, from, i, lower));
    if (v !== undefined) best = { value: v, start: from, end: i };
  }
  return best;
}

/** The word count of the longest phrase in a list, counting "u.s." as its four tokens. */
export function maxTokens(phrases: Iterable<string>): number {
  let max = 1;
  for (const p of phrases) {
    const n = p.split(/(?<=[^\p{L}\d])|(?=[^\p{L}\d])/u).filter((s) => s.trim() !== '').length;
    if (n > max) max = n;
  }
  return max;
}

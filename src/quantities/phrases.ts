import { tokenize, type Token } from './tokens.js';

/** A phrase found at tokens `[start, end)` with the value a lexicon gives it. */
export interface PhraseHit<V> {
  value: V;
  start: number;
  end: number;
}

/**
 * A lexicon of phrases ready for matching over tokens: the phrases by key, the set of first and
 * last tokens (a cheap test before any key is built), and the longest phrase in tokens.
 */
export interface PhraseTable<V> {
  readonly map: ReadonlyMap<string, V>;
  readonly first: ReadonlySet<string>;
  readonly last: ReadonlySet<string>;
  /** Keys of the leading tokens of phrases ("more", "more than") and of trailing ones ("than", "more than"). */
  readonly heads: ReadonlySet<string>;
  readonly tails: ReadonlySet<string>;
  readonly max: number;
  /** Match lower-cased ("dollars") or exactly as written ("USD", "MW"). */
  readonly lower: boolean;
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

/** Builds a table; each phrase is keyed the way `keyOf` keys the tokens of its own text. */
export function phraseTable<V>(entries: Iterable<readonly [string, V]>, lower = true): PhraseTable<V> {
  const map = new Map<string, V>();
  const first = new Set<string>();
  const last = new Set<string>();
  const heads = new Set<string>();
  const tails = new Set<string>();
  let max = 1;
  for (const [phrase, v] of entries) {
    const toks = tokenize(lower ? phrase.toLowerCase() : phrase);
    const a = toks[0];
    const b = toks[toks.length - 1];
    if (a === undefined || b === undefined) continue;
    map.set(keyOf(toks, 0, toks.length, lower), v);
    first.add(lower ? a.lower : a.text);
    last.add(lower ? b.lower : b.text);
    if (toks.length > max) max = toks.length;
    for (let k = 1; k <= toks.length; k++) {
      heads.add(keyOf(toks, 0, k, lower));
      tails.add(keyOf(toks, toks.length - k, toks.length, lower));
    }
  }
  return { map, first, last, heads, tails, max, lower };
}

/** The longest phrase of the table starting at token `i`. */
export function phraseAt<V>(tokens: readonly Token[], i: number, table: PhraseTable<V>): PhraseHit<V> | null {
  const t = tokens[i];
  if (t === undefined || !table.first.has(table.lower ? t.lower : t.text)) return null;
  let best: PhraseHit<V> | null = null;
  const last = Math.min(tokens.length, i + table.max);
  for (let to = i + 1; to <= last; to++) {
    const key = keyOf(tokens, i, to, table.lower);
    if (!table.heads.has(key)) break;
    const v = table.map.get(key);
    if (v !== undefined) best = { value: v, start: i, end: to };
  }
  return best;
}

/** The longest phrase of the table ending just before token `i`. */
export function phraseBefore<V>(tokens: readonly Token[], i: number, table: PhraseTable<V>): PhraseHit<V> | null {
  const t = tokens[i - 1];
  if (t === undefined || !table.last.has(table.lower ? t.lower : t.text)) return null;
  let best: PhraseHit<V> | null = null;
  for (let from = i - 1; from >= 0 && from >= i - table.max; from--) {
    const key = keyOf(tokens, from, i, table.lower);
    if (!table.tails.has(key)) break;
    const v = table.map.get(key);
    if (v !== undefined) best = { value: v, start: from, end: i };
  }
  return best;
}

/**
 * A phrase of the table written hyphened onto the value at `i`: "an up-to-nine-tug deal", "an at-least-eight-tug order".
 * The words and their hyphens must touch, so "up to - six" is no such phrase.
 */
export function hyphenedPhraseBefore<V>(tokens: readonly Token[], i: number, table: PhraseTable<V>): PhraseHit<V> | null {
  const words: string[] = [];
  let k = i - 1;
  while (words.length < table.max) {
    const dash = tokens[k];
    const word = tokens[k - 1];
    const after = tokens[k + 1];
    if (dash?.text !== '-' || word?.kind !== 'word' || after === undefined || word.end !== dash.start || dash.end !== after.start) break;
    words.unshift(table.lower ? word.lower : word.text);
    k -= 2;
  }
  for (let n = words.length; n > 0; n--) {
    const v = table.map.get(words.slice(words.length - n).join(' '));
    if (v !== undefined) return { value: v, start: i - 2 * n, end: i };
  }
  return null;
}

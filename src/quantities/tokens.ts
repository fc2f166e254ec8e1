/** One token of the source text with half-open `[start, end)` offsets. */
export interface Token {
  readonly text: string;
  /** Lower-cased text, for lexicon look-ups. */
  readonly lower: string;
  readonly start: number;
  readonly end: number;
  /** `num`: "1,500,000", "2.5"; `word`: "billion", "GPUs"; `sym`: "$", "-", "%". */
  readonly kind: 'num' | 'word' | 'sym';
}

import { foldUnicode, GROUPING_SPACES } from './unicode.js';

const LETTER = /[\p{L}\p{M}]/u;
const SPACE = /\s/u;

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isLetterAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c >= 97 && c <= 122 || c >= 65 && c <= 90) return 1;
  if (c < 128 || Number.isNaN(c)) return 0;
  const cp = text.codePointAt(i) ?? 0;
  return LETTER.test(String.fromCodePoint(cp)) ? (cp > 0xffff ? 2 : 1) : 0;
}

/** After digits at `i`: ",500" groups of exactly three digits, then ".25". Returns the end. */
function numberEnd(text: string, i: number): number {
  let j = i;
  while (isDigit(text.charCodeAt(j))) j++;
  const indian = indianEnd(text, i, j);
  if (indian > j) j = indian;
  while (text.charCodeAt(j) === 44 && isDigit(text.charCodeAt(j + 1)) && isDigit(text.charCodeAt(j + 2)) && isDigit(text.charCodeAt(j + 3)) && !isDigit(text.charCodeAt(j + 4))) j += 4;
  if (j - i <= 3 && j === firstRun(text, i)) j = spacedGroupsEnd(text, j);
  if (text.charCodeAt(j) === 46 && isDigit(text.charCodeAt(j + 1))) {
    j++;
    while (isDigit(text.charCodeAt(j))) j++;
  }
  return j;
}

function firstRun(text: string, i: number): number {
  let j = i;
  while (isDigit(text.charCodeAt(j))) j++;
  return j;
}

/** SI grouping with a no-break or thin space: "10\u202F000", "2\u00A0500\u00A0000". A plain space never groups. */
function spacedGroupsEnd(text: string, j: number): number {
  let k = j;
  while (GROUPING_SPACES.has(text.charCodeAt(k)) && isDigit(text.charCodeAt(k + 1)) && isDigit(text.charCodeAt(k + 2)) && isDigit(text.charCodeAt(k + 3)) && !isDigit(text.charCodeAt(k + 4))) k += 4;
  return k;
}

/** Indian grouping "12,34,567.89": one or two digits, pairs, then a final group of three. Returns `j` when absent. */
function indianEnd(text: string, i: number, j: number): number {
  if (j - i > 2) return j;
  let k = j;
  let pairs = 0;
  while (text.charCodeAt(k) === 44 && isDigit(text.charCodeAt(k + 1)) && isDigit(text.charCodeAt(k + 2)) && text.charCodeAt(k + 3) === 44) {
    k += 3;
    pairs++;
  }
  if (pairs === 0 || !(isDigit(text.charCodeAt(k + 1)) && isDigit(text.charCodeAt(k + 2)) && isDigit(text.charCodeAt(k + 3)) && !isDigit(text.charCodeAt(k + 4)))) return j;
  return k + 4;
}

/** After a letter at `i`: letters, with one inner apostrophe ("Elon's"). Returns the end. */
function wordEnd(text: string, i: number): number {
  let j = i;
  let apostrophe = false;
  for (;;) {
    const n = isLetterAt(text, j);
    if (n > 0) {
      j += n;
      continue;
    }
    const c = text.charCodeAt(j);
    if (!apostrophe && (c === 39 || c === 0x2019) && isLetterAt(text, j + 1) > 0) {
      apostrophe = true;
      j++;
      continue;
    }
    return j;
  }
}

/**
 * Splits text into tokens: digits with thousands separators and a decimal part ("1,500,000.25"),
 * runs of letters (with one inner apostrophe: "Elon's"), or any other single non-space character.
 * Unicode dashes and spaces read as ASCII ("12\u2011year" is "12-year"); offsets stay those of `text`.
 * One pass over the text; never throws.
 */
export function tokenize(original: string): Token[] {
  const text = foldUnicode(original);
  const tokens: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 10 || c === 9 || c === 13) {
      i++;
      continue;
    }
    if (isDigit(c)) {
      const e = numberEnd(original, i);
      const t = text.slice(i, e);
      tokens.push({ text: t, lower: t, start: i, end: e, kind: 'num' });
      i = e;
      continue;
    }
    if (isLetterAt(text, i) > 0) {
      const e = wordEnd(text, i);
      const t = text.slice(i, e);
      tokens.push({ text: t, lower: t.toLowerCase(), start: i, end: e, kind: 'word' });
      i = e;
      continue;
    }
    const cp = text.codePointAt(i) ?? c;
    const w = cp > 0xffff ? 2 : 1;
    const t = text.slice(i, i + w);
    if (!SPACE.test(t)) tokens.push({ text: t, lower: t, start: i, end: i + w, kind: 'sym' });
    i += w;
  }
  return tokens;
}

/** True when token `i` touches the token before it ("45B", "US$", "3-year"). */
export function attached(tokens: readonly Token[], i: number): boolean {
  const a = tokens[i - 1];
  const b = tokens[i];
  return a !== undefined && b !== undefined && a.end === b.start;
}

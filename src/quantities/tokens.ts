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

/**
 * Digits with thousands separators and a decimal part ("1,500,000.25"), runs of letters
 * (with an inner apostrophe: "Elon's"), or any other single non-space character.
 * Every alternative starts with a distinct class, so matching is linear.
 */
const TOKEN = /(\d+(?:,\d{3}(?!\d))*(?:\.\d+)?)|(\p{L}+(?:['’]\p{L}+)?)|(\S)/gu;

/** Splits text into tokens. Linear in the length of the text; never throws. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const t = m[0];
    const kind = m[1] !== undefined ? 'num' : m[2] !== undefined ? 'word' : 'sym';
    tokens.push({ text: t, lower: t.toLowerCase(), start: m.index, end: m.index + t.length, kind });
  }
  return tokens;
}

/** True when token `i` touches the token before it ("45B", "US$", "3-year"). */
export function attached(tokens: readonly Token[], i: number): boolean {
  const a = tokens[i - 1];
  const b = tokens[i];
  return a !== undefined && b !== undefined && a.end === b.start;
}

import { SMALL, TENS } from './number-words.js';
import { attached, type Token } from './tokens.js';

/** Spoken digits after "point": "six point two", "one point oh five". */
const DIGIT_WORDS: Readonly<Record<string, number>> = { ...Object.fromEntries(Object.entries(SMALL).filter(([, v]) => v < 10)), oh: 0 };

/** Longest run of spoken decimals read; longer runs are no amount anyone says. */
const MAX_DECIMALS = 4;

/**
 * Spoken forms of numbers, each a record with an example; `numbers.ts` applies them.
 * - `point`: a decimal spoken with "point": "six point two billion dollars" is 6.2e9 dollars, "1 point 5 million" 1.5e6.
 * - `scale-tenths`: a big scale word, a hyphen and one digit word: "a billion-two" is 1.2e9, "two million-five" 2.5e6
 *   (American spoken shorthand for tenths of the scale).
 * - `hundreds`: a digit word, a hyphen and a teen or tens word: "one-sixty" is 160, "two-fifteen" 215 (talk's
 *   shorthand for hundreds; "three-ten" stays a range, as "ten" is no tens word).
 */
export const SPOKEN_FORMS: readonly { rule: string; example: string; value: number }[] = [
  { rule: 'point', example: 'six point two billion dollars', value: 6.2e9 },
  { rule: 'point', example: 'one point oh five million dollars', value: 1.05e6 },
  { rule: 'point', example: '3 point 5 billion dollars', value: 3.5e9 },
  { rule: 'point', example: 'two hundred point seventy-one million dollars', value: 200.71e6 },
  { rule: 'point', example: 'three-point-two billion dollars', value: 3.2e9 },
  { rule: 'point', example: 'three-point-six-billion-dollar', value: 3.6e9 },
  { rule: 'scale-tenths', example: 'a billion-two dollars', value: 1.2e9 },
  { rule: 'scale-tenths', example: 'two million-five dollars', value: 2.5e6 },
  { rule: 'scale-tenths', example: 'a billion two a year', value: 1.2e9 },
  { rule: 'hundreds', example: 'one-thirty million dollars', value: 130e6 },
  { rule: 'hundreds', example: 'two-fifteen million euros', value: 215e6 },
  { rule: 'hundreds', example: 'three-forty-five million dollars', value: 345e6 },
];

/**
 * The fraction spoken after a whole number at `j`: "point two" → [0.2, 2], "point 25" → [0.25, 2], "point oh five" → [0.05, 3].
 * Returns null unless "point" is followed by spoken digits or one plain run of digits.
 */
export function pointDecimal(tokens: readonly Token[], j: number): [number, number] | null {
  if (tokens[j]?.lower !== 'point') return null;
  // ("three-point-two": spoken decimals written with hyphens.)
  if (tokens[j + 1]?.text === '-' && attached(tokens, j + 1) && attached(tokens, j + 2) && tokens[j + 2]?.kind === 'word') {
    const rest = pointDecimal([...tokens.slice(0, j + 1), ...tokens.slice(j + 2)], j);
    return rest === null ? null : [rest[0], rest[1] + 1];
  }
  const first = tokens[j + 1];
  if (first === undefined) return null;
  if (first.kind === 'num') {
    if (!/^\d{1,6}$/.test(first.text) || attached(tokens, j + 2)) return null;
    return [Number(`0.${first.text}`), 2];
  }
  // "point seventy-one": two decimals spoken as a number
  const tens = TENS[first.lower];
  if (tens !== undefined && first.kind === 'word') {
    const unit = tokens[j + 2]?.text === '-' && attached(tokens, j + 2) ? SMALL[tokens[j + 3]?.lower ?? ''] : undefined;
    if (unit !== undefined && unit > 0 && unit < 10) return [(tens + unit) / 100, 4];
    return [tens / 100, 2];
  }
  let digits = '';
  let k = j + 1;
  while (k < tokens.length && digits.length < MAX_DECIMALS) {
    const d = DIGIT_WORDS[tokens[k]?.lower ?? ''];
    if (d === undefined || tokens[k]?.kind !== 'word') break;
    digits += String(d);
    k++;
  }
  // "point oh" alone, or "o" alone, is no number
  if (digits.length === 0 || /^0+$/.test(digits) && tokens[j + 1]?.lower !== 'zero') return null;
  return [Number(`0.${digits}`), k - j];
}

/** Scales spoken with tenths after a hyphen: "billion-two". */
const TENTHS_SCALES: ReadonlySet<string> = new Set(['million', 'billion', 'trillion']);

/**
 * "a billion-two": after the big scale word at `j - 1`, a hyphen and one digit word add that many tenths of the scale.
 * Returns [value to add per unit of scale, tokens used] or null.
 */
/** Words after "a billion two" that end the number: a rate's "a" or "per", a currency's name, a stop. */
const AFTER_SPACED_TENTHS: ReadonlySet<string> = new Set(['a', 'an', 'per', 'annually', 'dollars', 'euros', 'pounds', 'bucks', 'yen', 'each', 'upfront', 'total', 'all', 'in', 'for', 'over', 'or', 'and']);

/** "a billion two a year", "call it a billion two.": the tenths spoken after a space, before a word that ends the number. */
function spacedTenths(tokens: readonly Token[], j: number): [number, number] | null {
  const digit = tokens[j];
  if (digit === undefined || digit.kind !== 'word' || attached(tokens, j)) return null;
  const d = SMALL[digit.lower];
  if (d === undefined || d < 1 || d > 9) return null;
  const next = tokens[j + 1];
  return next === undefined || (next.kind === 'sym' && /^[,.;?!]$/.test(next.text)) || (next.kind === 'word' && AFTER_SPACED_TENTHS.has(next.lower)) ? [d / 10, 1] : null;
}

export function scaleTenths(tokens: readonly Token[], j: number): [number, number] | null {
  const scale = tokens[j - 1];
  if (scale === undefined || !TENTHS_SCALES.has(scale.lower)) return null;
  if (tokens[j]?.text !== '-') return spacedTenths(tokens, j);
  const digit = tokens[j + 1];
  if (digit === undefined || !attached(tokens, j) || !attached(tokens, j + 1)) return null;
  const d = SMALL[digit.lower];
  if (d === undefined || d < 1 || d > 9 || digit.kind !== 'word') return null;
  // "a billion-two-year deal" or "billion-five million" are other readings
  if (tokens[j + 2]?.text === '-' && attached(tokens, j + 2)) return null;
  return [d / 10, 2];
}

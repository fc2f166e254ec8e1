import { FRACTIONS, ORDINALS, SCALES, SCALE_ABBREVIATIONS, SMALL, TENS, stacks } from './number-words.js';
import { pointDecimal, scaleTenths } from './spoken.js';
import { TIME_UNIT_MAP } from './time-units.js';
import { decimalCommaAt, europeanScaleAt } from './european.js';
import { attached, tokenize, type Token } from './tokens.js';

/** A number found at token `start`, covering tokens `[start, end)`. */
export interface NumberHit {
  value: number;
  start: number;
  end: number;
  /** True when written (at least partly) in words: "forty-five", "half a billion". */
  words: boolean;
  /** The multiplier a scale word or abbreviation applied ("billion", "bn"): 1 when none. */
  scale: number;
}

export interface NumberOptions {
  /** Accept "45B", "$10k", "2.5bn", "10 grand"; or only the listed ones ("0.5k miles", not "7.62mm"). */
  abbreviations?: boolean | ReadonlySet<string>;
  /** Accept "a"/"an" as one ("a decade", "an hour", "a gigawatt"); the caller's unit must follow. */
  article?: boolean;
  /** Accept a scale word joined by a hyphen: "a $3.4-billion contract", "a 1.7-billion-pound takeover". */
  hyphenScale?: boolean;
  /** Accept European notation, for numbers a currency marks: "€3,5 Mrd.", "3,5 Milliarden Euro". */
  european?: boolean;
}

/** Vulgar fractions: "½ teaspoon", "2½ years". */
export const VULGAR: Readonly<Record<string, number>> = {
  '½': 1 / 2, '⅓': 1 / 3, '⅔': 2 / 3, '¼': 1 / 4, '¾': 3 / 4, '⅕': 1 / 5, '⅖': 2 / 5, '⅗': 3 / 5, '⅘': 4 / 5,
  '⅙': 1 / 6, '⅚': 5 / 6, '⅛': 1 / 8, '⅜': 3 / 8, '⅝': 5 / 8, '⅞': 7 / 8,
};

/** Longest run of digits taken as a number; longer runs are identifiers, not quantities. */
const MAX_DIGITS = 16;

/** The scale words of a thousand and more ("thousand", "billion", "crore"), "grand" aside: read from `SCALES`, slips included. */
const BIG_SCALES: Readonly<Record<string, number>> = Object.fromEntries(Object.entries(SCALES).filter(([word, value]) => value >= 1e3 && word !== 'grand'));

/** The value of a digit token: "1,500,000" → 1500000, "23.28" → 23.28; null for absurdly long runs. */
export function digitValue(token: Token): number | null {
  if (token.kind !== 'num') return null;
  const plain = token.text.replace(/[,\s]/gu, '');
  const dot = plain.indexOf('.');
  if ((dot < 0 ? plain.length : dot) > MAX_DIGITS) return null;
  const v = Number(plain);
  return Number.isFinite(v) ? v : null;
}

function wordAt(tokens: readonly Token[], i: number): string | undefined {
  const t = tokens[i];
  return t !== undefined && t.kind === 'word' ? t.lower : undefined;
}

/**
 * Fraction after "and": "two and a half" → 0.5, "and three quarters" → 0.75, "an hour and half",
 * "one and a quarter of hour". Returns [value, tokens used].
 */
export function andFraction(tokens: readonly Token[], i: number): [number, number] | null {
  if (wordAt(tokens, i) !== 'and') return null;
  let k = i + 1;
  let n = 1;
  const a = wordAt(tokens, k);
  if (a === 'a' || a === 'an' || a === 'one') k++;
  else if (a !== undefined && SMALL[a] !== undefined && (SMALL[a] ?? 0) > 1) {
    n = SMALL[a] ?? 1;
    k++;
  }
  const f = wordAt(tokens, k);
  if (f === undefined) return null;
  const fv = FRACTIONS[f];
  if (fv === undefined || n === 1 && (f === 'quarters' || f === 'thirds' || f === 'halves')) return null;
  if (n > 1 && f !== 'quarters' && f !== 'quarter' && f !== 'thirds' && f !== 'third') return null;
  k++;
  // "one and a quarter of hour": the "of" joins the fraction to its unit
  const after = wordAt(tokens, k + 1);
  if (wordAt(tokens, k) === 'of' && after !== undefined && after !== 'a' && after !== 'an' && after !== 'the') k++;
  return [n * fv, k - i];
}

/** "1/2", "3/4": a proper fraction of small digits that is not part of a date ("5/17/2018"). */
function slashFraction(tokens: readonly Token[], i: number): [number, number] | null {
  const a = tokens[i];
  const slash = tokens[i + 1];
  const b = tokens[i + 2];
  if (a?.kind !== 'num' || slash?.text !== '/' || b?.kind !== 'num' || !attached(tokens, i + 1) || !attached(tokens, i + 2)) return null;
  if (tokens[i + 3]?.text === '/' && attached(tokens, i + 3)) return null;
  if (attached(tokens, i) && tokens[i - 1]?.text === '/') return null;
  const n = Number(a.text);
  const d = Number(b.text);
  if (!Number.isInteger(n) || !Number.isInteger(d) || d < 2 || d > 100 || n >= d || n < 1) return null;
  return [n / d, 3];
}

/** Scale words after a number: "45 billion", "2.5 million", "three hundred thousand". */
function scaleWords(tokens: readonly Token[], i: number, lastScale: number, abbreviations: boolean): [number, number] {
  let mult = 1;
  let j = i;
  let last = lastScale;
  for (;;) {
    const w = wordAt(tokens, j);
    if (w === undefined) break;
    const s = w === 'grand' ? (abbreviations ? 1e3 : undefined) : SCALES[w];
    if (s === undefined || s >= last && !stacks(wordAt(tokens, j - 1), w) || w === 'dozen' && mult !== 1) break;
    mult *= s;
    last = s;
    j++;
    const tenths = mult >= 1e6 ? scaleTenths(tokens, j) : null;
    if (tenths !== null) return [mult * (1 + tenths[0]), j + tenths[1]]; // "$1 billion-two"

    if (w === 'hundred' && wordAt(tokens, j) === 'and' && andFraction(tokens, j) === null) break;
  }
  return [mult, j];
}

function parseDigits(tokens: readonly Token[], i: number, opts: NumberOptions): NumberHit | null {
  const t = tokens[i];
  if (t === undefined) return null;
  let value = digitValue(t);
  if (value === null) return null;
  let j = i + 1;
  const grouped = spaceGroups(tokens, i);
  if (grouped !== null) {
    value = grouped[0]; // "23 500 hectares"
    j = grouped[1];
  }
  const slash = slashFraction(tokens, i);
  if (slash !== null) return { value: slash[0], start: i, end: i + slash[1], words: false, scale: 1 };
  if (opts.european === true) {
    const comma = decimalCommaAt(tokens, i);
    const at = comma === null ? j : i + comma[1];
    const base = comma === null ? value : comma[0];
    const eu = europeanScaleAt(tokens, at);
    if (eu !== null) return { value: base * eu[0], start: i, end: eu[1], words: true, scale: eu[0] };
    if (comma !== null) {
      const [mult, end] = scaleWords(tokens, at, Infinity, false); // "3,5 billion euros"
      if (mult > 1 || euroBeside(tokens, i, end)) return { value: base * mult, start: i, end, words: end > at, scale: mult };
    }
  }
  const frac = andFraction(tokens, j);
  const mixed = slashFraction(tokens, j);
  const vulgar = tokens[j] === undefined ? undefined : VULGAR[tokens[j]?.text ?? ''];
  const point = t.text.includes('.') || t.text.includes(',') ? null : pointDecimal(tokens, j);
  if (point !== null) {
    value += point[0]; // "3 point 5 billion"
    j += point[1];
  } else if (frac !== null && !t.text.includes('.')) {
    value += frac[0];
    j += frac[1];
  } else if (mixed !== null && !attached(tokens, j) && !t.text.includes('.')) {
    value += mixed[0]; // "10 1/2 miles"
    j += mixed[1];
  } else if (vulgar !== undefined && !t.text.includes('.')) {
    value += vulgar; // "2½"
    j++;
  }
  // ("a ₹1,320-cr order", "a $3.4-bn contract": an abbreviation that may stand apart may be hyphened to the digits too.)
  const hyphened = opts.hyphenScale === true && tokens[j]?.text === '-' && attached(tokens, j) && attached(tokens, j + 1)
    && tokens[j + 1]?.kind === 'word' && SCALE_ABBREVIATIONS[tokens[j + 1]!.lower]?.spaced === true;
  if (hyphened) j++;
  const next = tokens[j];
  if (opts.abbreviations && next !== undefined && next.kind === 'word') {
    const abbr = opts.abbreviations === true || opts.abbreviations.has(next.lower) ? SCALE_ABBREVIATIONS[next.lower] : undefined;
    // "45B" but not "45 b"; "bn" may stand apart ("$45 bn"). Upper-case "M"/"B"/"K" and lower-case both.
    if (abbr !== undefined && (abbr.spaced || attached(tokens, j)) && !(next.text === 'T' && !attached(tokens, j))) {
      return { value: value * abbr.value, start: i, end: j + 1, words: false, scale: abbr.value };
    }
  }
  const at = opts.hyphenScale === true && hyphenBeforeScale(tokens, j) ? j + 1 : j;
  const [mult, end] = scaleWords(tokens, at, Infinity, opts.abbreviations === true);
  if (end === at) return { value, start: i, end: j, words: false, scale: 1 };
  return { value: value * mult, start: i, end, words: true, scale: mult };
}

/**
 * "23 500 hectares", "14 000 tonnes", "1 250 000": thousands set off by single spaces, as Nordic, French and
 * standards style write them. The first group has one to three digits, each later one exactly three, and no number
 * stands just before or after the run ("in 2021 450 staff", "30 100-MW turbines" stay two numbers).
 * Returns [value, index past the last group] or null.
 */
function spaceGroups(tokens: readonly Token[], i: number): [number, number] | null {
  const plain = (k: number) => tokens[k]?.kind === 'num' && /^\d+$/.test(tokens[k]!.text);
  const spaced = (k: number) => tokens[k]!.start - tokens[k - 1]!.end === 1;
  if (!plain(i) || tokens[i]!.text.length > 3 || (i > 0 && tokens[i - 1]!.kind === 'num' && spaced(i))) return null;
  let j = i + 1;
  while (plain(j) && tokens[j]!.text.length === 3 && spaced(j)) j++;
  if (j === i + 1) return null;
  const after = tokens[j];
  if (after !== undefined && (after.kind === 'num' || (after.text === '-' && attached(tokens, j)) || (/^[.,]$/.test(after.text) && tokens[j + 1]?.kind === 'num' && attached(tokens, j + 1)))) return null;
  return [Number(tokens.slice(i, j).map((x) => x.text).join('')), j];
}

/** Without a scale word a decimal comma needs the euro beside it: "€3,50", "3,50 Euro", but "$1,5" stays one dollar. */
function euroBeside(tokens: readonly Token[], i: number, end: number): boolean {
  return tokens[i - 1]?.text === '€' || EURO_WORDS.has(tokens[end]?.lower ?? '');
}
const EURO_WORDS: ReadonlySet<string> = new Set(['€', 'euro', 'euros', 'eur']);

/** True after an ordinal, with or without a hyphen: "first-half", "second quarter", "2nd-half" name a part of a year. */
function afterOrdinal(tokens: readonly Token[], i: number): boolean {
  let k = i - 1;
  if (tokens[k]?.text === '-' && attached(tokens, k) && attached(tokens, i)) k--;
  const w = wordAt(tokens, k);
  if (w === undefined) return false;
  return ORDINALS[w] !== undefined || /^(?:st|nd|rd|th)$/.test(w) && tokens[k - 1]?.kind === 'num' && attached(tokens, k);
}

/** "-fifty" after "hundred-and": a hyphen touching a number word below a hundred on both sides. */
function hyphenedNumberWord(tokens: readonly Token[], j: number): boolean {
  const w = wordAt(tokens, j + 1);
  return tokens[j]?.text === '-' && attached(tokens, j) && attached(tokens, j + 1) && w !== undefined && (SMALL[w] !== undefined || TENS[w] !== undefined);
}

/** "3.4-billion": a hyphen touching the digits and a scale word after it. */
function hyphenBeforeScale(tokens: readonly Token[], j: number): boolean {
  const w = wordAt(tokens, j + 1);
  return tokens[j]?.text === '-' && attached(tokens, j) && attached(tokens, j + 1) && w !== undefined && BIG_SCALES[w] !== undefined;
}

/**
 * "one-sixty", "two-fifteen": a digit word, a hyphen and a teen or a tens word, as talk says hundreds (`hundreds` of
 * `SPOKEN_FORMS`). `j` is the second word; the first must open the number.
 */
function hundredsShorthand(tokens: readonly Token[], i: number, j: number, cur: number, total: number): boolean {
  return j === i + 2 && total === 0 && cur >= 1 && cur <= 9 && tokens[i + 1]?.text === '-' && attached(tokens, i + 1) && attached(tokens, j);
}

function parseWords(tokens: readonly Token[], i: number, opts: NumberOptions): NumberHit | null {
  let total = 0;
  let cur = 0;
  let last: 'none' | 'small' | 'tens' | 'hundred' | 'scale' | 'decimal' = 'none';
  let lastScale = Infinity;
  let j = i;
  let scale = 1;
  const first = wordAt(tokens, i);
  if (first === undefined) return null;
  // "the first-half results", but "the first half hour" is half an hour
  if ((first === 'half' || first === 'quarter') && afterOrdinal(tokens, i) && !TIME_UNIT_MAP.has(wordAt(tokens, i + 1) ?? '')) return null;
  if (SMALL[first] === undefined && TENS[first] === undefined && first !== 'a' && first !== 'an' && first !== 'half' && first !== 'quarter') return null;

  // "a billion", "a hundred", "a dozen", "an estimated" (no), "a quarter million"
  if (first === 'a' || first === 'an' || first === 'one') {
    const w = wordAt(tokens, i + 1);
    if (first !== 'one' && w !== undefined && SCALES[w] !== undefined && w !== 'grand') {
      cur = 1;
      j = i + 1;
      last = 'small';
    } else if (w === 'half' || w === 'quarter') {
      // "a half billion", "a quarter of a million", "a quarter million"
      const f = FRACTIONS[w] ?? 0;
      let k = i + 2;
      if (wordAt(tokens, k) === 'of' && (wordAt(tokens, k + 1) === 'a' || wordAt(tokens, k + 1) === 'an')) k += 2;
      const s = wordAt(tokens, k);
      const sv = s === undefined ? undefined : BIG_SCALES[s];
      if (sv !== undefined) {
        const [mult, end] = scaleWords(tokens, k, Infinity, false);
        return { value: f * mult, start: i, end, words: true, scale: mult };
      }
      if (first === 'one') return null;
      // "a half hour": the unit follows
      if (w === 'half') return { value: 0.5, start: i, end: i + 2, words: true, scale: 1 };
      return null;
    }
    if (first !== 'one' && cur === 0) {
      if (opts.article !== true || w === undefined || FRACTIONS[w] !== undefined) return null;
      return { value: 1, start: i, end: i + 1, words: true, scale: 1 };
    }
  }
  if (first === 'half' || first === 'quarter') {
    // "half a billion", "half a gigawatt", "half a million", "quarter of a million"
    const f = FRACTIONS[first] ?? 0;
    let k = i + 1;
    if (first === 'quarter' && wordAt(tokens, k) === 'of') k++;
    const a = wordAt(tokens, k);
    if (a === 'a' || a === 'an') {
      const s = wordAt(tokens, k + 1);
      if (s !== undefined && SCALES[s] !== undefined && s !== 'grand') {
        const [mult, end] = scaleWords(tokens, k + 1, Infinity, false);
        return { value: f * mult, start: i, end, words: true, scale: mult };
      }
      if (first === 'half') return { value: f, start: i, end: k + 1, words: true, scale: 1 };
      return null;
    }
    const s = wordAt(tokens, k);
    const sv = s === undefined ? undefined : BIG_SCALES[s];
    if (sv === undefined && first === 'half') return { value: 0.5, start: i, end: i + 1, words: true, scale: 1 }; // "half hour"
    if (sv === undefined) return null;
    const [mult, end] = scaleWords(tokens, k, Infinity, false);
    return { value: f * mult, start: i, end, words: true, scale: mult };
  }

  for (;;) {
    const w = wordAt(tokens, j);
    if (w === undefined) break;
    const small = SMALL[w];
    const tens = TENS[w];
    const sc = SCALES[w];
    if (w === 'point' && (last === 'small' || last === 'tens' || last === 'hundred')) {
      const p = pointDecimal(tokens, j); // "six point two billion"
      if (p === null) break;
      cur += p[0];
      j += p[1];
      last = 'decimal';
      // ("a three-point-six-billion-dollar order": the hyphen after the decimal joins its scale.)
      if (opts.hyphenScale === true && hyphenBeforeScale(tokens, j)) j++;
      continue;
    }
    if (small !== undefined && small > 10 && last === 'small' && hundredsShorthand(tokens, i, j, cur, total)) {
      cur = cur * 100 + small; // "two-fifteen"
    } else if (small !== undefined) {
      if (last === 'small' || last === 'decimal' || last === 'tens' && small >= 10) break;
      cur += small;
      last = 'small';
    } else if (tens !== undefined && last === 'small' && hundredsShorthand(tokens, i, j, cur, total)) {
      cur = cur * 100 + tens; // "one-sixty", and "one-sixty-five" goes on
      last = 'tens';
    } else if (tens !== undefined) {
      if (last === 'small' || last === 'tens' || last === 'decimal') break;
      cur += tens;
      last = 'tens';
    } else if (w === 'hundred') {
      if (last !== 'small' && last !== 'tens' || cur >= 100) break;
      cur *= 100;
      last = 'hundred';
    } else if (w === 'dozen') {
      if (last !== 'small' && last !== 'tens') break;
      cur *= 12;
      last = 'scale';
    } else if (sc !== undefined && w !== 'grand' && last === 'scale' && cur === 0 && stacks(wordAt(tokens, j - 1), w)) {
      total *= sc; // "seven thousand crore"
      lastScale = sc;
      scale *= sc;
    } else if (sc !== undefined && w !== 'grand' && lastScale !== Infinity && sc > lastScale && last === 'hundred' && stacks(wordAt(tokens, j - 1), w)) {
      total = (total + cur) * sc; // "six thousand two hundred crore": the whole count of crores
      cur = 0;
      lastScale = sc;
      scale = sc;
      last = 'scale';
    } else if (sc !== undefined && w !== 'grand') {
      if (last === 'none' || last === 'scale' && cur === 0 || sc >= lastScale) break;
      total += cur * sc;
      if (scale === 1) scale = sc;
      cur = 0;
      lastScale = sc;
      last = 'scale';
    } else {
      break;
    }
    j++;
    const tenths = last === 'scale' && cur === 0 && lastScale >= 1e6 ? scaleTenths(tokens, j) : null;
    if (tenths !== null) {
      total += tenths[0] * lastScale; // "a billion-two"
      j += tenths[1];
      break;
    }
    // joiners: "forty-five", "one hundred and five", "two and a half"
    const frac = andFraction(tokens, j);
    if (frac !== null) {
      if (last === 'scale') total += frac[0] * lastScale;
      else cur += frac[0];
      j += frac[1];
      continue;
    }
    // "one-half", "three-quarters", "two thirds"
    const hy = tokens[j]?.text === '-' && attached(tokens, j) && attached(tokens, j + 1);
    const fr = wordAt(tokens, hy ? j + 1 : j);
    const frv = fr === undefined ? undefined : FRACTIONS[fr];
    const bigAfter = wordAt(tokens, (hy ? j + 2 : j + 1));
    if (frv !== undefined && last === 'small' && cur < 10 && cur > 0 && (hy || fr === 'half' || fr === 'halves' || fr === 'third' || fr === 'thirds')
      && !(bigAfter !== undefined && BIG_SCALES[bigAfter] !== undefined)) {
      return { value: total + cur * frv, start: i, end: hy ? j + 2 : j + 1, words: true, scale };
    }
    // "three quarters billion"
    const fw = wordAt(tokens, j);
    const nextScale = wordAt(tokens, j + 1);
    if ((fw === 'quarters' || fw === 'thirds') && last === 'small' && nextScale !== undefined && BIG_SCALES[nextScale] !== undefined) {
      cur *= FRACTIONS[fw] ?? 1;
      j++;
      continue;
    }
    const sep = tokens[j];
    if (sep !== undefined && sep.lower === 'and' && last === 'tens') {
      const nw = wordAt(tokens, j + 1);
      if (nw !== undefined && (SMALL[nw] ?? 10) < 10 && (SMALL[nw] ?? 0) > 0) j++; // "twenty and four"
    } else if (sep !== undefined && sep.text === '-' && attached(tokens, j) && attached(tokens, j + 1)) {
      const nw = wordAt(tokens, j + 1);
      if (nw !== undefined && (SMALL[nw] !== undefined || TENS[nw] !== undefined)) j++;
      else if (nw === 'hundred' && last === 'small') j++; // "a three-hundred-fifty-megawatt order"
      else if (nw === 'point' && (last === 'small' || last === 'tens')) j++; // "three-point-two bil"
      else if (nw === 'and' && (last === 'hundred' || last === 'scale') && hyphenedNumberWord(tokens, j + 2)) j += 3; // "a three-hundred-and-twenty-million-dollar payment"
      else if (opts.hyphenScale === true && (last === 'small' || last === 'tens' || last === 'hundred') && hyphenBeforeScale(tokens, j)) j++; // "a four-billion-dollar valuation"
    } else if (sep !== undefined && sep.lower === 'and' && (last === 'hundred' || last === 'scale')) {
      const nw = wordAt(tokens, j + 1);
      if (nw !== undefined && (SMALL[nw] !== undefined || TENS[nw] !== undefined)) j++;
    }
  }
  if (j === i) return null;
  // trailing joiner consumed but nothing after it: step back
  while (j > i && (tokens[j - 1]?.text === '-' || tokens[j - 1]?.lower === 'and')) j--;
  const value = total + cur;
  return { value, start: i, end: j, words: true, scale };
}

/**
 * The number starting at token `i`, or null.
 * @example parseNumber(tokenize('forty-five billion dollars'), 0) // { value: 45e9, start: 0, end: 4, ... }
 */
export function parseNumber(tokens: readonly Token[], i: number, opts: NumberOptions = {}): NumberHit | null {
  const t = tokens[i];
  if (t === undefined) return null;
  if (t.kind === 'num') return parseDigits(tokens, i, opts);
  if (t.kind === 'word') return parseWords(tokens, i, opts);
  const v = VULGAR[t.text];
  if (v !== undefined) return { value: v, start: i, end: i + 1, words: false, scale: 1 };
  return null;
}

/** A plain number in text: "forty-five", "1,500,000", "2.5 million". */
export interface NumberMatch {
  value: number;
  text: string;
  start: number;
  end: number;
  rule: string;
}

/**
 * Every number in a text, in order, scale abbreviations included ("10k", "1.2M") (internal: the conformance tests use it for number-only specs).
 * @example findNumbers('two and a half million') // [{ value: 2500000, text: 'two and a half million', ... }]
 */
export function findNumbers(text: string): NumberMatch[] {
  const tokens = tokenize(text);
  const out: NumberMatch[] = [];
  for (let i = 0; i < tokens.length; ) {
    const hit = parseNumber(tokens, i, { abbreviations: true });
    if (hit === null) {
      i++;
      continue;
    }
    const s = tokens[hit.start];
    const e = tokens[hit.end - 1];
    if (s !== undefined && e !== undefined) {
      out.push({ value: hit.value, text: text.slice(s.start, e.end), start: s.start, end: e.end, rule: hit.words ? 'number.words' : 'number.digits' });
    }
    i = hit.end;
  }
  return out;
}

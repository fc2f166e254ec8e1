import type { Claim } from '../schema/claim.js';
import type { FindingField } from '../schema/finding.js';

export interface CompareSettings {
  tolerance: { money: number; duration: number; quantity: number };
}

/**
 * What one comparator says of two claims of the same event. `agree`: a stated value matches;
 * `consistent`: values overlap but too loosely to corroborate ("billions" and "$15 billion");
 * `conflict`: they cannot both be true.
 */
export interface Comparison {
  field: FindingField;
  /** `apart`: two figures too far apart to be one figure misread: they tell two parts or two deals, and the pair is not compared. */
  verdict: 'agree' | 'consistent' | 'conflict' | 'apart';
  /** Each side's value as normalized for this comparison. */
  sides: [string, string];
  rule: string;
}

/**
 * One comparator per kind of value, in two steps: `read` takes what one claim states of it (null when it states
 * nothing), once per claim however many pairs the claim is in; `compare` sets two readings against each other
 * and returns null when they are not comparable.
 */
export interface Comparator<R = unknown> {
  read(claim: Claim): R | null;
  compare(a: R, b: R, settings: CompareSettings): Comparison | null;
}

/** Both steps for two claims: what `compare` says of them, or null when either states no such value. */
export function compareOn<R>(comparator: Comparator<R>, a: Claim, b: Claim, settings: CompareSettings): Comparison | null {
  const ra = comparator.read(a);
  const rb = comparator.read(b);
  return ra === null || rb === null ? null : comparator.compare(ra, rb, settings);
}

/** A closed interval, `max` Infinity when unbounded. A stated bound ("up to $5 billion") is a hard edge. */
export interface Interval {
  min: number;
  max: number;
  loose: boolean;
  hardMin: boolean;
  hardMax: boolean;
  /** "about $90 million": the words already allow a tenth either way, so no tolerance is added on top. */
  approximate?: boolean;
}

/**
 * Whether two intervals meet within the relative tolerance. Apart, they agree when the gap between them is at
 * most `tolerance` times the larger of the two nearest ends: with 0.05, $15B and $14.25B agree (5% of $15B
 * apart) and $15B and $14.2B do not. Against a stated bound only rounding slack (0.5%) is allowed:
 * "$5.1 billion" breaks "up to $5 billion"; so against an approximate value, whose words already allow a tenth either
 * way: "about $90 million a year" and "$80 million a year" conflict. Two approximate values are a tenth apart at most.
 */
export function overlaps(a: Interval, b: Interval, tolerance: number): boolean {
  const rounding = Math.min(tolerance, 0.005);
  // ("nearly €21.4m a season" beside "€21m a season": words that allow less than the tolerance leave the rest of it, as for
  // figures stated exactly.)
  const widthOf = (i: Interval) => (i.approximate === true && i.max > 0 && Number.isFinite(i.max) ? (i.max - i.min) / 2 / i.max : 0);
  const approximateSlack = Math.max(rounding, tolerance - Math.max(widthOf(a), widthOf(b)));
  const meets = (low: Interval, high: Interval) => {
    const t = low.hardMin || high.hardMax ? rounding : a.approximate === true || b.approximate === true ? approximateSlack : tolerance;
    const scale = Math.max(Math.abs(low.min), Math.abs(high.max));
    return low.min - high.max <= t * scale + RELATIVE_EPSILON * scale;
  };
  // ("about $25m a year" and "around thirty million a year": each figure's words allow a tenth either way, but not both
  // at once; one stands at its value against the other's range.)
  if (a.approximate === true && b.approximate === true) {
    const centre = (a.min + a.max) / 2;
    const point: Interval = { min: centre, max: centre, loose: a.loose, hardMin: a.hardMin, hardMax: a.hardMax, approximate: true };
    return meets(point, b) && meets(b, point);
  }
  return meets(a, b) && meets(b, a);
}

const point = (value: number): Interval => ({ min: value, max: value, loose: false, hardMin: false, hardMax: false, approximate: false });

/** Floating-point noise allowed at the tolerance boundary: 15 * 0.05 is not exactly 0.75. */
const RELATIVE_EPSILON = 1e-9;

/** "up to $100 billion" is read as a ceiling near which the deal stands, not anything from zero: at least half of it. */
export const CEILING_FLOOR = 0.5;

/**
 * How finely a figure's words state it, as a share of the figure: the unit of its last non-zero digit against the
 * number written ("3.1" 0.1 in 3.1, "4,200" 100 in 4,200, "15" 1 in 15). A figure in words states the digits of its
 * whole value ("thirty-six hundred" is 3,600, to the hundred); without `value` it gives null.
 */
export function writtenPrecision(text: string, value?: number): number | null {
  const spelled = value !== undefined && Number.isSafeInteger(value) && value > 0 ? String(value) : undefined;
  const literal = /\d[\d,]*(?:\.\d+)?/.exec(text)?.[0] ?? spelled;
  if (!literal) return null;
  const digits = literal.replace(/,/g, '');
  const number = Number(digits);
  if (!Number.isFinite(number) || number <= 0) return null;
  const [whole = '', fraction = ''] = digits.split('.');
  const decimals = withoutTrailingZeros(fraction).length;
  const unit = decimals > 0 ? 10 ** -decimals : 10 ** (whole.length - withoutTrailingZeros(whole).length);
  return unit / number;
}

/** "4200" -> "42", "10" -> "1". */
function withoutTrailingZeros(digits: string): string {
  let end = digits.length;
  while (end > 0 && digits[end - 1] === '0') end--;
  return digits.slice(0, end);
}

export function interval(value: { value: number; min: number; max: number | null; bound: string; text?: string }, scale = 1): Interval {
  let max = value.max === null ? Infinity : value.max;
  let min = value.bound === 'atMost' ? Math.max(value.min, max * CEILING_FLOOR) : value.min;
  // ("about $3.1 billion" is nearer $3.1 billion than a tenth either way allows: "about" rounds to the last digit written,
  // so the range is no wider than one unit of it.)
  const precision = value.bound === 'approximate' && value.text !== undefined ? writtenPrecision(value.text, value.value) : null;
  if (precision !== null && value.value > 0) {
    const width = value.value * precision;
    if (min < value.value) min = Math.max(min, value.value - width);
    if (max > value.value) max = Math.min(max, value.value + width);
  }
  return {
    min: min * scale,
    max: max * scale,
    loose: value.bound === 'vague' || value.bound === 'atLeast' || value.bound === 'atMost',
    hardMin: value.bound === 'atLeast',
    hardMax: value.bound === 'atMost',
    approximate: value.bound === 'approximate' && value.max !== null && value.max > value.min,
  };
}

/** Agree when the intervals meet, but only loosely (consistent) when either side is a bound or vague. */
export function verdictOf(a: Interval, b: Interval, tolerance: number): Comparison['verdict'] {
  if (!overlaps(a, b, tolerance)) return 'conflict';
  // ("worth up to €1.1bn" and "worth up to €1.4bn": two ceilings of one deal state its most, and differ.)
  if (a.hardMax && b.hardMax && !overlaps(point(a.max), point(b.max), tolerance)) return 'conflict';
  return a.loose || b.loose ? 'consistent' : 'agree';
}

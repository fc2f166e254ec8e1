import type { Amount } from '../schema/quantity.js';

const SYMBOLS: Record<string, string> = { USD: '$', EUR: '\u20ac', GBP: '\u00a3', JPY: '\u00a5', INR: '\u20b9', KRW: '\u20a9' };
const SCALES: [number, string][] = [[1e12, 'T'], [1e9, 'B'], [1e6, 'M'], [1e3, 'K']];

/** Rounds to `digits` significant digits (three by default) without trailing zeros: 15, 2.5, 0.333. */
export function shortNumber(value: number, digits = DIGITS): string {
  if (!Number.isFinite(value)) return String(value);
  const rounded = Number(value.toPrecision(digits));
  return String(rounded);
}

/** Significant digits printed unless more are needed to tell two values apart. */
export const DIGITS = 3;

/**
 * Renders two values with as few significant digits as tell them apart (three at least): $15B against $15.01B
 * rather than "$15B" twice. Values that are equal, or differ beyond 15 digits, keep the shortest form.
 * @example distinguish((d) => [money(15e9, 'USD', d), money(15.01e9, 'USD', d)]) // ['$15B', '$15.01B']
 */
export function distinguish(render: (digits: number) => [string, string]): [string, string] {
  const first = render(DIGITS);
  if (first[0] !== first[1]) return first;
  for (let digits = DIGITS + 1; digits <= 15; digits++) {
    const sides = render(digits);
    if (sides[0] !== sides[1]) return sides;
  }
  return first;
}

/** "$15B", "€2.5B", "CHF 400M", "$23.28". */
export function money(value: number, currency: string, digits = DIGITS): string {
  const symbol = SYMBOLS[currency];
  const magnitude = Math.abs(value);
  const scale = SCALES.find(([size]) => magnitude >= size);
  const body = scale ? `${shortNumber(value / scale[0], digits)}${scale[1]}` : shortNumber(value, digits);
  // ("about four and a half billion": ISO 4217's XXX, no currency stated.)
  if (currency === 'XXX') return `${body} (no currency stated)`;
  return symbol ? `${symbol}${body}` : `${currency} ${body}`;
}

/** "36 months" -> "3 years"; "18 months"; "2.5 years". */
export function months(value: number, digits = DIGITS): string {
  if (value >= 12 && Math.abs(value / 12 - Math.round(value / 12)) < 1e-6) {
    const years = Math.round(value / 12);
    return `${years} year${years === 1 ? '' : 's'}`;
  }
  if (value >= 24) return `${shortNumber(value / 12, digits)} years`;
  return `${shortNumber(value, digits)} month${value === 1 ? '' : 's'}`;
}

const BOUND_WORDS: Record<Amount['bound'], string> = {
  exact: '', approximate: 'about ', atLeast: 'at least ', atMost: 'up to ', range: '', vague: '',
};

/** An amount as stated, normalized: "about $15B per year", "$10B-$12B". */
export function statedAmount(amount: Amount, digits = DIGITS): string {
  const per = amount.per ? ` per ${amount.per}` : '';
  // ("a quarter-of-a-billion-dollar deal": a vague word whose interval is one value reads as that value.)
  if ((amount.bound === 'range' || amount.bound === 'vague') && amount.max !== amount.min) {
    const high = amount.max === null ? 'more' : money(amount.max, amount.currency, digits);
    return `${money(amount.min, amount.currency, digits)}-${high}${per}`;
  }
  return `${BOUND_WORDS[amount.bound]}${money(amount.value, amount.currency, digits)}${per}`;
}

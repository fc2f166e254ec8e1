import type { Amount } from '../schema/quantity.js';

const SYMBOLS: Record<string, string> = { USD: '$', EUR: '\u20ac', GBP: '\u00a3', JPY: '\u00a5', INR: '\u20b9', KRW: '\u20a9' };
const SCALES: [number, string][] = [[1e12, 'T'], [1e9, 'B'], [1e6, 'M'], [1e3, 'K']];

/** Rounds to at most three significant digits without trailing zeros: 15, 2.5, 0.333. */
export function shortNumber(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  const rounded = Number(value.toPrecision(3));
  return String(rounded);
}

/** "$15B", "€2.5B", "CHF 400M", "$23.28". */
export function money(value: number, currency: string): string {
  const symbol = SYMBOLS[currency];
  const magnitude = Math.abs(value);
  const scale = SCALES.find(([size]) => magnitude >= size);
  const body = scale ? `${shortNumber(value / scale[0])}${scale[1]}` : shortNumber(value);
  return symbol ? `${symbol}${body}` : `${currency} ${body}`;
}

/** "36 months" -> "3 years"; "18 months"; "2.5 years". */
export function months(value: number): string {
  if (value >= 12 && Math.abs(value / 12 - Math.round(value / 12)) < 1e-6) {
    const years = Math.round(value / 12);
    return `${years} year${years === 1 ? '' : 's'}`;
  }
  if (value >= 24) return `${shortNumber(value / 12)} years`;
  return `${shortNumber(value)} month${value === 1 ? '' : 's'}`;
}

const BOUND_WORDS: Record<Amount['bound'], string> = {
  exact: '', approximate: 'about ', atLeast: 'at least ', atMost: 'up to ', range: '', vague: '',
};

/** An amount as stated, normalized: "about $15B per year", "$10B-$12B". */
export function statedAmount(amount: Amount): string {
  const per = amount.per ? ` per ${amount.per}` : '';
  if (amount.bound === 'range' || amount.bound === 'vague') {
    const high = amount.max === null ? 'more' : money(amount.max, amount.currency);
    return `${money(amount.min, amount.currency)}-${high}${per}`;
  }
  return `${BOUND_WORDS[amount.bound]}${money(amount.value, amount.currency)}${per}`;
}

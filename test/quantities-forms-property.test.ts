/**
 * The forms of issue 12, each generated with random numbers and currencies, must read back exactly:
 * value, currency, rate, derived or incidental mark, and a span that is the words as written.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findQuantities } from '../src/quantities/index.js';
import { SMALL, words } from './support/number-words.js';


/** Currencies written before the number, and the words for them after it (singular, for "-pound takeover"). */
const PREFIXED = [
  { sym: '$', code: 'USD' }, { sym: '€', code: 'EUR' }, { sym: '£', code: 'GBP' }, { sym: 'A$', code: 'AUD' },
  { sym: 'C$', code: 'CAD' }, { sym: 'US$', code: 'USD' }, { sym: 'CHF ', code: 'CHF' }, { sym: '¥', code: 'JPY' },
] as const;
const WORDS = [
  { plural: 'dollars', one: 'dollar', code: 'USD' }, { plural: 'euros', one: 'euro', code: 'EUR' },
  { plural: 'pounds', one: 'pound', code: 'GBP' }, { plural: 'yen', one: 'yen', code: 'JPY' },
] as const;

const whole = fc.integer({ min: 1, max: 999 });
const digit = fc.integer({ min: 0, max: 9 });
const tenth = fc.integer({ min: 1, max: 9 });
const prefixed = fc.constantFrom(...PREFIXED);
const worded = fc.constantFrom(...WORDS);
const around = fc.constantFrom(
  (x: string) => x,
  (x: string) => `Under the agreement, ${x}, the companies said on Tuesday.`,
  (x: string) => `Analysts at Cushock Partners called it ${x} in a note.`,
);

const same = (got: number | undefined, want: number): boolean => got !== undefined && Math.abs(got - want) <= 1e-9 * Math.abs(want);

/** The one amount of a text, checked to be the words as written. */
function oneAmount(text: string) {
  const { amounts } = findQuantities(text);
  const stated = amounts.filter((a) => a.derived !== true);
  expect(stated, `${text} → ${JSON.stringify(amounts)}`).toHaveLength(1);
  const a = stated[0]!;
  expect(text.slice(a.span.start, a.span.end)).toBe(a.text);
  return a;
}

describe('issue 12 forms read back exactly, with random numbers and currencies', () => {
  it('Unicode dashes in durations and Unicode spaces in amounts read as ASCII, spans into the original', () => {
    fc.assert(fc.property(whole, fc.constantFrom('\u2010', '\u2011', '\u2012', '\u2013', '\u2212'), fc.constantFrom('\u00a0', '\u202f', '\u2009'), prefixed, around,
      (n, dash, space, cur, wrap) => {
        const lease = wrap(`a ${n}${dash}year lease`);
        const d = findQuantities(lease).durations;
        expect(d.map((x) => [x.months, x.text]), lease).toEqual([[n * 12, `${n}${dash}year`]]);
        const a = oneAmount(wrap(`${cur.sym}${n}${space}billion`));
        expect([a.value, a.currency]).toEqual([n * 1e9, cur.code]);
      }));
  });

  it('hyphenated amounts: "$3.4-billion contract", "£2bn-a-year deal", "1.7-billion-pound takeover", "A$90m-a-year contract"', () => {
    fc.assert(fc.property(whole, digit, prefixed, worded, around, (n, d, cur, w, wrap) => {
      const x = n + d / 10;
      const contract = oneAmount(wrap(`a ${cur.sym}${x}-billion contract`));
      expect(same(contract.value, x * 1e9) && contract.currency === cur.code && contract.per === null, JSON.stringify(contract)).toBe(true);
      const yearly = oneAmount(wrap(`a ${cur.sym}${n}bn-a-year deal`));
      expect([yearly.value, yearly.per, yearly.currency]).toEqual([n * 1e9, 'year', cur.code]);
      const takeover = oneAmount(wrap(`a ${x}-billion-${w.one} takeover`));
      expect(same(takeover.value, x * 1e9) && takeover.currency === w.code, JSON.stringify(takeover)).toBe(true);
      const monthly = oneAmount(wrap(`an ${cur.sym}${n}m-a-year contract`));
      expect([monthly.value, monthly.per]).toEqual([n * 1e6, 'year']);
      const abbreviated = oneAmount(wrap(`a ${cur.sym}${x}-bn contract`));
      expect(same(abbreviated.value, x * 1e9) && abbreviated.currency === cur.code, JSON.stringify(abbreviated)).toBe(true);
    }));
  });

  it('Indian units: "Rs 2.4 lakh crore", "2.4 lakh crore rupees", "seven thousand crore rupees", "₹500 crore"', () => {
    fc.assert(fc.property(whole, digit, around, (n, d, wrap) => {
      const x = n + d / 10;
      for (const [text, want] of [
        [`Rs ${x} lakh crore`, x * 1e12], [`${x} lakh crore rupees`, x * 1e12], [`${words(n)} thousand crore rupees`, n * 1e10], [`₹${n} crore`, n * 1e7], [`a ₹${n},450-cr order`, (n * 1000 + 450) * 1e7],
      ] as const) {
        const a = oneAmount(wrap(text));
        expect(same(a.value, want) && a.currency === 'INR', `${text} → ${JSON.stringify(a)}`).toBe(true);
      }
    }));
  });

  it('spoken forms: "six point two billion dollars", "a billion-two dollars"', () => {
    fc.assert(fc.property(whole, digit, tenth, worded, around, (n, d, t, w, wrap) => {
      const point = oneAmount(wrap(`${words(n)} point ${SMALL[d]} billion ${w.plural}`));
      expect(same(point.value, (n + d / 10) * 1e9) && point.currency === w.code, JSON.stringify(point)).toBe(true);
      const tenths = oneAmount(wrap(`a billion-${SMALL[t]} ${w.plural}`));
      expect(same(tenths.value, (1 + t / 10) * 1e9), JSON.stringify(tenths)).toBe(true);
    }));
  });

  it('European notation with a currency: "€3,5 Mrd.", "3,5 Milliarden Euro", "2,45 Mio. Euro"', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 99 }), tenth, fc.integer({ min: 10, max: 99 }), (n, t, dd) => {
      for (const [text, want] of [
        [`€${n},${t} Mrd.`, (n + t / 10) * 1e9], [`Der Preis: ${n},${t} Milliarden Euro.`, (n + t / 10) * 1e9], [`${n},${dd} Mio. Euro`, (n + dd / 100) * 1e6],
      ] as const) {
        const a = oneAmount(text);
        expect(same(a.value, want) && a.currency === 'EUR', `${text} → ${JSON.stringify(a)}`).toBe(true);
      }
    }));
  });

  it('unit price × count: "$37 a share for about 80 million shares outstanding" is a derived total', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 500 }), whole, prefixed, around, (price, m, cur, wrap) => {
      const text = wrap(`${cur.sym}${price} a share for about ${m} million shares outstanding`);
      const derived = findQuantities(text).amounts.filter((a) => a.derived === true);
      expect(derived, text).toHaveLength(1);
      const a = derived[0]!;
      expect(same(a.value, price * m * 1e6) && a.currency === cur.code && !a.unitPrice && a.bound === 'approximate', JSON.stringify(a)).toBe(true);
      expect(text.slice(a.span.start, a.span.end)).toBe(a.text);
    }));
  });

  it('rates per season are yearly; per match or flight are prices of one', () => {
    fc.assert(fc.property(whole, digit, prefixed, around, (n, d, cur, wrap) => {
      const x = n + d / 10;
      const season = oneAmount(wrap(`${cur.sym}${x} billion per season`));
      expect(same(season.value, x * 1e9) && season.per === 'year' && !season.unitPrice, JSON.stringify(season)).toBe(true);
      const match = oneAmount(wrap(`${cur.sym}${n} million per match`));
      expect([match.value, match.unitPrice, match.per]).toEqual([n * 1e6, true, null]);
    }));
  });

  it('counts after modifiers: "12,000 of the supplier\'s newest accelerators", "30 dual-fuel container ships", "18 battery-electric buses", "24 eight-car trains"', () => {
    fc.assert(fc.property(fc.integer({ min: 2, max: 99_999 }), around, (n, wrap) => {
      const written = n.toLocaleString('en-US');
      for (const [phrase, unit] of [
        [`${written} of the supplier's newest accelerators`, 'accelerator'], [`${written} dual-fuel container ships`, 'ship'], [`${written} battery-electric buses`, 'bus'],
        [`${written} eight-car electric trains`, 'train'], [`${written} two-engine jets`, 'jet'], [`${written} 174,000 cbm LNG carriers`, 'carrier'],
        [`${written} 8,000 TEU container vessels`, 'vessel'], [`${written} 82,000 dwt bulkers`, 'bulker'],
      ] as const) {
        const text = wrap(phrase);
        const counts = findQuantities(text).quantities.filter((q) => q.dimension === 'count');
        expect(counts.map((q) => [q.value, q.unit, q.text]), text).toEqual([[n, unit, phrase]]);
      }
    }));
  });

  it('numbers that are no deal figures are marked: history, target price, savings; "first-half" is no half', () => {
    fc.assert(fc.property(fc.integer({ min: 2, max: 150 }), whole, prefixed, around, (years, n, cur, wrap) => {
      const history = findQuantities(wrap(`in its ${years}-year history`)).durations;
      expect(history.map((d) => [d.months, d.incidental])).toEqual([[years * 12, 'history']]);
      expect(oneAmount(wrap(`our ${cur.sym}${n} target price`)).incidental).toBe('target-price');
      expect(oneAmount(wrap(`${cur.sym}${n}m of annual cost savings`)).incidental).toBe('savings');
      expect(findQuantities(wrap(`its first-half results beat ${cur.sym}${n}m`)).quantities).toEqual([]);
    }));
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findQuantities } from '../src/quantities/index.js';
import { words } from './support/number-words.js';


const group = (n: number): string => n.toLocaleString('en-US');

const SCALES = [
  { word: 'million', value: 1e6, short: ['m', 'mn', 'M'] },
  { word: 'billion', value: 1e9, short: ['B', 'bn', 'b'] },
  { word: 'trillion', value: 1e12, short: ['T', 'tn', 'trn'] },
] as const;

/** Surface forms of n × scale US dollars. */
function forms(n: number, s: (typeof SCALES)[number]): string[] {
  return [
    `$${n}${s.short[0]}`,
    `$${n}${s.short[1]}`,
    `$${n} ${s.word}`,
    `$ ${n} ${s.word}`,
    `${n} ${s.word} dollars`,
    `${n} ${s.word} US dollars`,
    `USD ${n}${s.short[1]}`,
    `USD ${n} ${s.word}`,
    `US$${group(n * s.value)}`,
    `${group(n * s.value)} dollars`,
    `${words(n)} ${s.word} dollars`,
    `US$ ${n} ${s.word}`,
    `$${group(n * 1000)} ${s.word === 'million' ? 'thousand' : s.word === 'billion' ? 'million' : 'billion'}`,
  ];
}

const contexts = fc.constantFrom(
  (x: string) => x,
  (x: string) => `The company agreed to pay ${x} to its partner.`,
  (x: string) => `Under the deal, worth ${x}, the two firms will share capacity.`,
  (x: string) => `${x} was committed on Tuesday, according to filings.`,
);

describe('an amount written many ways parses back to one value', () => {
  it('$45B, $45 billion, 45 billion dollars, USD 45bn, US$45,000,000,000, forty-five billion dollars ... agree', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 999 }), fc.constantFrom(...SCALES), contexts, (n, s, wrap) => {
        for (const form of forms(n, s)) {
          const text = wrap(form);
          const { amounts } = findQuantities(text);
          expect(amounts, `${text} → ${JSON.stringify(amounts)}`).toHaveLength(1);
          const a = amounts[0]!;
          expect(a.value, form).toBeCloseTo(n * s.value, 0);
          expect(a.currency).toBe('USD');
          expect(a.bound).toBe('exact');
          expect(text.slice(a.span.start, a.span.end)).toBe(a.text);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('the same value in euros and pounds keeps its currency', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 999 }), (n) => {
        for (const [form, cur] of [[`€${n}bn`, 'EUR'], [`${n} billion euros`, 'EUR'], [`EUR ${n} billion`, 'EUR'], [`£${n}bn`, 'GBP'], [`${n} billion pounds`, 'GBP'], [`GBP ${n}bn`, 'GBP']] as const) {
          const a = findQuantities(form).amounts[0];
          expect(a?.value, form).toBeCloseTo(n * 1e9, 0);
          expect(a?.currency, form).toBe(cur);
        }
      }),
      { numRuns: 100 },
    );
  });

  it('a rate and its words: "$n billion a year" is per year whatever the rate phrase', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 99 }), fc.constantFrom('a year', 'per year', 'annually', 'per annum', 'each year', 'yearly', '/yr'), (n, rate) => {
        const a = findQuantities(`$${n} billion ${rate}`).amounts[0];
        expect(a?.per, rate).toBe('year');
        expect(a?.value).toBe(n * 1e9);
      }),
      { numRuns: 100 },
    );
  });
});

describe('any text', () => {
  const check = (text: string): void => {
    const r = findQuantities(text, { publishedAt: new Date(2025, 0, 1) });
    for (const q of [...r.amounts, ...r.durations, ...r.quantities]) {
      expect(text.slice(q.span.start, q.span.end)).toBe(q.text);
      expect(Number.isFinite(q.value)).toBe(true);
      expect(q.min).toBeLessThanOrEqual(q.max ?? Infinity);
    }
    const starts = [...r.amounts, ...r.durations, ...r.quantities].map((q) => q.span.start);
    expect(starts.every((s, i) => i === 0 || s >= 0)).toBe(true);
  };

  it('never throws, and every span is the words as written', () => {
    const piece = fc.constantFrom('$', '€', '45', '1,500', '2.5', 'bn', 'B', 'billion', 'million', 'a', 'year', 'years', '-', 'to', 'between', 'and',
      'about', 'up to', 'more than', 'GW', 'megawatt', '%', 'percent', 'GPUs', 'shares', 'three', 'forty-five', 'half', 'a half', 'decade',
      'through 2029', 'per', 'share', 'USD', 'US$', 'dollars', 'euros', '(', ')', '/', '½', 'of', 'tens', 'billions', 'multi-year', ',', '.');
    fc.assert(fc.property(fc.array(piece, { maxLength: 30 }), fc.array(fc.constantFrom(' ', '', '  '), { minLength: 30, maxLength: 30 }), (ps, seps) => {
      check(ps.map((p, i) => p + (seps[i] ?? ' ')).join(''));
    }), { numRuns: 500 });
    fc.assert(fc.property(fc.string({ maxLength: 200 }), (s) => check(s)), { numRuns: 500 });
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 100 }), (s) => check(s)), { numRuns: 300 });
  });
});

import { describe, expect, it } from 'vitest';
import { findQuantities } from '../src/quantities/index.js';

/** Repeating units of adversarial text: long digit runs, symbol storms, scale-word chains, hyphen and bracket chains. */
const UNITS: Record<string, string> = {
  digits: '9',
  dollars: '$',
  spacedDollars: ' $',
  scales: 'billion ',
  ones: 'one ',
  fractions: 'two and a half ',
  ranges: '$1-2-3-4-5 ',
  hyphens: '9-',
  hyphenWords: 'forty-five-',
  articles: 'a ',
  between: 'between $1 and ',
  brackets: '20 (',
  bounds: 'more than up to about ',
  compounds: 'multi-year-',
  commas: '1,000,',
  slashes: '1/2/',
  plus: '$1bn+ ',
  counts: '5 GPUs ',
  longWord: `${'x'.repeat(5000)} `,
};

// Speed and linearity are measured by `npm run bench` (time per KB from 1 KB to 1 MB), not asserted here.
describe('adversarial input', () => {
  it.each(Object.entries(UNITS))('%s never throws and gives well-formed spans', (_name, unit) => {
    const text = unit.repeat(Math.ceil(200_000 / unit.length));
    const found = findQuantities(text);
    for (const q of [...found.amounts, ...found.durations, ...found.quantities]) expect(text.slice(q.span.start, q.span.end)).toBe(q.text);
  });

  it('one megabyte of mixed text finishes', () => {
    const text = Object.values(UNITS).join(' ').repeat(20).padEnd(1_000_000, ' $45 billion a year over three years ');
    expect(findQuantities(text).amounts.length).toBeGreaterThan(0);
  });

  it('never throws on non-strings and odd characters', () => {
    expect(findQuantities(undefined as unknown as string)).toEqual({ amounts: [], durations: [], quantities: [] });
    expect(findQuantities(42 as unknown as string)).toEqual({ amounts: [], durations: [], quantities: [] });
    expect(() => findQuantities('\u0000\uD800$\uDFFF45\u202Fbillion 𝟒𝟓 ½½½ ⅔ — – − ')).not.toThrow();
    expect(findQuantities('$45 billion', { publishedAt: new Date('not a date') }).amounts).toHaveLength(1);
  });
});

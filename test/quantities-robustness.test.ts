import { describe, expect, it } from 'vitest';
import { findQuantities } from '../src/quantities/index.js';

const time = (text: string): number => {
  const t0 = performance.now();
  findQuantities(text);
  return performance.now() - t0;
};

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

describe('adversarial input', () => {
  it.each(Object.entries(UNITS))('%s stays linear and never throws', (_name, unit) => {
    const small = unit.repeat(Math.ceil(20_000 / unit.length));
    const big = unit.repeat(Math.ceil(200_000 / unit.length));
    time(small); // warm up
    const a = time(small);
    const b = time(big);
    expect(b).toBeLessThan(Math.max(40 * a, 100) + 1500);
  });

  it('one megabyte of mixed text finishes', () => {
    const text = Object.values(UNITS).join(' ').repeat(20).padEnd(1_000_000, ' $45 billion a year over three years ');
    expect(time(text)).toBeLessThan(10_000);
  });

  it('never throws on non-strings and odd characters', () => {
    expect(findQuantities(undefined as unknown as string)).toEqual({ amounts: [], durations: [], quantities: [] });
    expect(findQuantities(42 as unknown as string)).toEqual({ amounts: [], durations: [], quantities: [] });
    expect(() => findQuantities('\u0000\uD800$\uDFFF45\u202Fbillion 𝟒𝟓 ½½½ ⅔ — – − ')).not.toThrow();
    expect(findQuantities('$45 billion', { publishedAt: new Date('not a date') }).amounts).toHaveLength(1);
  });
});

describe('speed', () => {
  it('a typical 300-character paragraph takes well under 0.1 ms on average', () => {
    const p = "By leasing its Colossus data center to rival Anthropic, Elon's xAI generates billions in revenue. Microsoft signed a three-year, $45 billion deal with Nebius for 6 gigawatts, roughly $15bn a year, and bought 160 million AMD shares at $23.28 a share over nine years.";
    for (let i = 0; i < 200; i++) findQuantities(p);
    const n = 2000;
    const t0 = performance.now();
    for (let i = 0; i < n; i++) findQuantities(p);
    const each = (performance.now() - t0) / n;
    // the budget is 0.1 ms; the bound here leaves room for slow CI machines and coverage instrumentation
    expect(each).toBeLessThan(0.3);
  });
});

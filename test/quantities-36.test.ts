import { describe, expect, it } from 'vitest';
import { analyze, extractQuantities } from '../src/index.js';

describe('"a bit" is a little, not a binary digit', () => {
  it.each(['The two have known each other a bit.', 'The price is a bit under $700 million.'])('%s', (text) => {
    expect(extractQuantities(text).quantities.filter((q) => q.unit === 'B')).toEqual([]);
  });

  it('a counted bit still measures data (guard)', () => {
    expect(extractQuantities('It stores one bit per cell.').quantities.map((q) => q.value)).toEqual([0.125]);
  });
});

describe('a currency symbol before the next sum is not the last number\'s', () => {
  it.each([
    ['Notice - 4 March 2024\n\nNZ$85 million placement to Marrisk', 'NZ$85 million', 85e6],
    ['on 3 May 2025 US$45 million was drawn', 'US$45 million', 45e6],
  ])('%s', (text, written, value) => {
    expect(extractQuantities(text).amounts.map((a) => [a.text, a.value])).toEqual([[written, value]]);
  });

  it('a symbol after its number still counts (guard)', () => {
    expect(extractQuantities('it costs 10 US$ each').amounts.map((a) => a.value)).toEqual([10]);
  });
});

describe('what a plan aims for and a developer\'s pipeline are no deal figures', () => {
  it.each([
    ['The deal is part of its plan, which targets 3 GW of capacity by 2030.', 'plan-target'],
    ['Kolbeck counts 2.4 GW of projects under development in Norway.', 'pipeline'],
  ])('%s', (text, reason) => {
    expect(extractQuantities(text).quantities.map((q) => q.incidental)).toEqual([reason]);
  });

  it('the projects a deal buys power from stay its figure (guard)', () => {
    expect(extractQuantities('Tarvo will buy power from 300 MW of projects Siskin is building.').quantities.map((q) => q.incidental ?? null)).toEqual([null]);
  });
});

describe('an area in an explanation keeps its scale', () => {
  it('180,000 sq ft is about 16,700 m2, not 16.7 km2', () => {
    const report = analyze([
      { id: 'a', text: 'Norbury Estates let 180,000 sq ft to Larkhill Insurance.' },
      { id: 'b', text: 'Norbury Estates let 150,000 sq ft to Larkhill Insurance on a 15-year lease.' },
    ]);
    const explanation = report.findings.find((f) => f.kind === 'contradiction')?.explanation ?? '';
    expect(explanation).toContain('16700 m2');
    expect(explanation).not.toContain('km2');
  });
});

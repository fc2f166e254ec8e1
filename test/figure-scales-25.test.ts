import { describe, expect, it } from 'vitest';
import { analyze, extractQuantities } from '../src/index.js';

const verdict = (texts: string[]) => {
  const report = analyze(texts.map((text, i) => ({ id: `s${i + 1}`, text })));
  const found = report.findings.filter((f) => f.sources[0] !== f.sources[1]);
  return found.some((f) => f.kind === 'contradiction') ? 'contradiction' : found.length ? 'agreement' : 'none';
};

describe('sums more than ten thousand times apart are not two readings of one figure', () => {
  it("a share's price beside the deal's value does not conflict", () => {
    expect(verdict([
      'Siskin Holdings will buy a 15% stake in Brindle Foods for NZ$140 million, the company said.',
      'Brindle Foods said the new shares for Siskin Holdings are priced at NZ$4.20 each, 5% above Friday\'s close.',
    ])).not.toBe('contradiction');
  });

  it('two values ten times apart still conflict (guard)', () => {
    expect(verdict([
      'Siskin Holdings will buy Brindle Foods for $4.5 billion.',
      'Siskin Holdings will buy Brindle Foods for $450 million.',
    ])).toBe('contradiction');
  });
});

describe('talk says hundreds with a hyphen', () => {
  it.each([
    ['one-sixty megawatts', 160e6],
    ['one-thirty million dollars', 130e6],
  ])('%s', (text, value) => {
    const found = extractQuantities(text);
    expect([...found.amounts, ...found.quantities][0]?.value).toBe(value);
  });

  it('"three-ten" stays a range, as "ten" is no tens word (guard)', () => {
    expect(extractQuantities('three-ten million pounds').amounts[0]?.bound).toBe('range');
  });
});

describe('a sum a thousand times off still conflicts, and misspelt scale words are read', () => {
  it('"$400 billion" against "$300 millon" conflicts (guard of the span)', () => {
    expect(verdict(['Siskin Energy will pay Tarvo Grid $400 billion for the cables.', 'Siskin Energy will pay Tarvo Grid $300 millon for the cables.'])).toBe('contradiction');
  });

  it.each([['$300 millon', 300e6], ['2 bilion euros', 2e9]])('%s', (text, value) => {
    expect(extractQuantities(text).amounts[0]?.value).toBe(value);
  });
});

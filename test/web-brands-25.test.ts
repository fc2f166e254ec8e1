import { describe, expect, it } from 'vitest';
import { extractClaims } from '../src/index.js';

const sides = (text: string) => extractClaims(text).map((c) => [c.actor?.canonical ?? null, c.counterparty?.canonical ?? null]);

describe('a lowercase web address written as a brand names its firm', () => {
  it.each([
    ['Video app wrenly.tv will keep the Siskin Rugby League games for five more years.', 'wrenly.tv'],
    ['Grocery app tarvo.io will pay Harlow Farms $12 million a year for produce.', 'tarvo.io'],
  ])('%s', (text, brand) => {
    expect(sides(text).flat()).toContain(brand);
  });

  it('a word with a stop that is no web address stays no name (guard)', () => {
    expect(sides('Harlow Farms signed with Siskin Foods, i.e. its largest buyer, for $12 million a year.').flat()).not.toContain('i.e');
  });
});

describe('a stop inside a web address ends no clause', () => {
  it('"When wrenly.tv first took ... in 2019, it paid" dates the payment', () => {
    const paid = extractClaims('When wrenly.tv first took Siskin Rugby in 2019, it paid A$180 million for four seasons starting in 2020.').filter((c) => c.amount?.value === 180e6);
    expect(paid.map((c) => c.time?.year ?? null)).toContain(2019);
  });
});

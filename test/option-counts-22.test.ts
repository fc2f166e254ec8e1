import { describe, expect, it } from 'vitest';
import { extractClaims } from '../src/index.js';

/** A count a buyer may still order under options is not the count of the order; options taken up are. */
const counts = (text: string): number[] => extractClaims(text).flatMap((c) => c.quantities.filter((q) => q.dimension === 'count').map((q) => q.value));

describe('counts under options', () => {
  it.each([
    ['options for up to 12 further trains', 'Harlow Rail has won an order for 18 trains from Diskmoor Bahn worth CHF 780 million. The contract also includes options for up to 12 further trains.'],
    ['options on 25 more', 'Diskmoor Air has ordered 75 jets from Tarvo for $9.8 billion and holds options on 25 more jets.'],
    ['purchase rights for 10 additional aircraft', 'Diskmoor Air has ordered 40 aircraft from Tarvo for $4.4 billion, with purchase rights for 10 additional aircraft.'],
  ])('%s: only the firm count is the order\'s', (_label, text) => {
    const found = counts(text);
    expect(found).not.toContain(12);
    expect(found).not.toContain(25);
    expect(found).not.toContain(10);
    expect(found.length).toBeGreaterThan(0);
  });
  it.each([
    ['exercised options for a further two carriers', 'Siskin Shipping has exercised options for a further two LNG carriers at Tarvo Heavy Industries, paying $460 million for the pair.', 2],
    ['converted purchase rights for eight aircraft', 'Diskmoor Air has converted purchase rights for eight additional Tarvo T-9 aircraft into firm orders worth $2.4 billion.', 8],
  ])('(guard) %s: options taken up are the order', (_label, text, count) => {
    expect(counts(text)).toContain(count);
  });
  it('what the deal would be worth if options were taken up is not its price', () => {
    const amounts = extractClaims('Diskmoor Bahn picked Harlow Rail to build 40 trains for SEK 6.2 billion; options on a further 20 would lift the total value above SEK 9 billion if exercised.')
      .map((c) => c.amount?.value);
    expect(amounts).toContain(6.2e9);
    expect(amounts).not.toContain(9e9);
  });
});

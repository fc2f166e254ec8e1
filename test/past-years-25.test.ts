import { describe, expect, it } from 'vitest';
import { extractClaims } from '../src/index.js';
import { findTimes } from '../src/extract/times.js';

const years = (text: string) => extractClaims(text).map((c) => c.time?.year ?? null);

describe('a written year in the telling of a past deal dates it', () => {
  it.each([
    ['asides between the verb and its year', 'Kellsmoor bought a 25% stake in Harlow\'s storage arm, Lantern Storage, for £310m in 2020.', 2020],
    ['a dash aside', 'Brisco Air bought its previous aircraft from Wrenfold Leasing outright - eight used jets in 2019, for $240 million.', 2019],
    ['an "under which" clause after a dated deal noun', 'The new contract follows a 2022 trial, under which Tarvo Energy has sold 20 MW to Harlow Metals.', 2022],
    ['a sentence of figures told with "was"', "Tarvo's first cheque into Siskin, in 2020, was $90 million for 10%.", 2020],
  ])('%s', (_name, text, year) => {
    expect(years(text)).toContain(year);
  });

  it.each([
    ['a year a firm was founded', 'Tarvo bought Siskin Metals, which was founded in 2017, for $300 million.'],
    ['the year of an older deal the sentence compares with', 'Tarvo renewed its deal with Siskin at €90 million a season, up from €70 million a season under the contract it struck in 2020.'],
    ['a deal still to come', 'Tarvo will buy the Siskin plant for $300 million in 2027.'],
  ])('not %s (guard)', (_name, text) => {
    expect(years(text)[0] ?? null).toBeNull();
  });

  it('a year on a deal noun dates it after "to the" ("a follow-on to the 2021 order"), while "to 2021" alone bounds', () => {
    expect(findTimes('The deal is a follow-on to the 2020 three-hull order.').map((t) => t.value.year)).toEqual([2020]);
    expect(findTimes('Output will rise to 2021 levels.').map((t) => t.value.year)).toEqual([]);
  });
});

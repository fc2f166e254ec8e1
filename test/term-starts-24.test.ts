import { describe, expect, it } from 'vitest';
import { extractClaims } from '../src/index.js';

const years = (text: string) => extractClaims(text).map((c) => c.time?.year ?? null);

describe('the year goods arrive, a plant ramps up or opens, or an asset is commissioned does not date the deal', () => {
  it.each([
    ['arrives', 'Harlow Ferries has signed with Osprey Yards for six ferries and the first ship arrives in 2027.'],
    ['ramped', 'Tarvo said the Velquor order would take 40,000 wafers a month from its Brisco fab once fully ramped in 2026.'],
    ['opens', 'Harlow Ferries has signed with Osprey Yards and the first terminal opens in 2028.'],
  ])('%s', (_name, text) => {
    expect(years(text).filter((y) => y !== null)).toEqual([]);
  });

  it('a year the deal was signed in still dates it (guard)', () => {
    expect(years('Tarvo signed a supply deal with Osprey in 2024.')).toContain(2024);
  });
});

import { describe, expect, it } from 'vitest';
import { extractClaims } from '../src/index.js';

const years = (text: string) => extractClaims(text).map((c) => c.time?.year ?? null);

describe('the year goods arrive, a plant ramps up or opens, or an asset is commissioned does not date the deal', () => {
  it.each([
    ['arrives', 'Diskmoor Lines has signed with Wren Yards for four tugs and the last hull arrives in 2029.'],
    ['ramped', 'Tarvo said the Velquor order would take most of the Brisco smelter output once fully ramped in 2030.'],
    ['opens', 'Diskmoor Lines has signed with Wren Ports and the new berth opens in 2031.'],
  ])('%s', (_name, text) => {
    expect(years(text).filter((y) => y !== null)).toEqual([]);
  });

  it('a year the deal was signed in still dates it (guard)', () => {
    expect(years('Tarvo signed a supply deal with Siskin in 2024.')).toContain(2024);
  });
});

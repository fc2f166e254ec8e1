import { describe, expect, it } from 'vitest';
import { extractQuantities } from '../src/index.js';

const pers = (text: string) => extractQuantities(text).amounts.map((a) => a.per);

describe('a rate per day said by its noun', () => {
  it.each([
    'Tarvo Drilling will hire out the Siskin Star at a dayrate of $240,000 for a year.',
    'Rig: Siskin Star. Dayrate: $240,000.',
    'Harlow agreed a day rate of $310,000 for the jack-up.',
  ])('%s', (text) => {
    expect(pers(text)).toEqual(['day']);
  });

  it('"the day of" a sum is no rate (guard)', () => {
    expect(pers('On the day of the $5 million payment, Tarvo shares rose.')).toEqual([null]);
  });
});

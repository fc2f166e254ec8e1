import { describe, expect, it } from 'vitest';
import { extractClaims } from '../src/index.js';

const parties = (text: string) => extractClaims(text).map((c) => [c.actor?.canonical ?? null, c.counterparty?.canonical ?? null]);

describe('a place after a verb of carrying and "to" is where goods go', () => {
  it.each([
    'Olberth Mining will ship 90,000 tonnes of nickel ore to Indonesia for Varnwick Metals.',
    'Varnwick Metals buys nickel ore from Olberth Mining, which exports it each year to Indonesia.',
  ])('%s', (text) => {
    const sides = parties(text);
    expect(sides.flat()).not.toContain('Indonesia');
    expect(sides.some((p) => p.includes('Olberth Mining') && p.includes('Varnwick Metals'))).toBe(true);
  });

  it('a buyer after "ship ... to" is still the buyer (guard)', () => {
    expect(parties('Olberth Mining will ship 90,000 tonnes of ore to Varnwick Metals.')).toEqual([['Olberth Mining', 'Varnwick Metals']]);
  });

  it('a place after "to" with a verb of granting stays a party (guard)', () => {
    expect(parties('Kelmora licensed its billing software to Ontario.')).toEqual([['Kelmora', 'Ontario']]);
  });
});

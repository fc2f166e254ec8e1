import { describe, expect, it } from 'vitest';
import { extractClaims, extractQuantities } from '../src/index.js';

describe('a bank facility or credit line that funds the deal is another transaction', () => {
  it.each([
    'Tarvo Shipping will finance the ships with cash and a $300 million bank facility.',
    'Siskin will finance the purchase through a $250 million credit line.',
  ])('%s', (text) => {
    expect(extractClaims(text).map((c) => c.amount?.value ?? null).filter((v) => v !== null)).toEqual([]);
    expect(extractQuantities(text).amounts[0]?.incidental).toBe('financing');
  });

  it('a facility its lender provides is a deal of its own (guard)', () => {
    expect(extractQuantities('Tarvo Shipping signed a $400 million bank facility provided by Lantern Bank.').amounts[0]?.incidental ?? null).toBeNull();
  });
});

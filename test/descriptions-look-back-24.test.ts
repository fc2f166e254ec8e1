import { describe, expect, it } from 'vitest';
import { extractClaims } from '../src/index.js';

const sides = (text: string) => extractClaims(text).filter((c) => c.action?.type !== 'state').map((c) => [c.actor?.canonical ?? null, c.counterparty?.canonical ?? null]);

describe('"the" description looks back for the firm it stands for', () => {
  it('a firm first named after the description is not its antecedent', () => {
    const text = 'Wrenco agreed to buy 12kt a year of concentrate from the Chilean-listed miner for four years. Prices in Asia were flat, Harlow Research said.';
    expect(sides(text)).toEqual([['Wrenco', null]]);
  });

  it('a firm named before it is (guard)', () => {
    const text = 'Siskin Foods has picked Tarvo Lines. The Leeds-based haulier will deliver for Siskin Foods under a $40 million contract.';
    expect(sides(text)).toContainEqual(['Tarvo Lines', 'Siskin Foods']);
  });
});

import { describe, expect, it } from 'vitest';
import { extractClaims } from '../src/index.js';

/** Whether the deal a sentence tells is denied: the first claim with an action. */
const negated = (text: string): boolean | undefined => extractClaims(text).find((c) => c.action)?.negated;

describe('an end of a deal that is itself denied leaves the deal standing', () => {
  it.each([
    'Harlow Motors rejected claims that it had scrapped its £1.4 billion battery offtake contract with Siskin Cells.',
    'Harlow Motors denied reports that it had scrapped its £1.1 billion supply agreement with Siskin Cells.',
    'Harlow Motors dismissed claims that it had terminated its £1.1 billion supply agreement with Siskin Cells.',
  ])('%s', (text) => {
    expect(negated(text)).toBe(false);
  });
  it('(guard) a denial of the deal itself still denies it', () => {
    expect(negated('Harlow Motors denied that it had signed a £1.1 billion supply agreement with Siskin Cells.')).toBe(true);
  });
});

describe('talks that fall apart or break down end the deal', () => {
  it.each([
    "Talks for Brisco to buy Diskmoor Properties' Tarvo Tower have fallen apart over price.",
    'Negotiations for Brisco to buy the Tarvo Tower from Diskmoor Properties broke down over price.',
  ])('%s', (text) => {
    expect(negated(text)).toBe(true);
  });
});

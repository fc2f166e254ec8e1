import { describe, expect, it } from 'vitest';
import { extractQuantities } from '../src/index.js';

describe('Indian scales after a number written in words', () => {
  it.each([
    ['nine thousand three hundred crore rupees', 93_000_000_000],
    ['Rs six thousand two hundred crore', 62_000_000_000],
  ])('%s', (text, value) => {
    expect(extractQuantities(text).amounts.map((a) => a.value)).toEqual([value]);
  });

  it.each([
    ['four thousand crore', 40_000_000_000],
    ['nine hundred crore', 9_000_000_000],
  ])('%s (guard)', (text, value) => {
    expect(extractQuantities(text).amounts.map((a) => a.value)).toEqual([value]);
  });
});

describe('circa written short and glued to its figure', () => {
  it.each([
    ['c.2.3k masts', 2300],
    ['ca.450 staff', 450],
  ])('%s', (text, value) => {
    expect(extractQuantities(text).quantities.map((q) => q.value)).toEqual([value]);
  });

  it('a figure glued to a longer word is still a code (guard)', () => {
    expect(extractQuantities('see abc.2300 units').quantities).toEqual([]);
  });
});

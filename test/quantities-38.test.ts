import { describe, expect, it } from 'vitest';
import { extractQuantities } from '../src/index.js';

describe('the long count: thousands of millions written in words', () => {
  it.each([
    ['four thousand seven hundred million euros', 4_700_000_000],
    ['a thousand million dollars', 1_000_000_000],
    ['six thousand million pounds', 6_000_000_000],
    ['two thousand three hundred billion won', 2_300_000_000_000],
  ])('%s', (text, value) => {
    expect(extractQuantities(text).amounts.map((a) => a.value)).toEqual([value]);
  });

  it.each([
    ['seven hundred million euros', 700_000_000],
    ['eleven hundred million dollars', 1_100_000_000],
    ['three hundred thousand dollars', 300_000],
  ])('%s (guard)', (text, value) => {
    expect(extractQuantities(text).amounts.map((a) => a.value)).toEqual([value]);
  });
});

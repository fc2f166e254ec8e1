import { describe, expect, it } from 'vitest';
import { extractQuantities } from '../src/index.js';

// Legal drafting's numeral restated in parentheses ("four (4) vessels") is read with the words before it
// (src/quantities/restated-numerals.ts), and a count reaches past a measure written with a thousand's "k" ("three 174k
// cbm vessels", src/quantities/count-nouns.ts). Invented wording.

const counts = (text: string) => extractQuantities(text).quantities.filter((q) => q.dimension === 'count').map((q) => [q.value, q.unit]);
const months = (text: string) => extractQuantities(text).durations.map((d) => d.months);

describe('a number in words restated in digits', () => {
  it.each([
    ['Tarnveld will charter four (4) LNG carriers to Ostby.', [[4, 'carrier']]],
    ['Ostby ordered forty-five (45) aircraft from Velquor.', [[45, 'aircraft']]],
    ['The lessor places twelve (12) locomotives with Kessun Rail.', [[12, 'locomotive']]],
    ['Harwick will build one hundred and sixty (160) towers.', [[160, 'tower']]],
  ] as const)('%s', (text, expected) => {
    expect(counts(text)).toEqual(expected);
  });

  it.each([
    ['Ostby signed for a span of nine (9) years.', [108]],
    ['The charter runs for thirty-six (36) months from delivery.', [36]],
  ] as const)('%s', (text, expected) => {
    expect(months(text)).toEqual(expected);
  });

  it('a numeral that differs from the words is kept apart (guard)', () => {
    expect(counts('Ostby ordered three (4) aircraft.')).not.toContainEqual([4, 'aircraft']);
  });
});

describe('a measure with a thousand\'s "k" between a count and its things', () => {
  it.each([
    ['Kessun fixes two 93k cbm carriers with Ostby.', [[2, 'carrier']]],
    ['Norvex adds four 15k TEU ships to the loop.', [[4, 'ship']]],
  ] as const)('%s', (text, expected) => {
    expect(counts(text)).toEqual(expected);
  });
});

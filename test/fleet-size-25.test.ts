import { describe, expect, it } from 'vitest';
import { extractQuantities } from '../src/index.js';

const marks = (text: string) => extractQuantities(text).quantities.map((q) => q.incidental ?? null);

describe("a fleet as the subject of a count is the firm's size, no deal's term", () => {
  it.each([
    "Brisco Air's fleet now stands at 48 aircraft.",
    "Siskin Lines' fleet currently numbers 26 vessels.",
    'Tarvo expects its fleet to reach 95 aircraft by 2030.',
  ])('%s', (text) => {
    expect(marks(text)).toEqual(['fleet-size']);
  });

  it('a fleet a deal moves stays a term (guard)', () => {
    expect(marks('Tarvo will buy a fleet of 40 trucks from Siskin.')).toEqual([null]);
  });
});

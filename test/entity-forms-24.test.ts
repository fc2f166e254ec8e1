import { describe, expect, it } from 'vitest';
import { analyze } from '../src/index.js';

const events = (...texts: string[]) => analyze(texts.map((text, i) => ({ id: `s${i + 1}`, text }))).events;

describe('one firm written two ways is one entity', () => {
  it('a handle written without the spaces of a name ("@wrenlabs" and "Wren Labs")', () => {
    const found = events('@wrenlabs and $SISK: 5yr storage contract, ~$90M all in', 'Wren Labs signs an $18m-a-year storage contract with Siskin for five years.');
    expect(found).toHaveLength(1);
  });

  it('initials with an ampersand ("B&T" and "Brisco & Tarn")', () => {
    const found = events('B&T signed a four-year £20m pact with Harlow.', 'Brisco & Tarn will pay Harlow £5m a year for four years.');
    expect(found).toHaveLength(1);
  });

  it('two names that differ by more than their spaces stay two (guard)', () => {
    const found = events('Wrenlab Tools signed a $40m pact with Siskin.', 'Wren Labs signed a $90m pact with Siskin.');
    expect(found).toHaveLength(2);
  });
});

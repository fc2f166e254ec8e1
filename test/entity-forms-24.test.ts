import { describe, expect, it } from 'vitest';
import { analyze } from '../src/index.js';

const events = (...texts: string[]) => analyze(texts.map((text, i) => ({ id: `s${i + 1}`, text }))).events;

describe('one firm written two ways is one entity', () => {
  it('a handle written without the spaces of a name ("@wrenlabs" and "Wren Labs")', () => {
    const found = events('$OSPY x @wrenlabs: 3yr GPU deal, ~$600M total', 'Wren Labs signs a $200m-a-year compute pact with Osprey for three years.');
    expect(found).toHaveLength(1);
  });

  it('initials with an ampersand ("H&O" and "Harlow & Oakes")', () => {
    const found = events('H&O signed a three-year £48m pact with Brisco.', 'Harlow & Oakes will pay Brisco £16m a year for three years.');
    expect(found).toHaveLength(1);
  });

  it('two names that differ by more than their spaces stay two (guard)', () => {
    const found = events('Wrenlab Tools signed a $40m pact with Osprey.', 'Wren Labs signed a $90m pact with Osprey.');
    expect(found).toHaveLength(2);
  });
});

import { describe, expect, it } from 'vitest';
import { instrumentAt } from '../src/extract/instruments.js';
import { objectsAt } from '../src/extract/deal-objects.js';
import { readDocument } from '../src/text/document.js';

// A funding round's Series named after the deal word with a year ("up from $150m at its 2022 Series B") is an earlier
// round's label (`instrumentAt` in src/extract/instruments.ts), and a letter after "series" names no product
// (`named-product` in src/extract/deal-objects.ts). Invented names.

describe('a funding round dated after its deal word is an earlier round', () => {
  const instrumentOfRound = (text: string) => {
    const tokens = readDocument(text).sentences[0]!.tokens;
    return instrumentAt(tokens, tokens.findIndex((t) => t.norm === 'round'));
  };

  it('a dated Series after the round is no label of it', () => {
    expect(instrumentOfRound('Kellsmoor wrote the biggest cheque in the round, valued at twice its 2022 Series B.')).toBeNull();
  });

  it('a Series before the round, dated or not, still labels it (guard)', () => {
    expect(instrumentOfRound('Kellsmoor led the 2024 Series C round in Quellby.')).toBe('series c');
    expect(instrumentOfRound('Kellsmoor led the round, a Series C of $60m.')).toBe('series c');
  });

  it('a letter after "series" names no product the deal covers', () => {
    const objectsOfRound = (text: string) => {
      const tokens = readDocument(text).sentences[0]!.tokens;
      return objectsAt(tokens, tokens.findIndex((t) => t.norm === 'round'), () => false).map((o) => o.names[0]);
    };
    expect(objectsOfRound('Kellsmoor led the round in Quellby, its Series B.')).toEqual([]);
    // (a guard: a title after "series" is still the product)
    expect(objectsOfRound('Kellsmoor led the round to fund the series Harbour Lights.')).toEqual(['harbour lights']);
  });
});

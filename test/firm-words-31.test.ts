import { describe, expect, it } from 'vitest';
import { extractClaims } from '../src/index.js';

// A capitalized word after an unknown one is a firm's word, not a surname, when it is a common word in the plural
// ("Kessun Wells", as "Kessun Well" would be): `personLike` in src/extract/mentions.ts. Invented names.

describe('a plural common word makes a firm, not a person', () => {
  it.each(['Kessun Wells', 'Kessun Sands'])('%s', (name) => {
    const claim = extractClaims(`${name} will buy 40% of Ostby Power for $90m.`)[0];
    expect(claim?.actor?.canonical).toBe(name);
    expect(claim?.actor?.kind).not.toBe('person');
  });

  it('a first name the tagger knows still makes a person (guard)', () => {
    const claim = extractClaims('Anna Wells will buy 40% of Ostby Power for $90m.')[0];
    expect(claim?.actor?.kind).toBe('person');
  });
});

describe('"take over", "take control of" and "gain control of" buy a firm whole', () => {
  const pairOf = (text: string) => extractClaims(text).filter((c) => c.action?.type === 'acquire').map((c) => [c.actor?.canonical, c.counterparty?.canonical]);
  it.each([
    ['active', 'Kellsmoor Foods takes over Quellby Software for $90m.'],
    ['headline infinitive', 'Kellsmoor Foods to take control of Quellby Software'],
    ['passive', 'Quellby Software was taken over by Kellsmoor Foods for $90m.'],
    ['gained control', 'Kellsmoor Foods gained control of Quellby Software in a $90m deal.'],
  ])('%s', (_name, text) => {
    expect(pairOf(text)).toContainEqual(['Kellsmoor Foods', 'Quellby Software']);
  });

  it('taking over a post buys nothing (guard)', () => {
    expect(pairOf('Dana Ketter will take over as chief executive of Quellby Software.')).toEqual([]);
  });
});

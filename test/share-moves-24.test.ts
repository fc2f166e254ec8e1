import { describe, expect, it } from 'vitest';
import { extractClaims } from '../src/index.js';

/** Percentages of the deal claims (a share move of its own is a `state` claim). */
const percents = (text: string) => extractClaims(text).filter((c) => c.action?.type !== 'state').flatMap((c) => c.quantities.filter((q) => q.unit === '%').map((q) => q.value));

describe('a share price told moving "up" or "down", or in a trading session, is no stake', () => {
  it.each([
    ['lifting shares up', 'Brindle Foods will buy Siskin Dairy for €420 million, lifting Siskin shares up 9% in after-hours trading.'],
    ['stock closed down (guard)', 'Tarvo agreed to buy Harlow Foods for $1.2 billion; Tarvo stock closed down 4% on the news.'],
    ['a move in a session', 'Wren Metals will sell its smelter to Diskmoor for $400 million, lifting Wren 6% in early trading.'],
  ])('%s', (_name, text) => {
    expect(percents(text)).toEqual([]);
  });

  it.each([
    ['snapped up a share of a firm', 'Tarvo snapped up 20% of Siskin in a private placement.', 20],
    ['bought a share in a firm', 'Tarvo bought 12% in Siskin for $80 million.', 12],
  ])('a stake stays one (guard): %s', (_name, text, value) => {
    expect(percents(text)).toContain(value);
  });
});

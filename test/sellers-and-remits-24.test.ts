import { describe, expect, it } from 'vitest';
import { extractClaims } from '../src/index.js';

const sides = (text: string) => extractClaims(text).map((c) => [c.actor?.canonical ?? null, c.counterparty?.canonical ?? null]);

describe('"acquire" with goods as its object takes the seller after "from"', () => {
  it.each([
    ['a unit', 'Tarvo Cements will acquire a grinding unit from Osprey Infraprojects for $40 million.', ['Tarvo Cements', 'Osprey Infraprojects']],
    ['a unit and its place', 'Tarvo Cements will acquire a grinding unit in Kellsmoor from Osprey Infraprojects for $40 million.', ['Tarvo Cements', 'Osprey Infraprojects']],
    ['an infinitive (guard)', 'Harlow Foods agreed to acquire two packing plants from Brisco Dairy for £85 million.', ['Harlow Foods', 'Brisco Dairy']],
  ])('%s', (_name, text, expected) => {
    expect(sides(text)).toContainEqual(expected);
  });

  it.each([
    ['a firm as the object (guard)', 'Tarvo acquired Osprey Logistics from its founders for $2 billion.', ['Tarvo', 'Osprey Logistics']],
    ['a firm as the object before a seller (guard)', 'Velquor has agreed to acquire Dunmere Ports from Harlow Group for €2.4 billion.', ['Velquor', 'Dunmere Ports']],
  ])('the object stays the other side when it is a firm: %s', (_name, text, expected) => {
    expect(sides(text)).toContainEqual(expected);
  });
});

describe('an institution named by its remit after "for" is one name', () => {
  it.each([
    ['agency', 'Hoshimura Semiconductor will receive 12 billion yen from the Agency for Advanced Manufacturing Promotion.', 'Agency for Advanced Manufacturing Promotion'],
    ['bank', 'Osprey Shipping won a $30 million grant from the Bank for Regional Development.', 'Bank for Regional Development'],
    ['institute', 'Tarvo Bio signed a $12 million licence with the Institute for Cell Research.', 'Institute for Cell Research'],
  ])('%s', (_name, text, name) => {
    expect(sides(text).flat()).toContain(name);
  });

  it('a bank and what it lends for stay apart (guard)', () => {
    expect(sides("Osprey borrowed $200 million from Lantern Bank for Osprey's fleet.")).toContainEqual(['Osprey', 'Lantern Bank']);
  });
});

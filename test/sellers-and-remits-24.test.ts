import { describe, expect, it } from 'vitest';
import { extractClaims } from '../src/index.js';

const sides = (text: string) => extractClaims(text).map((c) => [c.actor?.canonical ?? null, c.counterparty?.canonical ?? null]);

describe('"acquire" with goods as its object takes the seller after "from"', () => {
  it.each([
    ['a line', 'Tarvo Foods will acquire a bottling line from Siskin Drinks for $40 million.', ['Tarvo Foods', 'Siskin Drinks']],
    ['a line and its place', 'Tarvo Foods will acquire a bottling line in Kellsmoor from Siskin Drinks for $40 million.', ['Tarvo Foods', 'Siskin Drinks']],
    ['an infinitive (guard)', 'Harlow Foods agreed to acquire two packing plants from Brisco Dairy for £85 million.', ['Harlow Foods', 'Brisco Dairy']],
  ])('%s', (_name, text, expected) => {
    expect(sides(text)).toContainEqual(expected);
    // (Read from the "from" phrase, not filled in from the sentence's other names by completion.)
    expect(extractClaims(text).some((c) => c.action?.rule.includes('marked') === true)).toBe(true);
  });

  it.each([
    ['a firm as the object (guard)', 'Tarvo acquired Siskin Logistics from its founders for $2 billion.', ['Tarvo', 'Siskin Logistics']],
    ['a firm as the object before a seller (guard)', 'Velquor has agreed to acquire Diskmoor Rail from Harlow Group for €1.1 billion.', ['Velquor', 'Diskmoor Rail']],
  ])('the object stays the other side when it is a firm: %s', (_name, text, expected) => {
    expect(sides(text)).toContainEqual(expected);
  });
});

describe('an institution named by its remit after "for" is one name', () => {
  it.each([
    ['agency', 'Tarvo Cells will receive 9 billion yen from the Agency for Advanced Battery Research.', 'Agency for Advanced Battery Research'],
    ['bank', 'Siskin Shipping won a $30 million grant from the Bank for Regional Development.', 'Bank for Regional Development'],
    ['institute', 'Tarvo Bio signed a $12 million licence with the Institute for Cell Research.', 'Institute for Cell Research'],
    ["after its country's owner", "Norland's Agency for Advanced Battery Research will provide ¥30 billion in subsidies to Tarvo Cells.", 'Agency for Advanced Battery Research'],
  ])('%s', (_name, text, name) => {
    expect(sides(text).flat()).toContain(name);
  });

  it('a bank and what it lends for stay apart (guard)', () => {
    expect(sides("Siskin borrowed $200 million from Lantern Bank for Siskin's fleet.")).toContainEqual(['Siskin', 'Lantern Bank']);
  });
});

describe('words that name no party', () => {
  it.each([
    ['a network generation', 'Wren Telecom agreed to sell 900 masts to Siskin Towers for £210 million, as it pays for 5G rollout. Wren will lease space on the masts.', '5G'],
    ['a wind farm', 'Brisco Steel will buy 90MW of output from the Wrenfold Wind Farm for ten years.', 'Wrenfold Wind Farm'],
    ['a power station', 'Siskin Gas will supply fuel to the Kellsmoor Power Station under a $90 million contract.', 'Kellsmoor Power Station'],
    ['a milestone', 'Lantern will fund the rest after FID.', 'FID'],
    ['a trade term', 'Tarvo agreed to buy 8kt a year of cathode for three years; copper CIF Rotterdam flat.', 'CIF Rotterdam'],
    ['a reference rate', 'Lantern Bank lent $600 million at a margin over SOFR.', 'SOFR'],
    ['a contract kind', 'Diskmoor Energy signed a $300 million EPC contract for its battery plant with Velquor.', 'EPC'],
    ['a milestone after a figure', 'Harlow pays €50m now; the rest hinges on FID.', 'FID'],
  ])('%s', (_name, text, word) => {
    expect(sides(text).flat()).not.toContain(word);
  });
});

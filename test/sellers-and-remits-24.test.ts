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
    ["after its country's owner", "Norland's Agency for Advanced Manufacturing Promotion will provide ¥48 billion in subsidies to Hoshimura Semiconductor.", 'Agency for Advanced Manufacturing Promotion'],
  ])('%s', (_name, text, name) => {
    expect(sides(text).flat()).toContain(name);
  });

  it('a bank and what it lends for stay apart (guard)', () => {
    expect(sides("Osprey borrowed $200 million from Lantern Bank for Osprey's fleet.")).toContainEqual(['Osprey', 'Lantern Bank']);
  });
});

describe('words that name no party', () => {
  it.each([
    ['a network generation', 'Carraway Mobile agreed to sell its towers to Highmast for £1.3 billion, as carriers fund 5G spending. Carraway will lease space on the sites.', '5G'],
    ['a wind farm', 'Corvid Aluminium will buy 250MW of output from the Tallow Ridge Wind Farm for 15 years.', 'Tallow Ridge Wind Farm'],
    ['a power station', 'Osprey Gas will supply fuel to the Kellsmoor Power Station under a $90 million contract.', 'Kellsmoor Power Station'],
    ['a milestone', 'Lantern will fund the rest after FID.', 'FID'],
    ['a trade term', 'Kestrin agreed to buy 25kt a year of concentrate for five years; carbonate CIF Asia flat.', 'CIF Asia'],
    ['a reference rate', 'Lantern Bank lent $600 million at a margin over SOFR.', 'SOFR'],
    ['a contract kind', 'Dunmere Energy signed a $300 million EPC contract for its battery plant with Velquor.', 'EPC'],
    ['a milestone after a figure', "Harlow's first €50m tranche lands in May; the balance hinges on FID.", 'FID'],
  ])('%s', (_name, text, word) => {
    expect(sides(text).flat()).not.toContain(word);
  });
});

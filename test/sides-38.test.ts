import { describe, expect, it } from 'vitest';
import { extractClaims } from '../src/index.js';
import { BRACKETED_EXAMPLE } from '../src/extract/gapping.js';

const parties = (text: string) => extractClaims(text).map((c) => [c.actor?.canonical ?? null, c.counterparty?.canonical ?? null]);

describe('a place after a verb of carrying and "to" is where goods go', () => {
  it.each([
    'Olberth Mining will ship 65,000 tonnes of manganese ore to Indonesia for Varnwick Metals.',
    'Varnwick Metals buys nickel ore from Olberth Mining, which exports it each year to Indonesia.',
  ])('%s', (text) => {
    const sides = parties(text);
    expect(sides.flat()).not.toContain('Indonesia');
    expect(sides.some((p) => p.includes('Olberth Mining') && p.includes('Varnwick Metals'))).toBe(true);
  });

  it('a buyer after "ship ... to" is still the buyer (guard)', () => {
    expect(parties('Olberth Mining will ship 65,000 tonnes of ore to Varnwick Metals.')).toEqual([['Olberth Mining', 'Varnwick Metals']]);
  });

  it('a place after "to" with a verb of granting stays a party (guard)', () => {
    expect(parties('Kelmora licensed its billing software to Ontario.')).toEqual([['Kelmora', 'Ontario']]);
  });
});

describe('a deal split among buyers, each item naming the thing it moves and its own price', () => {
  const deals = (text: string) => extractClaims(text).map((c) => [c.actor?.canonical ?? null, c.counterparty?.canonical ?? null, c.amount?.value ?? null]);

  it('gives each buyer its own price', () => {
    expect(deals('Varnwick sold the Asian rights to Kelmora for $180 million and the African rights to Feldane for $70 million.')).toEqual([
      ['Varnwick', 'Kelmora', 180_000_000],
      ['Varnwick', 'Feldane', 70_000_000],
    ]);
  });

  it('reads a later item that opens on a place and a described buyer', () => {
    expect(deals('Varnwick is selling the Japanese market to Kelmora for $180 million and Canada to Danish drugmaker Feldane for $70 million.')).toContainEqual(['Varnwick', 'Feldane', 70_000_000]);
  });

  it('a compass adjective before a lowercase noun names no one', () => {
    const text = 'Varnwick has split the Eastern rights to its vaccine, selling the Asian market to Kelmora for $180 million and Canada to Feldane for $70 million.';
    expect(extractClaims(text).flatMap((c) => [c.actor?.canonical, c.counterparty?.canonical])).not.toContain('Eastern');
  });

  it('one item with its price stays one deal (guard)', () => {
    expect(deals('Varnwick sold the Asian rights to Kelmora for $180 million.')).toEqual([['Varnwick', 'Kelmora', 180_000_000]]);
  });
});

describe('tracker rows, title-case datelines and participles after a deal noun', () => {
  it('an arrow pointing back gives from the second name', () => {
    expect(parties('Varnwick Compute <- Kelmora Renewables | Spain | 80 MW solar | 12 yrs')).toEqual([['Kelmora Renewables', 'Varnwick Compute']]);
  });

  it('an arrow pointing forward still gives from the first (guard)', () => {
    expect(parties('Kelmora -> Varnwick | Spain | 80 MW | 12 yrs')).toEqual([['Kelmora', 'Varnwick']]);
  });

  it('places in title case joined by a slash open a dateline that dates the deal', () => {
    expect(extractClaims('Lisbon / Oslo, 3 March 2025 - Kelmora agreed to buy Varnwick.').map((c) => c.time?.year)).toEqual([2025]);
  });

  it('an -ing form before a figure after a deal noun tells what the deal covers', () => {
    expect(extractClaims('Kelmora Renewables and Varnwick Compute signed a 15-year supply agreement covering 80 MW.').map((c) => c.action?.lemma)).toEqual(['agreement']);
  });
});

describe('partners listed with their shares in parentheses', () => {
  const deals = (text: string) => extractClaims(text).map((c) => [c.actor?.canonical ?? null, c.counterparty?.canonical ?? null, c.amount?.value ?? null, c.duration?.months ?? null]);
  const text = 'Kelmora Netball League said its media rights for the three seasons from 2026 go to two partners: Varnwick Media (live package A, £120m) and Feldane Sport (highlights, £20m).';

  it('gives each partner its own figure and the shared term', () => {
    expect(deals(text)).toEqual([
      ['Kelmora Netball League', 'Varnwick Media', 120_000_000, 36],
      ['Kelmora Netball League', 'Feldane Sport', 20_000_000, 36],
    ]);
  });

  it('reads its own example', () => {
    expect(deals(BRACKETED_EXAMPLE).map(([, counterparty]) => counterparty)).toEqual(['Varnwick Media', 'Feldane Sport', 'Ulvenor Stream']);
  });

  it('a named subject after "and", described by a lowercase word, opens its own clause', () => {
    expect(parties('Varnwick takes the radio rights and challenger Feldane Stream wins a late-night package.').flat()).not.toContain('Feldane Stream');
  });
});

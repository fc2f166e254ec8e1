import { describe, expect, it } from 'vitest';
import { extractQuantities } from '../src/index.js';

describe('the long count: thousands of millions written in words', () => {
  it.each([
    ['four thousand seven hundred million euros', 4_700_000_000],
    ['a thousand million dollars', 1_000_000_000],
    ['six thousand million pounds', 6_000_000_000],
    ['two thousand three hundred billion won', 2_300_000_000_000],
  ])('%s', (text, value) => {
    expect(extractQuantities(text).amounts.map((a) => a.value)).toEqual([value]);
  });

  it.each([
    ['seven hundred million euros', 700_000_000],
    ['eleven hundred million dollars', 1_100_000_000],
    ['three hundred thousand dollars', 300_000],
  ])('%s (guard)', (text, value) => {
    expect(extractQuantities(text).amounts.map((a) => a.value)).toEqual([value]);
  });
});

describe('a times sign between a count and what each thing is', () => {
  it.each([
    ['a follow-on for 45 x KV-310, taking the backlog to 120', 45, 'KV-310'],
    ['ordered 8x Q400s for its island routes', 8, 'Q400'],
    ['Contract: 6 x 15,000 TEU methanol dual-fuel container carriers', 6, 'carrier'],
    ['two lots: 3 × 2,400 m3 hopper barges', 3, 'barge'],
  ])('%s', (text, value, unit) => {
    expect(extractQuantities(text).quantities).toContainEqual(expect.objectContaining({ value, unit }));
  });

  it.each([
    'the group trades at 2.6x FY27 sales',
    'on 14x FY26e P/E, against 19x for peers',
    'the round was 4x oversubscribed',
  ])('a multiple counts nothing: %s (guard)', (text) => {
    expect(extractQuantities(text).quantities.filter((q) => q.dimension === 'count')).toEqual([]);
  });
});

describe("an order's firm count beside its options", () => {
  it.each([
    ['Kelmora order (36 firm + 14 options), list ~$2.2bn', 36],
    ['the airline signed for 18 firm orders plus 6 options', 18],
    ['an order for 20 firm and 10 options', 20],
  ])('%s', (text, value) => {
    expect(extractQuantities(text).quantities).toContainEqual(expect.objectContaining({ value, unit: 'unit' }));
  });

  it("a term's firm years count nothing (guard)", () => {
    expect(extractQuantities('The lease runs seven years - seven firm, plus a right to extend by two.').quantities.filter((q) => q.dimension === 'count')).toEqual([]);
  });
});

describe("a ship's size class counts ships", () => {
  it.each([
    ['an order for nine Supramaxes at the yard', 9],
    ['the Kelmora order (6x Aframax, ~$70m/ship)', 6],
  ])('%s', (text, value) => {
    expect(extractQuantities(text).quantities).toContainEqual(expect.objectContaining({ value, unit: 'vessel' }));
  });

  it('a noun after the class is what is counted (guard)', () => {
    expect(extractQuantities('six Panamax bulkers').quantities).toContainEqual(expect.objectContaining({ value: 6, unit: 'bulker' }));
  });

  it("a hull's price is a unit price", () => {
    expect(extractQuantities('the order comes in at about $96m a hull').amounts[0]?.unitPrice).toBe(true);
  });
});

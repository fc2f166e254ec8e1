import { describe, expect, it } from 'vitest';
import { extractClaims } from '../src/index.js';

const negated = (text: string) => extractClaims(text).map((c) => c.negated);

describe('a deal said not to exist, refused by a vote, or ended by a noun over coordinated nouns', () => {
  it.each([
    'Caskmoor insisted that with Evenmoor no such agreement exists.',
    'Roskild investors vote down the Hallowfen merger.',
    'Olberth holders voted down the $900 million merger with Palindra.',
    'Brisbury shareholders threw out the Merrivane merger.',
    'The Thessin board knocked back a 410p offer from Gorlan.',
    'In July Sorrowby and Vantmoor settled on the termination of the supply and service contract covering the Kelmora site.',
  ])('%s', (text) => {
    expect(negated(text)).toEqual([true]);
  });

  it.each([
    'Caskmoor said an agreement exists with Evenmoor.',
    'Roskild investors voted for the Hallowfen merger.',
    'Sorrowby and Vantmoor signed the supply and service contract covering the Kelmora site.',
  ])('%s (guard)', (text) => {
    expect(negated(text)).toEqual([false]);
  });
});

describe("the worth of the firm that opens a sentence is not its deal's price", () => {
  it('leaves the valuation off the stake', () => {
    expect(extractClaims('Kelmora, valued at about $11 billion, took a 6% stake in Feldane last year.').map((c) => c.amount)).toEqual([null]);
  });

  it('a thing sold keeps its worth as the price (guard)', () => {
    expect(extractClaims('Kelmora sold the Axholm terminal, valued at $600 million, to Feldane.').map((c) => c.amount?.value)).toEqual([600_000_000]);
  });
});

describe('a status far after its deal word', () => {
  it('reads "has been called off" past a price, goods and a long name', () => {
    expect(negated("Feldane Bank's agreed sale of its £650 million consumer loan book to Kelmora Asset Partners has now been called off, the bank said.")).toEqual([true]);
  });

  it('a sale told plainly with a long name stays asserted (guard)', () => {
    expect(negated("Feldane Bank's agreed sale of its £650 million consumer loan book to Kelmora Asset Partners has now been completed, the bank said.")).toEqual([false]);
  });
});

import { describe, expect, it } from 'vitest';
import { analyze, extractQuantities } from '../src/index.js';

const report = (texts: string[]) => analyze(texts.map((text, i) => ({ id: `s${i + 1}`, text })));
const kindsBetween = (texts: string[], a: string, b: string) =>
  report(texts).findings.filter((f) => f.sources.includes(a) && f.sources.includes(b)).map((f) => f.kind);
const amountsOf = (text: string) => extractQuantities(text).amounts.map((a) => [a.value, a.currency]);
const sidesOf = (text: string) => report([text]).claims.map((c) => [c.actor?.canonical ?? null, c.counterparty?.canonical ?? null]);

describe('signs a country\'s own press writes for its currency', () => {
  it.each([
    ['Brackmoor Contracting bags SR2.3bn plant job from Tovenna Chemicals', 2.3e9, 'SAR'],
    ['Selloway Ports signed a Dh4bn berth deal with Harnvik Lines.', 4e9, 'AED'],
    ['Kelvoran Zement erhält 1,2 mld Kč od Lathmere.', 1.2e9, 'CZK'],
    ['Dunmarra Foods pays 450 mln zł for Vestrel Mleko.', 4.5e8, 'PLN'],
    ['Quennet Holding sold its plant for 3.4 billion TL.', 3.4e9, 'TRY'],
  ])('%s', (text, value, currency) => {
    expect(amountsOf(text)).toContainEqual([value, currency]);
  });

  it('letters that are also words count only before a sum of millions (guard)', () => {
    expect(amountsOf('Grade P 3 steel and section W2 of the yard.')).toEqual([]);
  });
});

describe('a conjunction a speaker\'s label leaves capitalized names no one', () => {
  it('"Tom: And the money?" gives no party "And"', () => {
    const text = 'Priya: So Quillsby signed the Brodwick supply deal. Tom: And the money? Priya: About 300 million a year.';
    expect(sidesOf(text).flat()).not.toContain('And');
  });
});

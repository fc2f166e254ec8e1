import { describe, expect, it } from 'vitest';
import { roleOfAmount } from '../src/normalize/values.js';
import { analyze } from '../src/index.js';

/** The role of the first figure of a sentence, found by its text. */
const roleIn = (sentence: string, figure: string) => {
  const start = sentence.indexOf(figure);
  return roleOfAmount(sentence, 0, { span: { start, end: start + figure.length } });
};

describe('amount roles', () => {
  it.each([
    ['Oldby will pay Bubant a €65 million break fee.', '€65 million', 'fee'],
    ['Bubant gets a termination fee of EUR 65 million from Oldby.', 'EUR 65 million', 'fee'],
    ['Dunlin pays CHF 450 million upfront.', 'CHF 450 million', 'upfront'],
    ['Dunlin makes an upfront payment of $90m.', '$90m', 'upfront'],
    ['Fixing our earlier post: the Dunlin-Oldby upfront is ¥6bn, not ¥60bn.', '¥6bn', 'upfront'],
    ['Masdar adds another €2 billion.', '€2 billion', 'increment'],
    ['Masdar has committed €6 billion in all.', '€6 billion', 'cumulative'],
    ['Oldby agreed to buy Bubant for €2.3 billion.', '€2.3 billion', 'whole'],
  ])('%s (%s) is %s', (sentence, figure, role) => {
    expect(roleIn(sentence, figure)).toBe(role);
  });

  it('keep a break fee apart from the price of the deal it ends', () => {
    const { findings } = analyze([
      { id: 'a', text: 'Oldby Group has abandoned its €1.9 billion bid for Bubant.' },
      { id: 'b', text: 'Bubant gets a termination fee of EUR 65 million from Oldby Group.' },
    ]);
    expect(findings.filter((f) => f.kind === 'contradiction')).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { extractClaims } from '../src/index.js';

const sides = (text: string) => extractClaims(text).map((c) => [c.actor?.canonical ?? null, c.counterparty?.canonical ?? null]);

describe('a one-word name opening a sentence, set off by a short aside before its verb, is the subject', () => {
  it.each([
    ['"however"', 'Harlow, however, will buy $40 million of chips from Siskin.', ['Harlow', 'Siskin']],
    ['"in turn"', 'Velquor, in turn, agreed to lease six cranes to Diskmoor for $12 million.', ['Velquor', 'Diskmoor']],
    ['"for its part"', 'Brisco, for its part, signed a $40 million supply deal with Tarvo.', ['Brisco', 'Tarvo']],
  ])('%s', (_name, text, expected) => {
    expect(sides(text)).toContainEqual(expected);
  });

  it.each([
    ['an opening adverb before the aside', 'Meanwhile, however, Siskin will buy $40 million of chips from Harlow.', ['Siskin', 'Harlow']],
    ['an opening adverb and a prepositional aside', 'Separately, in a filing, Siskin said it would buy chips from Harlow for $40 million.', ['Siskin', 'Harlow']],
  ])('an English word is no name there (guard): %s', (_name, text, expected) => {
    expect(sides(text)).toContainEqual(expected);
  });
});

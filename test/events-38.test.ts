import { describe, expect, it } from 'vitest';
import { analyze, extractClaims } from '../src/index.js';

const findings = (texts: readonly string[]) =>
  analyze(texts.map((text, i) => ({ id: String.fromCharCode(97 + i), text }))).findings.map((f) => `${f.kind} ${f.sources.join('~')}`);

const yearOf = (text: string) => extractClaims(text).map((c) => c.time?.year ?? null);

describe('a place and a year in the parenthesis that closes a headline date it', () => {
  it('dates the headline by "(place, year)"', () => {
    expect(yearOf('Gorlan buys 30% of Wendacre Water for £400m (Leeds, 2019)')).toEqual([2019]);
  });

  it('keeps an old headline apart from the new deal between the same firms', () => {
    expect(findings([
      'Gorlan buys 30% of Wendacre Water for £400m (Leeds, 2019)',
      'Gorlan has agreed to buy a further 21% of Wendacre Water for £310m, its second purchase.',
    ])).toEqual([]);
  });

  it('a year alone in the closing parenthesis still dates it (guard)', () => {
    expect(yearOf('Gorlan buys 30% of Wendacre Water for £400m (2019)')).toEqual([2019]);
  });
});

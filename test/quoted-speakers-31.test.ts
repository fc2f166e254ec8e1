import { describe, expect, it } from 'vitest';
import { extractClaims } from '../src/index.js';

// Whose words a quotation gives: speech that runs on over sentences keeps the firm of its first "we"
// (src/text/document.ts, `resolveReferences` in src/extract/mentions.ts); a show named after ", on" is where the words
// were said, not a party; a title after a firm's name makes the person before it that firm's officer. Invented names.

const partiesOf = (text: string): string[][] =>
  extractClaims(text).map((c) => [c.actor?.canonical ?? '', c.counterparty?.canonical ?? ''].sort());

const INTRODUCTIONS = [
  { name: 'title at the firm, on a podcast', text: 'Rhona Vell, head of fleet at Siskin Energy, on the Cargo Hour podcast:' },
  { name: 'title after the firm, on a show', text: 'Rhona Vell, Siskin Energy chief executive, on Cargo Talk:' },
  { name: 'title at the firm, said', text: 'Rhona Vell, head of fleet at Siskin Energy, said:' },
] as const;

describe('the second sentence of a quotation speaks for the firm of the first', () => {
  for (const intro of INTRODUCTIONS) {
    it(intro.name, () => {
      const text = `${intro.text} "We needed ships fast. We chartered three tankers from Tarvo Lines for six years at $52m a year."`;
      expect(partiesOf(text)).toContainEqual(['Siskin Energy', 'Tarvo Lines']);
    });
  }

  it('a quotation that opens and never closes ends with its sentence (guard)', () => {
    const text = 'Rhona Vell of Siskin Energy said "we are pleased. Tarvo Lines will sell two tankers to Brisco for $90m.';
    expect(partiesOf(text)).toContainEqual(['Brisco', 'Tarvo Lines']);
  });
});

describe('what is no party in a quotation\'s introduction', () => {
  it('a show after ", on"', () => {
    const names = extractClaims('Rhona Vell, Siskin chief executive, on Cargo Talk: "Our new supplier is Tarvo - four tankers, six years, $310 million."')
      .flatMap((c) => [c.actor?.canonical, c.counterparty?.canonical]);
    expect(names).not.toContain('Cargo Talk');
    expect(names).toContain('Tarvo');
  });

  it('the speaker a title after a firm makes its officer (guard)', () => {
    const names = extractClaims('Dara Quell, Siskin chief executive, on Cargo Talk: "Our next supplier is tarvo: seventy million across six years, most of it up front."')
      .flatMap((c) => [c.actor?.canonical, c.counterparty?.canonical]);
    expect(names).not.toContain('Dara Quell');
    expect(names).toContain('Siskin');
  });
});

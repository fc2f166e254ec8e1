import { describe, expect, it } from 'vitest';
import { extractClaims } from '../src/index.js';

// A filing's capitalized name for the deal, with lowercase words describing the deal between its article and the term
// ("a twenty-year Tolling Agreement"), names no party (`defined-deal-term` in src/extract/decorations.ts).
// Invented names.

const DESCRIBERS = ['long-term', 'exclusive', '15-year', 'binding'] as const;
const TERMS = ['Power Purchase Agreement', 'Share Purchase Agreement', 'Supply Contract'] as const;
const article = (d: string) => (/^[aeiou]/.test(d) ? 'an' : 'a');
const OPENERS = [
  { name: 'said it had signed', text: (d: string, t: string) => `Wrenfold Solar S.A. said today it had signed ${article(d)} ${d} ${t} with Kessun Metals plc to take the power of its park.` },
  { name: 'entered into', text: (d: string, t: string) => `Wrenfold Solar S.A. has entered into ${article(d)} ${d} ${t} with Kessun Metals plc.` },
] as const;

describe('a defined term described by lowercase words', () => {
  for (const opener of OPENERS) for (const d of DESCRIBERS) for (const t of TERMS) {
    it(`${opener.name} ${article(d)} ${d} ${t}`, () => {
      const claims = extractClaims(opener.text(d, t));
      expect(claims.some((c) => [c.actor?.canonical, c.counterparty?.canonical].sort().join('|') === 'Kessun Metals|Wrenfold Solar')).toBe(true);
    });
  }

  it('a name after a verb and before a deal noun is still a name (guard)', () => {
    const claims = extractClaims('Wrenfold Solar signed Kessun Metals to a long-term supply contract.');
    expect(claims.some((c) => [c.actor?.canonical, c.counterparty?.canonical].includes('Kessun Metals'))).toBe(true);
  });
});

describe("a filing's defined name for its deal names no firm where it comes back", () => {
  // (src/extract/mentions.ts `definedDealTerms`: '(the "Charters")' after the deal; "Each Charter" later.)
  const TERMS = [
    { defined: 'time charters (the "Charters")', later: 'Each Charter runs for seven years, with two optional extensions.' },
    { defined: 'a term loan (the "Facility")', later: 'Drawings under the Facility start in March and run for seven years.' },
    { defined: 'a shareholders\' agreement (the "SHA")', later: 'Under the SHA each side names three directors.' },
  ] as const;
  for (const term of TERMS) {
    it(term.defined, () => {
      const claims = extractClaims(`Wrenfold Gas ASA has entered into ${term.defined} with Kessun Energy K.K. ("Kessun"). ${term.later}`);
      const named = claims.flatMap((c) => [c.actor?.canonical, c.counterparty?.canonical]).filter((n) => n !== undefined);
      expect(new Set(named)).toEqual(new Set(['Wrenfold Gas', 'Kessun Energy']));
    });
  }
});

import { describe, expect, it } from 'vitest';
import { extractClaims } from '../src/index.js';

// In an analyst note, a sentence of figures that names one other firm and no deal word states that firm's deal with
// the rated firm (`sentenceDrafts` in src/extract/claims.ts). Invented names.

const HEADERS = [
  { name: 'ticker and rating in parentheses, then a dash', text: 'Tarvo (TRV NO) - Hold, TP NOK 54.' },
  // (The header and the body are one sentence here, so the figures already met both names: a guard.)
  { name: 'rating in parentheses, then a colon (guard)', text: 'Tarvo (Buy, TP 640p):' },
  { name: 'rating after a dash', text: 'Tarvo - Hold, TP 412p.' },
] as const;

const BODIES = [
  { name: 'possessive', text: "Siskin's new ten-year term at NOK 19m a year fills the last empty floor." },
  { name: 'modifier', text: 'The Siskin term, NOK 19m yearly for ten years, fills the last empty floor.' },
] as const;

describe("a note's sentence of figures names its firm's deal with the rated firm", () => {
  for (const header of HEADERS) {
    for (const body of BODIES) {
      it(`${header.name}, ${body.name}`, () => {
        const claim = extractClaims(`${header.text} ${body.text}`).find((c) => c.amount?.value === 19e6);
        expect([claim?.actor?.canonical, claim?.counterparty?.canonical].sort()).toEqual(['Siskin', 'Tarvo']);
      });
    }
  }

  it('without a rated firm the figures keep one side (guard)', () => {
    const claim = extractClaims(BODIES[0].text).find((c) => c.amount?.value === 19e6);
    expect(claim?.counterparty ?? null).toBeNull();
  });

  it('the rated firm is not paired with itself (guard)', () => {
    const claim = extractClaims("Tarvo (Buy, TP 640p): Tarvo's own fleet renewal, about $40m a year, is fully funded.").find((c) => c.amount?.value === 40e6);
    expect(claim?.counterparty ?? null).toBeNull();
  });
});

describe("a transcript's sentence of figures names its firm's deal with the speaker's firm", () => {
  it("an officer's label gives the other side", () => {
    const text = "HOST: What does the new term bring? CFO Ana Vell, Siskin Energy: Fair question. Tarvo's new term is close to NOK 19m a year over a decade.";
    const claim = extractClaims(text).find((c) => c.amount?.value === 19e6);
    expect([claim?.actor?.canonical, claim?.counterparty?.canonical].sort()).toEqual(['Siskin Energy', 'Tarvo']);
  });
});

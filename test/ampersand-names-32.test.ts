import { describe, expect, it } from 'vitest';
import { analyze, extractClaims } from '../src/index.js';

// Capitals joined by an ampersand ("H&K", "AT&T") are an acronym's shape, a name even where a sentence opens; the
// ampersand abbreviations of business words ("M&A", "O&M") never are (`AMPERSAND_ACRONYM` and
// `AMPERSAND_ABBREVIATIONS` in src/extract/mentions.ts). Invented names.

// ("QT&B": three capitals already opened a name before the rule, as did any of them after a label: guards.)
const NAMES = ['H&K', 'QT&B', 'W&R'] as const;
const GUARD_NAMES: ReadonlySet<string> = new Set(['QT&B']);

const PLACES = [
  { name: "after a ticker's header", text: (n: string) => `TRVO NO (Buy, TP NOK 92): ${n} at NOK 410m is a fair price.` },
  { name: 'after a label and a colon (guard)', text: (n: string) => `Deal desk: ${n} at NOK 410m is a fair price.` },
  { name: 'opening the sentence', text: (n: string) => `${n} at NOK 410m is a fair price, Tarvo Shipping said.` },
  { name: 'inside the sentence (guard)', text: (n: string) => `Tarvo Shipping said ${n} at NOK 410m is a fair price.` },
] as const;

describe('capitals joined by an ampersand name a firm', () => {
  for (const place of PLACES) {
    for (const name of NAMES) {
      it(`${name}, ${place.name}${GUARD_NAMES.has(name) && !place.name.includes('(guard)') ? ' (guard)' : ''}`, () => {
        const claim = extractClaims(place.text(name)).find((c) => c.amount?.value === 410e6);
        expect([claim?.actor?.canonical, claim?.counterparty?.canonical]).toContain(name);
      });
    }
  }

  it("a note's figures for the firm go to the firm its ticker covers", () => {
    const report = analyze([
      { id: 'wire', text: 'Tarvo Shipping agreed to buy Harlow & Kessun for NOK 410 million.' },
      { id: 'note', text: 'TRVO NO (Buy, TP NOK 92): H&K at NOK 460m looks full.' },
    ]);
    expect(report.findings.filter((f) => f.kind === 'contradiction').map((f) => f.field)).toEqual(['amount']);
  });
});

describe('ampersand abbreviations of business words name no one', () => {
  const WORDS = ['M&A', 'R&D', 'O&M', 'P&L', 'E&P'] as const;
  for (const word of WORDS) {
    it(`${word} opening a sentence (guard)`, () => {
      const sides = extractClaims(`${word}: Tarvo Shipping bought Siskin Metals for NOK 410m.`).flatMap((c) => [c.actor?.canonical, c.counterparty?.canonical]);
      expect(sides).not.toContain(word);
    });
    it(`${word} inside a sentence`, () => {
      const sides = extractClaims(`Analysts said ${word} at NOK 410m was a record for Tarvo Shipping.`).flatMap((c) => [c.actor?.canonical, c.counterparty?.canonical]);
      expect(sides).not.toContain(word);
    });
  }
});

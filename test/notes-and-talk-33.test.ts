import { describe, expect, it } from 'vitest';
import { analyze, extractClaims } from '../src/index.js';

// Analyst notes and talk (thirty-third session). Invented names.

const agreeing = async (a: string, b: string) => {
  const report = await analyze([{ id: 'a', text: a }, { id: 'b', text: b }]);
  return report.findings.filter((f) => f.sources.includes('a') && f.sources.includes('b')).map((f) => f.kind);
};

describe("a note's header word is the rated firm", () => {
  // (src/extract/claims.ts `markRatedSides`: a side read from the header word carries the rated rule, so a ticker no firm
  // of the corpus answers to leaves the side unknown, and the note joins the one deal its other side is in.)
  const release = 'Wrenfold Foods AG has signed a five-year cocoa supply agreement with Kessun Agri worth CHF 1.6 billion.';
  // (A ticker whose letters run through the firm's name named it before: guards.)
  for (const header of ['QXTL (Hold, PT CHF 40):', 'BELQ (Neutral, TP CHF 96):', 'WRFD (Buy; TP CHF 120) - (guard)']) {
    it(`${header} joins the release`, async () => {
      expect(await agreeing(release, `${header.replace(' (guard)', '')} Kessun contract (CHF 1.6bn, 5y) covers a quarter of bean needs.`)).toContain('agreement');
    });
  }

  it('a header ticker a firm of the corpus answers to still names it (guard)', async () => {
    const report = await analyze([
      { id: 'a', text: release },
      { id: 'b', text: 'WRFD (Neutral, TP CHF 96): Kessun contract (CHF 1.6bn, 5y) covers a quarter of bean needs.' },
    ]);
    const note = report.claims.find((c) => c.sourceId === 'b' && c.amount);
    expect([note?.actor?.canonical, note?.counterparty?.canonical].sort()).toEqual(['Kessun Agri', 'Wrenfold Foods']);
  });
});

describe('a longer cash runway is no extension of the deal', () => {
  // (src/compare/events.ts `EXTENSION`: "extends cash runway", and "by" before no span of time, extend no deal.)
  const release = 'Brisco Bio will receive $85 million upfront from Harlow Pharma under a licence for its kidney drug BR-417.';
  it('notes saying the upfront lengthens the cash runway agree with the release', async () => {
    const report = await analyze([
      { id: 'a', text: release },
      { id: 'b', text: 'BRSC (Outperform, PT $38): the Harlow licence for BR-417, $85M up front, extends its cash runway into 2029, by our count.' },
      { id: 'c', text: 'BRSC (Outperform, PT $38): the Harlow deal for BR-417, $85M up front and as much as $1.1B in all, backs the asset and extends its cash runway into 2029, by our count.' },
    ]);
    const kinds = (x: string) => report.findings.filter((f) => f.sources.includes('a') && f.sources.includes(x)).map((f) => f.kind);
    expect([kinds('b'), kinds('c')]).toEqual([['agreement'], ['agreement']]);
  });

  it('a licence extended by two years is still a later deal (guard)', async () => {
    expect(await agreeing(release, 'Brisco Bio extended its licence with Harlow Pharma for BR-417 by two years.')).not.toContain('agreement');
  });
});

describe('a past participle that opens a clause after a quotation is no name', () => {
  // (src/extract/mentions.ts: "Asked about the number, she said ..." after a closing quotation mark.)
  it('"Asked about" names no side of the deal', () => {
    const claims = extractClaims('"We picked Tarnveld for its nephrology team." Asked about the price tag, she said the Tarnveld agreement was worth $1.1 billion.');
    expect(claims.flatMap((c) => [c.actor?.canonical, c.counterparty?.canonical])).not.toContain('Asked');
  });
});

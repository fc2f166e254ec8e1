import { describe, expect, it } from 'vitest';
import { analyze, extractClaims } from '../src/index.js';

// Two names hyphened at the head of a headline or a digest's item ("Tarvo-Siskin: three tankers, $240m") are the
// item's two sides, as a slash between them already was (`pairHeader` in src/extract/mentions.ts). Invented names.

const partiesOf = (text: string): string[][] =>
  extractClaims(text).map((c) => [c.actor?.canonical ?? '', c.counterparty?.canonical ?? ''].sort());

const SHAPES = [
  { first: 'Tarvo', second: 'Siskin', pair: ['Siskin', 'Tarvo'] },
  { first: 'Tarvo Lines', second: 'Siskin Energy', pair: ['Siskin Energy', 'Tarvo Lines'] },
  { first: 'Quellby', second: 'Norvex', pair: ['Norvex', 'Quellby'] },
  { first: 'Velquor', second: 'BRSC', pair: ['BRSC', 'Velquor'] },
] as const;

/** Known gap: an acronym as the second half before a colon ("Velquor-BRSC:") is read as a label, not a name. */
const KNOWN_GAPS = new Set(['headline with a colon, Velquor', 'item after a dashed label, Velquor', 'item after a colon, Velquor']);

const LAYOUTS = [
  { name: 'headline with a colon', text: (a: string, b: string) => `${a}-${b}: four MR tankers, 6 yrs, $310m` },
  { name: 'headline with a comma and a figure', text: (a: string, b: string) => `${a}-${b}, 4 MR tankers, $310m over six years` },
  { name: 'item after a dashed label', text: (a: string, b: string) => `Charter desk - ${a}-${b}: four MR tankers, 6 yrs, $310m` },
  { name: 'item after a colon', text: (a: string, b: string) => `Tanker fixtures: ${a}-${b}: four MR tankers for 6 yrs, $310m` },
] as const;

describe('a hyphened pair heading an item names both sides', () => {
  for (const shape of SHAPES) {
    for (const layout of LAYOUTS) {
      (KNOWN_GAPS.has(`${layout.name}, ${shape.first}`) ? it.fails : it)(`${layout.name}, ${shape.first}`, () => {
        expect(partiesOf(layout.text(shape.first, shape.second))).toContainEqual([...shape.pair]);
      });
    }
  }
});

describe('a hyphened name that stays one firm', () => {
  it('a label whose clause names the deal of another firm (guard)', () => {
    const names = extractClaims('Harwick-Velquor: the Norvex order (30 trams, GBP 410m) keeps the plant busy until 2031.')
      .flatMap((c) => [c.actor?.canonical, c.counterparty?.canonical]);
    expect(names).not.toContain('Harwick');
    expect(names).not.toContain('Velquor');
  });

  it('a name set off by a comma and an appositive (guard)', () => {
    const names = extractClaims('Harwick-Velquor, the lessor, said it would buy two ships from Norvex.').flatMap((c) => [c.actor?.canonical, c.counterparty?.canonical]);
    expect(names).not.toContain('Velquor');
  });

  it('a hyphened name inside a sentence, not at the head of an item (guard)', () => {
    expect(partiesOf('Ostby said Harwick-Velquor: a buyer of two ships.').flat()).not.toContain('Velquor');
  });
});

describe('a pair header meets the other sources of its deal', () => {
  const wire = 'BERGEN, May 9 (Wire) - Tarvo Lines has hired out four MR tankers to Siskin Energy on six-year charters worth $310 million.';

  it('agrees with the wire that tells the same terms', async () => {
    const report = await analyze([{ id: 'wire', text: wire }, { id: 'head', text: 'Tarvo-Siskin: four MR tankers, 6 yrs, $310m' }]);
    expect(report.findings.some((f) => f.kind === 'agreement' && f.sources.includes('head'))).toBe(true);
    expect(report.findings.some((f) => f.kind === 'contradiction')).toBe(false);
  });

  it('contradicts the wire on the term it states otherwise', async () => {
    const report = await analyze([{ id: 'wire', text: wire }, { id: 'head', text: 'Tarvo-Siskin: four MR tankers, 5 yrs, $310m' }]);
    const conflicts = report.findings.filter((f) => f.kind === 'contradiction' && f.sources.includes('head'));
    expect(conflicts.map((f) => f.explanation).join(' ')).toMatch(/5 years/);
  });
});

describe("a digest's verbless item names its pair and keeps its own figures", () => {
  const JOINS = ['/', '-'] as const;
  for (const join of JOINS) {
    it(`joined by "${join}"`, () => {
      const claims = extractClaims(`Deal sheet - Tarvo${join}Siskin: €260m EV; Brisco buys 15% of Harlow Labs; Ostby's disposal of a paint unit to Quellby is delayed.`);
      const pair = claims.find((c) => [c.actor?.canonical, c.counterparty?.canonical].sort().join('|') === 'Siskin|Tarvo');
      expect(pair?.amount?.value).toBe(260e6);
      const stake = claims.find((c) => [c.actor?.canonical, c.counterparty?.canonical].sort().join('|') === 'Brisco|Harlow');
      expect(stake?.amount ?? null).toBeNull();
    });
  }

  it('an item with a verb of its own is read by its verb (guard)', () => {
    const claims = extractClaims('Deal sheet - Tarvo/Siskin: talks stall over price; Brisco buys 15% of Harlow Labs for $90m.');
    expect(claims.some((c) => c.action?.rule === 'digest-pair')).toBe(false);
  });
});

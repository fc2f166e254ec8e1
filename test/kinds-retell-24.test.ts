import { describe, expect, it } from 'vitest';
import { analyze } from '../src/index.js';

/**
 * `kinds-retell-figures`: one writer tells a stake, a loan or a grant where another tells a sale or a payment. The
 * two events of the pair are one when claims of both, from two sources, state a figure the same.
 */
function findingsOf(...texts: string[]) {
  const report = analyze(texts.map((text, i) => ({ id: `s${i + 1}`, text })));
  return { report, kinds: report.findings.map((f) => f.kind) };
}

describe('a stake or grant and a sale or payment of one pair that state a figure alike are one deal', () => {
  it.each([
    // (A payment "for 20% of the company" is itself read as a stake now; a payment under an agreement is not.)
    ['stake / pays under an agreement', 'Kellsmoor Capital took a 20% stake in Harlow Bio for $380 million.', 'Kellsmoor Capital will pay Harlow Bio $380 million under the agreement.'],
    ['stake sold / interest sold', 'Brisco Minerals sold a 35% stake in its zinc mine to Wren Metals for $310 million.', 'Brisco Minerals is selling its zinc mine interest to Wren Metals for $310 million.'],
    ['grant / receives', 'The Transport Ministry granted Diskmoor Ferries $85 million for two electric ferries.', 'Diskmoor Ferries will receive $85 million from the Transport Ministry.'],
  ])('%s', (_name, a, b) => {
    const { report, kinds } = findingsOf(a, b);
    expect(kinds).toEqual(['agreement']);
    expect(report.events.flatMap((e) => e.joins.map((j) => j.rule))).toContain('kinds-retell-figures');
  });

  it('compares their other figures: a stake of 20% against one of 25% for the same price conflicts', () => {
    const { report, kinds } = findingsOf('Kellsmoor Capital took a 20% stake in Harlow Bio for $380 million.', 'Kellsmoor Capital will pay Harlow Bio $380 million for 25% of the company.');
    expect(kinds).toEqual(['contradiction']);
    expect(report.findings[0]!.field).toBe('quantity');
  });
});

describe('a stake and a sale of one pair that share no figure stay two deals (guard)', () => {
  it('an investment and a supply of other sizes', () => {
    const { report, kinds } = findingsOf('Kellsmoor Capital invested $200 million in Harlow Bio.', 'Harlow Bio will supply Kellsmoor Capital with lab robots worth $40 million.');
    expect(kinds).toEqual([]);
    expect(report.events).toHaveLength(2);
  });

  it('a funding with no figure beside the purchase it pays for', () => {
    const { report } = findingsOf('Tamberlane Foods sold its bakery arm to Velquor for $640 million.', 'Velquor is funding its $640 million purchase of the Tamberlane Foods bakery arm with a bond.');
    expect(report.events.map((e) => e.type).sort()).toEqual(['commercial', 'invest']);
  });
});

describe('a claim naming one side joins, of its side\'s events, the one that states its figure', () => {
  const stake = 'Tarvo Capital invested £40 million in Harlow Robotics for a 15% stake.';
  const supply = "Harlow Robotics will supply Tarvo Capital's warehouses with robots under a £12 million contract.";

  it('"lands £40m" joins the £40m stake, not the £12m supply deal', () => {
    const { report, kinds } = findingsOf(stake, supply, 'Harlow Robotics lands £40m from a new backer.');
    expect(kinds).toEqual(['agreement']);
    const event = report.events.find((e) => e.claims.includes('s3#1'));
    expect(event?.claims).toContain('s1#1');
  });

  it('a figure neither event states joins neither (guard)', () => {
    const { report } = findingsOf(stake, supply, 'Harlow Robotics lands £25m from a new backer.');
    expect(report.events.some((e) => e.claims.includes('s3#1'))).toBe(false);
  });
});

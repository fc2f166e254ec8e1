import { describe, expect, it } from 'vitest';
import { analyze, extractClaims, extractQuantities } from '../src/index.js';

// A deal sentence that names no side takes the two firms of the nearest sentence before it that names any, when the
// paragraph names more than two and that sentence made no deal of its own (`precedingPair` in
// src/extract/completion.ts). Invented names.

const sidesOf = (text: string) => {
  const claim = extractClaims(text).find((c) => c.amount !== null);
  return [claim?.actor?.canonical, claim?.counterparty?.canonical].sort();
};

describe('figures after a sentence that names the pair', () => {
  it('a host names the pair, the guest gives the figures and names a third firm', () => {
    const text = 'HOST: So Wrenfold went big at Ostby this week. GUEST (Mara Quell, analyst at Kessun Research): Thirty jets, and I doubt they paid half of the $3.6 billion list price. They never even talked to Brisco.';
    expect(sidesOf(text)).toEqual(['Ostby', 'Wrenfold']);
  });

  it('a headline names the pair and a later line gives the price, with a rival named after it', () => {
    const text = "Tarnveld finally gets its hands on Norvex's towers. The two sides signed on Friday night. Price: NOK 7.2bn for 2,900 sites, plus a 12-year lease. Brisco Capital had bid too.";
    expect(sidesOf(text)).toEqual(['Norvex', 'Tarnveld']);
  });

  it('a sentence whose own deal names both sides keeps the figures after it to that deal (guard)', () => {
    const text = 'Kellsmoor agreed to buy 49% of the Quellby terminal from Brisco Ports for $385 million. The deal values the terminal at about $790 million, Harwick Bank said.';
    const claims = extractClaims(text);
    expect(claims.some((c) => c.amount?.value === 790e6 && c.actor !== null && c.counterparty !== null)).toBe(false);
  });

  it('a sentence before that names three firms gives no pair (guard)', () => {
    const text = 'HOST: Wrenfold, Ostby and Tarnveld all talked this week. GUEST (Mara Quell, analyst at Kessun Research): Thirty jets, and I doubt they paid half of the $3.6 billion list price. Brisco too.';
    const claim = extractClaims(text).find((c) => c.amount !== null);
    expect(claim?.action?.rule ?? '').not.toContain('preceding-pair');
    expect([claim?.actor?.rule, claim?.counterparty?.rule]).not.toContain('preceding-pair');
  });
});

describe('what a firm does with its own money is no deal', () => {
  it('"use that cash" makes no claim, and net debt in a relative clause is the firm\'s own figure', async () => {
    const report = await analyze([
      { id: 'a', text: 'Norvex agreed to sell 2,900 towers to Tarnveld for NOK 7.2 billion. Norvex is to use that cash on its bonds and trim net debt, which was NOK 21 billion at the half-year.' },
      { id: 'b', text: 'Tarnveld is paying NOK 7.2bn for the 2,900 Norvex towers.' },
    ]);
    expect(report.findings.filter((f) => f.kind === 'contradiction')).toEqual([]);
  });

  it('net debt a relative clause gives is a firm metric', () => {
    const amount = extractQuantities('Norvex will trim net debt, which was NOK 21bn at the half-year.').amounts[0];
    expect(amount?.incidental).toBe('firm-metric');
  });

  it("using another firm's data centers is still a deal (guard)", () => {
    expect(extractClaims("Wrenfold will use Ostby's data centers for five years.")[0]?.action?.lemma).toBe('use');
  });
});

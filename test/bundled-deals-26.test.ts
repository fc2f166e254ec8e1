import { describe, expect, it } from 'vitest';
import { extractClaims } from '../src/index.js';

const read = (text: string) => extractClaims(text).map((c) => `${[c.actor?.canonical, c.counterparty?.canonical].sort().join(' / ')} ${c.amount?.value ?? '-'} ${c.negated ? 'denied' : 'asserted'}`);

describe('a negation whose own clause ends before the deal word', () => {
  it.each([
    ['Tarvo Dairy will pay 96 million euros for the 49% of Osprey Cheese it does not already own, buying out the founders.', 'Osprey Cheese / Tarvo Dairy 96000000 asserted'],
  ])('%s', (text, expected) => {
    expect(read(text)).toContain(expected);
  });

  it('"the 30% of Harlow Mills that it does not own, taking full control" (guard)', () => {
    expect(read('Brisco will buy the 30% of Harlow Mills that it does not own, taking full control, for $50 million.')).toContain('Brisco / Harlow Mills 50000000 asserted');
  });

  it.each([
    ['Tarvo has not signed, and is not negotiating, any supply deal with Osprey.'],
    ['Tarvo did not, as expected, buy Osprey.'],
    ['Tarvo has not renewed its contract with Osprey, ending the deal.'],
  ])('still denies: %s (guard)', (text) => {
    expect(extractClaims(text).some((c) => c.negated)).toBe(true);
  });
});

describe('a deal word whose other side is a crowd takes no other name, and keeps its own figure', () => {
  it('"will raise A$250 million from investors to help pay A$410 million for a stake in Tarvo\'s project"', () => {
    const text = "Osprey Metals will raise A$250 million from investors to help pay for a A$410 million stake in Tarvo Resources' Kestle lithium project.";
    const claims = extractClaims(text);
    expect(claims.map((c) => c.counterparty?.canonical)).not.toContain('Kestle');
    expect(read(text)).toContain('Osprey Metals / Tarvo Resources 410000000 asserted');
  });

  it('a crowd a name leads is that name (guard)', () => {
    expect(read('Tarvo signed a $300 million loan with banks led by Osprey Bank.').some((r) => r.startsWith('Osprey Bank / Tarvo'))).toBe(true);
  });

  it('"with funds managed by" names the manager (guard)', () => {
    expect(read('Tarvo Telecom has agreed with funds managed by Osprey Partners to sell a 49% stake in its fibre unit for £1.3 billion.').some((r) => r.startsWith('Osprey Partners / Tarvo Telecom'))).toBe(true);
  });
});

describe('an upfront and the whole in one sentence are two figures of one deal', () => {
  it('"in a deal worth up to ¥42 billion including a ¥5 billion upfront payment" gives both', () => {
    const claims = extractClaims('Tarvo Pharma has licensed its kidney drug to Osprey Pharma for Japan, in a deal worth up to ¥42 billion including a ¥5 billion upfront payment.');
    expect(claims.map((c) => c.amount?.value).filter(Boolean).sort()).toEqual([42e9, 5e9].sort());
  });

  it('against another source\'s whole, the whole agrees (guard)', async () => {
    const { analyze } = await import('../src/index.js');
    const report = analyze([
      { id: 'release', text: 'Tarvo Pharma has licensed its kidney drug to Osprey Pharma for Japan, in a deal worth up to ¥42 billion including a ¥5 billion upfront payment.' },
      { id: 'wire', text: 'Osprey Pharma will pay up to 42 billion yen for the Japanese rights to a Tarvo Pharma kidney drug.' },
    ]);
    expect(report.findings.filter((f) => f.kind === 'contradiction')).toEqual([]);
    expect(report.findings.some((f) => f.kind === 'agreement')).toBe(true);
  });

  it('a later sentence\'s upfront does not stand for the whole', () => {
    const claims = extractClaims('Brisco has in-licensed rights to a Harlow Therapeutics drug. The Basel group pays $45mn upfront, and total deal value reaches up to $640mn including milestones.');
    expect(claims[0]?.amount?.value).toBe(640e6);
  });
});

describe('words of a trading update', () => {
  it('"integrated facilities contract" is no loan facility', () => {
    const claims = extractClaims('Wins included a five-year, £38m integrated facilities contract with Brackwater County Council covering 140 sites.');
    expect(claims.map((c) => c.action?.lemma)).not.toContain('facility');
  });

  it('"Exclusive order for Tarvo" opens with an English word, no firm\'s name', () => {
    const claims = extractClaims('Exclusive order for Tarvo Motors: the unit will supply 480 motors to Osprey Rail for €520m.');
    expect(claims.flatMap((c) => [c.actor?.canonical, c.counterparty?.canonical])).not.toContain('Exclusive');
  });
});

describe('a sum of milestones is neither the upfront nor the whole', () => {
  it('"$80 million upfront and as much as $1.22 billion in development and sales milestones" agrees with "up to $1.3 billion, including $80 million upfront" (guard)', async () => {
    const { analyze } = await import('../src/index.js');
    const report = analyze([
      { id: 'release', text: 'Tarvo Therapeutics has licensed regional rights to its lung drug to Osprey Pharma in a deal worth up to $1.3 billion, including $80 million upfront.' },
      { id: 'wire', text: 'Osprey Pharma will pay Tarvo Therapeutics $80 million upfront and as much as $1.22 billion in development and sales milestones for the regional rights.' },
    ]);
    expect(report.findings.filter((f) => f.kind === 'contradiction')).toEqual([]);
  });
});

describe('a thing or a right that goes to a firm', () => {
  it.each([
    ["Tarvo Pictures' film library is going to Siskin Stream for five years.", 'Siskin Stream / Tarvo Pictures'],
  ])('%s', (text, pair) => {
    const pairs = extractClaims(text).map((c) => [c.actor?.canonical, c.counterparty?.canonical].sort().join(' / '));
    expect(pairs).toContain(pair);
  });

  it('"the snooker rights, which went to Harlow Media" (guard)', () => {
    const pairs = extractClaims('Brisco Sport lost the snooker rights, which went to Harlow Media.').map((c) => [c.actor?.canonical, c.counterparty?.canonical].sort().join(' / '));
    expect(pairs).toContain('Brisco Sport / Harlow Media');
  });

  it('"is going to buy" stays the buying (guard)', () => {
    expect(extractClaims('Tarvo is going to buy Siskin for $40 million.').map((c) => c.action?.lemma)).toEqual(['buy']);
  });
});

describe('a firm set aside after ", not" is denied the deal', () => {
  it('"is going to Siskin Aggregates, not Tarvo," denies the deal with Tarvo and conflicts with a report of it', async () => {
    const { analyze } = await import('../src/index.js');
    const report = analyze([
      { id: 'scoop', text: 'Scoop: Brenwick Zement is going to Siskin Aggregates, not Tarvo, for €540m, say two bankers.' },
      { id: 'wire', text: 'Tarvo Cement has agreed to buy Brenwick Zement for €540m.' },
    ]);
    expect(report.findings.some((f) => f.kind === 'contradiction' && f.field === 'polarity')).toBe(true);
    expect(report.claims.filter((c) => c.sourceId === 'scoop' && !c.negated).map((c) => c.counterparty?.canonical)).toEqual(['Siskin Aggregates']);
  });

  it('"Polden Fabrics, not incumbent Kelwick, has won" asserts Polden\'s deal', () => {
    const claims = extractClaims("Polden Fabrics, not incumbent Kelwick, has won Armitage's new fabric contract.");
    expect(claims.filter((c) => !c.negated).flatMap((c) => [c.actor?.canonical, c.counterparty?.canonical])).toContain('Polden Fabrics');
    expect(claims.filter((c) => c.negated).flatMap((c) => [c.actor?.canonical, c.counterparty?.canonical])).toContain('Kelwick');
  });
});

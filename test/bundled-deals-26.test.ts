import { describe, expect, it } from 'vitest';
import { extractClaims } from '../src/index.js';

const read = (text: string) => extractClaims(text).map((c) => `${[c.actor?.canonical, c.counterparty?.canonical].sort().join(' / ')} ${c.amount?.value ?? '-'} ${c.negated ? 'denied' : 'asserted'}`);

describe('a negation whose own clause ends before the deal word', () => {
  it.each([
    ['Tarvo Foods is paying 71 million euros for the 38% of Osprey Bakeries that it doesn\'t own, buying out the founders.', 'Osprey Bakeries / Tarvo Foods 71000000 asserted'],
  ])('%s', (text, expected) => {
    expect(read(text)).toContain(expected);
  });

  it('"the 30% of Harlow Mills that it does not own, taking full control" (guard)', () => {
    expect(read('Brisco will buy the 30% of Harlow Mills that it does not own, taking full control, for $50 million.')).toContain('Brisco / Harlow Mills 50000000 asserted');
  });

  it.each([
    ['Tarvo has not agreed, and is not discussing, any supply deal with Osprey.'],
    ['Tarvo did not, as expected, buy Osprey.'],
    ['Tarvo has not renewed its contract with Osprey, ending the deal.'],
  ])('still denies: %s (guard)', (text) => {
    expect(extractClaims(text).some((c) => c.negated)).toBe(true);
  });
});

describe('a deal word whose other side is a crowd takes no other name, and keeps its own figure', () => {
  it('"plans to raise C$180 million from investors to fund most of a C$260 million stake in Tarvo\'s mine"', () => {
    const text = "Osprey Metals plans to raise C$180 million from investors to fund most of a C$260 million stake in Tarvo Resources' Kestle nickel mine.";
    const claims = extractClaims(text);
    expect(claims.map((c) => c.counterparty?.canonical)).not.toContain('Kestle');
    expect(read(text)).toContain('Osprey Metals / Tarvo Resources 260000000 asserted');
  });

  it('a crowd a name leads is that name (guard)', () => {
    expect(read('Tarvo signed a $300 million loan with banks led by Osprey Bank.').some((r) => r.startsWith('Osprey Bank / Tarvo'))).toBe(true);
  });

  it('"with funds managed by" names the manager (guard)', () => {
    expect(read('Tarvo Power has agreed with funds managed by Osprey Partners to sell 45% of its grid unit for £900 million.').some((r) => r.startsWith('Osprey Partners / Tarvo Power'))).toBe(true);
  });
});

describe('an upfront and the whole in one sentence are two figures of one deal', () => {
  it('"in a licence valued at up to ₩900 billion, with a ₩70 billion upfront payment" gives both', () => {
    const claims = extractClaims('Tarvo Pharma granted Osprey Pharma the Korean rights to its liver drug in a licence valued at up to ₩900 billion, with a ₩70 billion upfront payment.');
    expect(claims.map((c) => c.amount?.value).filter(Boolean).sort()).toEqual([900e9, 70e9].sort());
  });

  it('against another source\'s whole, the whole agrees (guard)', async () => {
    const { analyze } = await import('../src/index.js');
    const report = analyze([
      { id: 'release', text: 'Tarvo Pharma granted Osprey Pharma the Korean rights to its liver drug in a licence valued at up to ₩900 billion, with a ₩70 billion upfront payment.' },
      { id: 'wire', text: 'Osprey Pharma is to pay as much as 900 billion won for Korean rights to a liver drug of Tarvo Pharma.' },
    ]);
    expect(report.findings.filter((f) => f.kind === 'contradiction')).toEqual([]);
    expect(report.findings.some((f) => f.kind === 'agreement')).toBe(true);
  });

  it('a later sentence\'s upfront does not stand for the whole (guard)', () => {
    const claims = extractClaims('Brisco has taken rights to a Harlow Therapeutics compound. The Lyon company pays $30mn upfront, and the total value of the deal comes to as much as $410mn with milestones.');
    expect(claims[0]?.amount?.value).toBe(410e6);
  });
});

describe('words of a trading update', () => {
  it('"integrated facilities contract" is no loan facility', () => {
    const claims = extractClaims('New work included a three-year, £21m facilities contract with Wrenfold Borough Council for its libraries.');
    expect(claims.map((c) => c.action?.lemma)).not.toContain('facility');
  });

  it('"Exclusive order for Tarvo" opens with an English word, no firm\'s name', () => {
    const claims = extractClaims('Exclusive order for Tarvo Motors: the unit will supply 300 motors to Osprey Rail for €340m.');
    expect(claims.flatMap((c) => [c.actor?.canonical, c.counterparty?.canonical])).not.toContain('Exclusive');
  });
});

describe('a sum of milestones is neither the upfront nor the whole', () => {
  it('"$55 million upfront and up to $845 million in regulatory and sales milestones" agrees with "up to $900 million, including $55 million upfront" (guard)', async () => {
    const { analyze } = await import('../src/index.js');
    const report = analyze([
      { id: 'release', text: 'Tarvo Therapeutics has licensed regional rights to its eye drug to Osprey Pharma in a deal valued at up to $900 million, including $55 million upfront.' },
      { id: 'wire', text: 'Osprey Pharma will pay Tarvo Therapeutics $55 million upfront and up to $845 million in regulatory and sales milestones for the regional rights.' },
    ]);
    expect(report.findings.filter((f) => f.kind === 'contradiction')).toEqual([]);
  });
});

describe('a thing or a right that goes to a firm', () => {
  it.each([
    ["Tarvo Studios' back catalogue is going to Siskin Media, the two said.", 'Siskin Media / Tarvo Studios'],
  ])('%s', (text, pair) => {
    const pairs = extractClaims(text).map((c) => [c.actor?.canonical, c.counterparty?.canonical].sort().join(' / '));
    expect(pairs).toContain(pair);
  });

  it('"the cycling rights, which went to Harlow Media" (guard)', () => {
    const pairs = extractClaims('Brisco Sport lost the cycling rights, which went to Harlow Media.').map((c) => [c.actor?.canonical, c.counterparty?.canonical].sort().join(' / '));
    expect(pairs).toContain('Brisco Sport / Harlow Media');
  });

  it('"is going to buy" stays the buying (guard)', () => {
    expect(extractClaims('Tarvo is going to buy Siskin for $40 million.').map((c) => c.action?.lemma)).toEqual(['buy']);
  });
});

describe('a firm set aside after ", not" is denied the deal', () => {
  it('"is going to Siskin Foods, not Tarvo," denies the deal with Tarvo and conflicts with a report of it', async () => {
    const { analyze } = await import('../src/index.js');
    const report = analyze([
      { id: 'scoop', text: 'Scoop: Harlow Mills is going to Siskin Foods, not Tarvo, for £310m, say two bankers.' },
      { id: 'wire', text: 'Tarvo Milling has agreed to buy Harlow Mills for £310m.' },
    ]);
    expect(report.findings.some((f) => f.kind === 'contradiction' && f.field === 'polarity')).toBe(true);
    expect(report.claims.filter((c) => c.sourceId === 'scoop' && !c.negated).map((c) => c.counterparty?.canonical)).toEqual(['Siskin Foods']);
  });

  it('"Polden Fabrics, not incumbent Kelwick, has won" asserts Polden\'s deal', () => {
    const claims = extractClaims("Polden Fabrics, not incumbent Kelwick, has won Armitage's new fabric contract.");
    expect(claims.filter((c) => !c.negated).flatMap((c) => [c.actor?.canonical, c.counterparty?.canonical])).toContain('Polden Fabrics');
    expect(claims.filter((c) => c.negated).flatMap((c) => [c.actor?.canonical, c.counterparty?.canonical])).toContain('Kelwick');
  });
});

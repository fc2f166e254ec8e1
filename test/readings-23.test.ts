import { describe, expect, it } from 'vitest';
import { analyze, extractClaims } from '../src/index.js';

/** The two sides of the first claim with an action, in the order read. */
const sides = (text: string): [string | undefined, string | undefined] => {
  const claim = extractClaims(text).find((c) => c.action);
  return [claim?.actor?.canonical, claim?.counterparty?.canonical];
};
/** The two sides of the claim that holds an amount, sorted. */
const pricedSides = (text: string): string[] => {
  const claim = extractClaims(text).find((c) => c.amount);
  return [claim?.actor?.canonical ?? '-', claim?.counterparty?.canonical ?? '-'].sort();
};

describe('a note names the firm it rates before a dash or a colon, even when it names it nowhere else', () => {
  it.each([
    ['Brindle: Overweight, PT €142. The Tarvo order for 14 units is worth €310m.', 'Brindle'],
    ['Brindle — Hold, TP 412p. The Tarvo order for 14 units is worth €310m.', 'Brindle'],
  ])('%s', (text, rated) => {
    expect(pricedSides(text)).toEqual([rated, 'Tarvo'].sort());
  });
  it('(guard) a rated name of two words was read before', () => {
    expect(pricedSides('Brindle Rail - Buy, TP SEK 96. The Tarvo order for 14 units is worth €310m.')).toEqual(['Brindle Rail', 'Tarvo']);
  });
  it('(guard) a speaker\'s label is no rated firm', () => {
    expect(pricedSides('HOST: Buy, PT 4. The Tarvo order for 14 units is worth €310m.')).not.toContain('HOST');
  });
  it('(guard) a ticker label is read as the ticker, not as a name', () => {
    expect(pricedSides('DNMR LN - Buy, TP 480p. The Tarvo order for 14 units is worth €310m.')).toEqual(['DNMR', 'Tarvo'].sort());
  });
});

describe('a headline joins its two sides with a bare comma', () => {
  const grid = ['sign', 'ink', 'agree', 'seal'].flatMap((verb) => [
    [`Tarvo, Osprey Foods ${verb} $2bn supply pact`, 'Tarvo', 'Osprey Foods'],
    [`Harlow, Lantern Alloys ${verb} $900m power pact`, 'Harlow', 'Lantern Alloys'],
  ]);
  it.each(grid)('%s', (text, first, second) => {
    expect(sides(text)).toEqual([first, second]);
  });
  it('(guard) a first side of two words was read before', () => {
    expect(sides('Tarvo Group, Osprey sign $2bn supply pact')).toEqual(['Tarvo Group', 'Osprey']);
  });
  it('(guard) an opening word the lexicon knows is no side', () => {
    expect(sides('Meanwhile, Osprey signed a $2bn pact with Tarvo.')).toEqual(['Osprey', 'Tarvo']);
  });
});

describe('an adverb of time between a subject and its verb leaves the subject the actor', () => {
  it.each(['now', 'today', 'still'])('Tarvo %s expects to pay $3m for Osprey.', (adverb) => {
    expect(sides(`Tarvo ${adverb} expects to pay $3m for Osprey.`)).toEqual(['Tarvo', 'Osprey']);
  });
  it('Tarvo now plans to buy Osprey for $3m.', () => {
    expect(sides('Tarvo now plans to buy Osprey for $3m.')).toEqual(['Tarvo', 'Osprey']);
  });
});

describe('a word a preposition governs is a noun, not a deal verb', () => {
  it('from funds managed by a firm', () => {
    const claims = extractClaims('Dunmere REIT announces the acquisition of six depots from funds managed by Osprey Capital for EUR 95 million.');
    expect(claims.map((c) => c.action?.lemma)).not.toContain('fund');
    expect(claims.find((c) => c.amount)?.action?.lemma).toBe('acquisition');
  });
});

describe('money one side invests in its own new assets is no price of the deal', () => {
  it('an investment beside a priced supply deal', () => {
    const claims = extractClaims('Harlow Dairies will supply Dunmere Stores for four years under a €300 million contract. The deal will see Harlow invest €20 million in a new packing hall.');
    expect(claims.map((c) => c.amount?.value)).not.toContain(20_000_000);
    expect(claims.map((c) => c.amount?.value)).toContain(300_000_000);
  });
  it('(guard) what a concession commits its operator to invest stays its figure', () => {
    const claims = extractClaims('Harlow Ports won a 25-year concession for the Tarvo bulk terminal. The operator will invest $640 million in new berths.');
    expect(claims.map((c) => c.amount?.value)).toContain(640_000_000);
  });
  it('(guard) money invested in a new venture with the other side stays', () => {
    const claims = extractClaims('Tarvo will invest $300m in a new joint venture with Osprey.');
    expect(claims.map((c) => c.amount?.value)).toContain(300_000_000);
  });
});

describe("a property portfolio's average lease term is no deal's term", () => {
  it('(guard) a lease term the deal states stays', () => {
    const claims = extractClaims('Tarvo signed a lease with Osprey; the lease term is 12 years.');
    expect(claims.map((c) => c.duration?.months)).toContain(144);
  });
});

describe('a name with its first word dropped is the same firm', () => {
  it('"Basketball League" and "Wren Basketball League" are one side', () => {
    const report = analyze([
      { id: 'a', text: 'Tarvo Media is paying the Wren Basketball League ¥6bn a year over six years for streaming rights.' },
      { id: 'b', text: "So Tarvo's got the Basketball League for six seasons, thirty-six billion yen." },
      { id: 'c', text: 'Tarvo Media won the Wren Basketball League rights for ¥36 billion over six years, the league said.' },
      { id: 'd', text: 'Tarvo Media has denied that it signed a rights deal with the Wren Basketball League.' },
    ]);
    const named = (id: string) => new Set(report.claims.filter((c) => c.sourceId === id).flatMap((c) => [c.actor?.canonical, c.counterparty?.canonical]));
    expect(named('b').has('Wren Basketball League')).toBe(true);
    expect(named('b').has('Basketball League')).toBe(false);
  });
  it('(guard) a name is no alias of a longer run that adds several words before it', () => {
    const report = analyze([
      { id: 'a', text: 'Velquor Biosciences Grants Ostravel Pharma Rights to VQ-40' },
      { id: 'b', text: 'Ostravel Pharma will pay Velquor $12 million upfront for the rights.' },
    ]);
    const b = report.claims.find((c) => c.sourceId === 'b' && c.amount);
    expect(b?.actor?.canonical).toBe('Ostravel Pharma');
  });
});

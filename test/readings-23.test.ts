import { describe, expect, it } from 'vitest';
import { analyze, extractClaims, extractQuantities } from '../src/index.js';
import { SHARE_FRACTIONS } from '../src/quantities/share-fractions.js';

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
    expect(pricedSides('DSKM LN - Buy, TP 480p. The Tarvo order for 14 units is worth €310m.')).toEqual(['DSKM', 'Tarvo'].sort());
  });
});

describe('a headline joins its two sides with a bare comma', () => {
  const grid = ['sign', 'ink', 'agree', 'seal'].flatMap((verb) => [
    [`Tarvo, Siskin Foods ${verb} $2bn supply pact`, 'Tarvo', 'Siskin Foods'],
    [`Harlow, Lantern Metals ${verb} $900m smelter supply pact`, 'Harlow', 'Lantern Metals'],
  ]);
  it.each(grid)('%s', (text, first, second) => {
    expect(sides(text)).toEqual([first, second]);
  });
  it('(guard) a first side of two words was read before', () => {
    expect(sides('Tarvo Group, Siskin sign $2bn supply pact')).toEqual(['Tarvo Group', 'Siskin']);
  });
  it('(guard) an opening word the lexicon knows is no side', () => {
    expect(sides('Meanwhile, Siskin signed a $2bn pact with Tarvo.')).toEqual(['Siskin', 'Tarvo']);
  });
});

describe('an adverb of time between a subject and its verb leaves the subject the actor', () => {
  it.each(['now', 'today', 'still'])('Tarvo %s expects to pay $3m for Siskin.', (adverb) => {
    expect(sides(`Tarvo ${adverb} expects to pay $3m for Siskin.`)).toEqual(['Tarvo', 'Siskin']);
  });
  it('Tarvo now plans to buy Siskin for $3m.', () => {
    expect(sides('Tarvo now plans to buy Siskin for $3m.')).toEqual(['Tarvo', 'Siskin']);
  });
});

describe('a word a preposition governs is a noun, not a deal verb', () => {
  it('from funds managed by a firm', () => {
    const claims = extractClaims('Diskmoor REIT announces the acquisition of six depots from funds managed by Siskin Capital for EUR 95 million.');
    expect(claims.map((c) => c.action?.lemma)).not.toContain('fund');
    expect(claims.find((c) => c.amount)?.action?.lemma).toBe('acquisition');
  });
});

describe('money one side invests in its own new assets is no price of the deal', () => {
  it('an investment beside a priced supply deal', () => {
    const claims = extractClaims('Harlow Dairies will supply Diskmoor Stores for four years under a €300 million contract. The deal will see Harlow invest €20 million in a new packing hall.');
    expect(claims.map((c) => c.amount?.value)).not.toContain(20_000_000);
    expect(claims.map((c) => c.amount?.value)).toContain(300_000_000);
  });
  it('(guard) what a concession commits its operator to invest stays its figure', () => {
    const claims = extractClaims('Harlow Ports won a 25-year concession for the Tarvo bulk terminal. The operator will invest $640 million in new berths.');
    expect(claims.map((c) => c.amount?.value)).toContain(640_000_000);
  });
  it('(guard) money invested in a new venture with the other side stays', () => {
    const claims = extractClaims('Tarvo will invest $300m in a new joint venture with Siskin.');
    expect(claims.map((c) => c.amount?.value)).toContain(300_000_000);
  });
});

describe("a property portfolio's average lease term is no deal's term", () => {
  it('(guard) a lease term the deal states stays', () => {
    const claims = extractClaims('Tarvo signed a lease with Siskin; the lease term is 12 years.');
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

describe('words around the deal that tell no deal of their own', () => {
  it('a verb after a comma and "scheduled to" tells what the goods will do', () => {
    const claims = extractClaims('Tarvo Leasing signed lease agreements with Siskin Air for ten new Wren W90 jets, due to deliver from May 2027.');
    expect(claims.map((c) => c.action?.lemma)).not.toContain('deliver');
    expect(sides('Tarvo Leasing signed lease agreements with Siskin Air for ten new Wren W90 jets, due to deliver from May 2027.')).toEqual(['Tarvo Leasing', 'Siskin Air']);
  });
  it('a name after a count in a preposition\'s phrase titles the goods, not the other side', () => {
    const claims = extractClaims('Tarvo Leasing signed lease agreements with Siskin Air for ten new Wren W90 jets.');
    expect(claims.flatMap((c) => [c.actor?.canonical, c.counterparty?.canonical])).not.toContain('Wren');
  });
  it('(guard) a count before the goods leaves the marked side', () => {
    expect(sides('Tarvo will lease 12 Wren jets to Siskin Air.')).toEqual(['Tarvo', 'Siskin Air']);
  });
  it.each([
    "After the deal, Tarvo's owned and committed fleet numbers 390 jets.",
    'After the deal, the leased and committed fleet numbers 390 jets.',
  ])('a past participle between an owner and a noun describes it: %s', (text) => {
    expect(extractClaims(text).map((c) => c.action?.lemma)).not.toContain('commit');
  });
  it('(guard) a past participle before a noun after a subject is the verb', () => {
    expect(sides('Tarvo leased aircraft to Siskin for $3m.')).toEqual(['Tarvo', 'Siskin']);
  });
  it("a fleet's size is no count of the deal", () => {
    const claims = extractClaims('Tarvo leased twelve jets to Siskin Air. After the deal, its fleet now stands at 390 jets.');
    expect(claims.flatMap((c) => c.quantities.map((q) => q.value))).not.toContain(390);
  });
});

describe('a clause a subordinating word opens has its own subject', () => {
  it.each(['after', 'before', 'since'])('Tarvo rose %s Harlow Bio paid $1.2bn for Brisco Labs.', (word) => {
    expect(sides(`Tarvo shares rose 4% ${word} Harlow Bio paid $1.2bn for Brisco Labs.`)).toEqual(['Harlow Bio', 'Brisco Labs']);
  });
  it('(guard) "after" before a name and no verb is a preposition', () => {
    expect(sides('Siskin was sold to Tarvo after Harlow Capital.')[0]).not.toBe('Harlow Capital');
  });
});

describe('a social post names a firm by its handle', () => {
  it.each([
    ['Diskmoor adds batteries: 80 MW from @SiskinStorage for eight years', 'Siskin Storage'],
    ['Diskmoor signs $40m supply deal with @siskin_storage', 'Siskin Storage'],
    ['Diskmoor Robotics raised a $30M Series A led by @SiskinVC this week', 'Siskin'],
  ])('%s', (text, name) => {
    expect(extractClaims(text).flatMap((c) => [c.actor?.canonical, c.counterparty?.canonical])).toContain(name);
  });
  it('(guard) an at-sign before a time names no one', () => {
    expect(extractClaims('Diskmoor signs $40m supply deal with Siskin, call @ 5pm').flatMap((c) => [c.actor?.canonical, c.counterparty?.canonical])).not.toContain('5pm');
  });
});

describe("what a mine holds in the ground is no deal's quantity", () => {
  it('a resource of millions of tonnes', () => {
    const claims = extractClaims('Tarvo Lithium signed a five-year deal to sell concentrate to Siskin Cells for A$700 million. The Wren pit has a resource of 31 million tonnes and starts production next year.');
    expect(claims.flatMap((c) => c.quantities.map((q) => q.value))).not.toContain(31_000_000);
  });
});

describe("an owner's goods past the words that describe them", () => {
  it.each([
    "Tarvo's new Wren series at Siskin comes to six ships and DKK 2.9bn.",
    "Tarvo has gone back to the shipyards. The Danish owner's ammonia-ready Wren series at Siskin comes to six ships and DKK 2.9bn in all.",
  ])('%s', (text) => {
    const claims = extractClaims(text);
    expect(claims.flatMap((c) => [c.actor?.canonical, c.counterparty?.canonical])).not.toContain('Wren');
    expect(claims.find((c) => c.amount)?.actor?.canonical).toBe('Tarvo');
  });
});

describe('a name after a preposition of place says where, not who', () => {
  it('a meeting in a town is no other side', () => {
    const claims = extractClaims('The Tarvo contract, about €90 million a year to the growers, got a warm reception at a meeting in Kellsmoor.');
    expect(claims.flatMap((c) => [c.actor?.canonical, c.counterparty?.canonical])).not.toContain('Kellsmoor');
  });
  it('(guard) a deal word\'s own preposition still marks its side', () => {
    expect(sides('Tarvo bought a 20% stake in Siskin for $40m.')).toEqual(['Tarvo', 'Siskin']);
  });
});

describe('a note headed by a firm and its ticker is about that firm', () => {
  it('Tarvo Renewables (TRVO) - ...', () => {
    expect(pricedSides('Tarvo Renewables (TRVO) - Lantern build gets its buyer. The 15-year PPA with Siskin covers 180MW and is worth $40m a year.')).toEqual(['Siskin', 'Tarvo Renewables']);
  });
});

describe('a claim of both sides and a figure takes a stance a denial conflicts with', () => {
  it('a deal told without a verb against its collapse', () => {
    const report = analyze([
      { id: 'a', text: '$TRVO and Siskin Foods: ~$1.4B, cash and stock, vote next week' },
      { id: 'b', text: 'Tarvo said on Monday that its talks with Siskin Foods ended with no agreement.' },
    ]);
    expect(report.findings.map((f) => [f.kind, f.field])).toContainEqual(['contradiction', 'polarity']);
  });
  it('(guard) a claim with no deal word in a sentence that speaks of an end asserts nothing', () => {
    const report = analyze([
      { id: 'a', text: 'Tarvo pulls out of Siskin Dairies (£95m, agreed in May) over a pension gap.' },
      { id: 'b', text: 'Tarvo Foods has abandoned its £95 million bid for Siskin Dairies.' },
    ]);
    expect(report.findings.filter((f) => f.kind === 'contradiction')).toEqual([]);
  });
  it('(guard) a bare figure with one side takes none', () => {
    const report = analyze([
      { id: 'a', text: 'Tarvo: ~$1.4B, cash and stock, vote next week.' },
      { id: 'b', text: 'Tarvo said on Monday that its talks with Siskin Foods ended with no agreement.' },
    ]);
    expect(report.findings.filter((f) => f.kind === 'contradiction')).toEqual([]);
  });
});

describe('counts and shares written in words', () => {
  it.each([
    ['Tarvo buys 48 Siskin e-trucks.', 48, 'truck'],
    ['Tarvo buys four dozen Siskin e-trucks', 48, 'truck'],
    ['Tarvo ordered 200 e-scooters for $90m', 200, 'scooter'],
  ])('%s', (text, value, unit) => {
    expect(extractQuantities(text).quantities.map((q) => [q.value, q.unit])).toContainEqual([value, unit]);
  });
  it.each([
    ['Tarvo is picking up a quarter of the Oslo-listed lender for $95m.', 25],
    ['Tarvo is taking just under a quarter of Siskin for €260m.', 25],
    ['Tarvo bought a third of Siskin.', 33.3],
    ['Tarvo will own two-thirds of Siskin.', 66.7],
    ['Tarvo will buy half of the lender.', 50],
  ])('%s', (text, percent) => {
    expect(extractQuantities(text).quantities.filter((q) => q.unit === '%').map((q) => q.value)).toEqual([percent]);
  });
  it.each(['Tarvo will take a third of output for two years.', 'Half of the year has gone.', 'Tarvo sold half of its stake.'])('(guard) %s names no firm\'s share', (text) => {
    expect(extractQuantities(text).quantities.filter((q) => q.unit === '%')).toEqual([]);
  });
  it('a share in words is a stake the claim carries', () => {
    const claim = extractClaims('Diskmoor Capital is buying a quarter of Siskin Bank for $95m.').find((c) => c.amount);
    expect(claim?.quantities.map((q) => [q.value, q.unit])).toContainEqual([25, '%']);
  });
});

describe('each fraction record reads its example', () => {
  it.each(SHARE_FRACTIONS.map((f) => [f.example, Math.round(f.percent * 10) / 10] as const))('%s is %s%%', (example, percent) => {
    expect(extractQuantities(`Tarvo bought ${example}.`).quantities.map((q) => [q.value, q.unit])).toContainEqual([percent, '%']);
  });
});

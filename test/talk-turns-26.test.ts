import { describe, expect, it } from 'vitest';
import { analyze, extractClaims, extractQuantities } from '../src/index.js';

const pairOf = (text: string) => extractClaims(text).map((c) => [c.actor?.canonical ?? null, c.counterparty?.canonical ?? null].sort().join(' / '));

describe('a speaker label before a dash is no dateline', () => {
  // (A label in capitals, then a dash later in the turn, once read as "OSLO - ..." and hid the names between.)
  it.each([
    ['HOST: Tarvo Haulage is buying Siskin Storage — six hundred million, all cash.'],
    ['MAYA: Tarvo Haulage is buying Siskin Storage - a big one for them.'],
    ['GUEST 2: Tarvo Haulage is buying Siskin Storage – call it a bargain.'],
    ['ANCHOR: So Tarvo Haulage is buying Siskin Storage — why now?'],
  ])('%s', (text) => {
    expect(pairOf(text)).toContain('Siskin Storage / Tarvo Haulage');
  });

  it('a dateline in capitals still ends at its dash (guard)', () => {
    expect(pairOf('OSLO - Tarvo Haulage is buying Siskin Storage for $600 million.')).toContain('Siskin Storage / Tarvo Haulage');
    expect(pairOf('OSLO - Tarvo Haulage is buying Siskin Storage for $600 million.').join(' ')).not.toContain('OSLO');
  });
});

describe('a question or answer letter before who speaks, in parentheses', () => {
  it('the answering officer is no party, and the firm the label names is the other side of the deal the question names', () => {
    const claims = extractClaims('Q: What is the term of the Siskin contract? A (Rhona Vell, CFO, Brisco Foods): Six years, at $40 million a year.');
    const parties = claims.flatMap((c) => [c.actor?.canonical, c.counterparty?.canonical]);
    expect(parties).not.toContain('Rhona Vell');
    expect(claims.some((c) => [c.actor?.canonical, c.counterparty?.canonical].sort().join(' / ') === 'Brisco Foods / Siskin' && c.duration?.months === 72)).toBe(true);
  });

  it('an analyst asking in parentheses is no party (guard)', () => {
    const claims = extractClaims('Q (Tam Osei, Harlow Securities): Could you talk about the Siskin contract? A (Rhona Vell, CFO, Brisco Foods): Sure. It runs six years.');
    expect(claims.flatMap((c) => [c.actor?.canonical, c.counterparty?.canonical])).not.toContain('Harlow Securities');
  });

  it('a firm the answer names itself stays the other side (guard)', () => {
    expect(pairOf('Q: Who builds the ferries? A (Rhona Vell, CFO, Brisco Foods): Tarvo Yards builds them for Siskin Lines.')).toContain('Siskin Lines / Tarvo Yards');
  });
});

describe('a denial that names no side denies the deal told before it', () => {
  it.each([
    ['Q: Has the Tarvo nickel supply deal closed? A (Rhona Vell, buying director, Siskin Batteries): No. There\'s no contract yet.'],
    ['Tarvo Minerals said it will supply nickel to Siskin Batteries for five years. No contract has been signed, though.'],
  ])('%s', (text) => {
    expect(extractClaims(text).some((c) => c.negated && [c.actor?.canonical, c.counterparty?.canonical].every(Boolean))).toBe(true);
  });

  it('a denial that names another firm stays its own (guard)', () => {
    const claims = extractClaims('Tarvo Minerals will supply nickel to Siskin Batteries. Harlow said there was no contract with Brisco.');
    expect(claims.filter((c) => c.negated).every((c) => c.actor?.canonical !== 'Tarvo Minerals')).toBe(true);
  });
});

describe('a yes-no question asserts nothing', () => {
  const report = (question: string) =>
    analyze([
      { id: 'wire', text: 'Siskin Batteries denied it had signed a supply contract with Tarvo Minerals.' },
      { id: 'talk', text: question },
    ]);

  it('"Has the Tarvo supply contract with Siskin actually closed?" is no assertion against a denial', () => {
    const found = report('HOST: Has the Tarvo supply contract with Siskin Batteries actually closed?').findings;
    expect(found.some((f) => f.kind === 'contradiction' && f.field === 'polarity')).toBe(false);
  });

  it('a question told as a statement keeps its stance (guard)', () => {
    const found = report('So Tarvo Minerals signed a supply contract with Siskin Batteries after all?').findings;
    expect(found.some((f) => f.kind === 'contradiction' && f.field === 'polarity')).toBe(true);
  });
});

describe('a status that labels a digest item ends the deal', () => {
  it.each([
    ['CANCELLED: Tarvo / Siskin supply pact — no reason given.'],
    ['Called off — Brisco Foods\' bid for Harlow Mills.'],
    ['Scrapped: Tarvo Haulage\'s sale of its depot to Siskin Lines.'],
  ])('%s', (text) => {
    expect(extractClaims(text).some((c) => c.negated)).toBe(true);
  });

  it('a label that ends nothing denies nothing (guard)', () => {
    expect(extractClaims('SIGNED: Tarvo Haulage\'s sale of its depot to Siskin Lines for $40 million.').some((c) => c.negated)).toBe(false);
  });
});

describe('a plural\'s possessive names the side of the deal noun after it', () => {
  it.each([
    ["Brisco Foods' bid for Harlow Mills was called off.", 'Brisco Foods / Harlow Mills'],
    ["Harlow Mills' sale of its depot to Siskin Lines closed on Friday.", 'Harlow Mills / Siskin Lines'],
  ])('%s', (text, pair) => {
    expect(pairOf(text)).toContain(pair);
  });
});

describe('a filler a speaker pauses on keeps a firm\'s own figure incidental', () => {
  it('"a market value of, say, nine billion dollars"', () => {
    const found = extractQuantities('Siskin is a lender with a market value of, say, nine billion dollars.');
    expect(found.amounts.map((a) => a.incidental ?? null)).toEqual(['company-size']);
  });
});

describe('a site noun with a number labels a berth, not a firm', () => {
  it.each([
    ['The Siskin Port Authority extended Tarvo Terminals\' lease on Wharf 3 by seven years.'],
    ['Tarvo Terminals will run Berth 7 for the Siskin Port Authority for 30 years.'],
  ])('%s', (text) => {
    const parties = extractClaims(text).flatMap((c) => [c.actor?.canonical, c.counterparty?.canonical]);
    expect(parties.filter((p) => p === 'Wharf' || p === 'Berth')).toEqual([]);
    expect(pairOf(text)).toContain('Siskin Port Authority / Tarvo Terminals');
  });
});

describe('goods placed with a maker are ordered from it', () => {
  it('"has placed eight ferries with Osprey Yards"', () => {
    const claims = extractClaims('Tarvo Lines has placed eight ferries with Osprey Yards for $400 million.');
    expect(claims.map((c) => `${c.actor?.canonical} ${c.action?.lemma} ${c.counterparty?.canonical}`)).toContain('Tarvo Lines place Osprey Yards');
  });

  it('"placed an order with" is read once, by its noun (guard)', () => {
    const claims = extractClaims('Tarvo Lines placed an order with Osprey Yards for eight ferries worth $400 million.');
    expect(claims.filter((c) => c.amount?.value === 400e6)).toHaveLength(1);
  });
});

describe('an officer\'s turn pairs its firm with the one other firm its text names', () => {
  it('"MARA VELL, Chief Executive, Brisco Leasing: About Osprey Air — right, we signed that one."', () => {
    const claims = extractClaims('MARA VELL, Chief Executive, Brisco Leasing: About Osprey Air — right, we signed that one on Monday. Ten new jets on eight-year leases, roughly $600 million in rent.');
    expect(claims.some((c) => [c.actor?.canonical, c.counterparty?.canonical].sort().join(' / ') === 'Brisco Leasing / Osprey Air' && c.duration?.months === 96)).toBe(true);
  });
});

describe('a word that answers alone opens a turn, no name', () => {
  it('"GUEST: Simplicity, really." (guard)', () => {
    const claims = extractClaims('ANCHOR: Why take a dozen jets from Brisco Leasing on lease? RHONA VELL, CFO, Osprey Air: Simplicity, really. A ten-year term, and then they go back.');
    expect(claims.flatMap((c) => [c.actor?.canonical, c.counterparty?.canonical])).not.toContain('Simplicity');
  });
});

describe('a question\'s figures give way to the answer\'s', () => {
  it('"that\'s the eight-year contract, isn\'t it?" answered "Ten years, not eight"', () => {
    const claims = extractClaims('Q — Analyst, Harlow Securities: Just on Osprey — that\'s the eight-year contract, isn\'t it? CFO Rhona Vell, Brisco: Ten. Ten years, not eight.');
    expect(claims.map((c) => c.duration?.months ?? null).filter((m) => m !== null)).toEqual([120]);
  });

  it('a speaker\'s own next sentence answers nothing (guard)', () => {
    const claims = extractClaims('So Brisco won, what, two billion yen a year from Osprey? For a firm with perhaps forty million euros of sales, that is huge.');
    expect(claims.some((c) => c.amount?.value === 2e9 && c.amount.per === 'year')).toBe(true);
  });
});

describe('figures in talk', () => {
  it('"a long one — twelve years" is twelve years, no range from one', () => {
    expect(extractQuantities('It is a long one — twelve years.').durations.map((d) => d.months)).toEqual([144]);
  });

  it('"three – five years" stays a range (guard)', () => {
    expect(extractQuantities('three – five years').durations.map((d) => d.months)).toEqual([48]);
  });

  it.each([['so the seven hundred million comes from that'], ['the forty goes to them']])('no count of a verb: %s', (text) => {
    expect(extractQuantities(text).quantities).toEqual([]);
  });
});

describe('a region a preposition of place puts a thing in pairs with no one', () => {
  it('"In the Baltics, yes." leaves the officer\'s firm and the buyer the question names', () => {
    const claims = extractClaims('REPORTER: Twenty trams for Osprey Transit AB — the largest order Tarvo has ever had? MARA VELL, CEO, Tarvo Rail: In the Baltics, yes. Twenty trams, about two billion kronor.');
    expect(claims.some((c) => /^Osprey Transit \/ Tarvo/.test([c.actor?.canonical, c.counterparty?.canonical].sort().join(' / ')) && c.quantities.some((q) => q.value === 20))).toBe(true);
  });
});

describe('sums in crores and lakhs, and what a report was said to give', () => {
  it('"nineteen percent, nine hundred crore" is money with no currency stated', () => {
    expect(extractQuantities('The board approved it on Friday: nineteen percent, nine hundred crore.').amounts.map((a) => [a.value, a.currency])).toEqual([[9e9, 'XXX']]);
  });

  it('"1.4 crore people" is no money (guard)', () => {
    expect(extractQuantities('About 1.4 crore people voted.').amounts).toEqual([]);
  });

  it('"it was first reported as twenty-seven hundred crore; the filing puts it at thirty-one hundred crore rupees" (guard)', () => {
    const claims = extractClaims('It was first reported as twenty-seven hundred crore; the filing puts Tarvo Infra\'s payment for Siskin Cement\'s two mills at thirty-one hundred crore rupees.');
    expect(claims.map((c) => c.amount?.value).filter(Boolean)).toEqual([31e9]);
  });
});

import { describe, expect, it } from 'vitest';
import { analyze, extractClaims, extractQuantities } from '../src/index.js';

// Filings' headings, notes' headers and calls' turns as real text writes them (thirty-fourth session). Invented names.

const parties = (text: string) => extractClaims(text).flatMap((c) => [c.actor?.canonical, c.counterparty?.canonical]).filter((p) => p !== undefined);
const kinds = (report: ReturnType<typeof analyze>, a: string, b: string) =>
  report.findings.filter((f) => f.sources.includes(a) && f.sources.includes(b)).map((f) => f.kind);

describe('units and currencies of trade text', () => {
  // (src/quantities/units.ts, src/quantities/currencies.ts)
  it('ore weighed dry or wet weighs in tonnes', () => {
    const [q] = extractQuantities('Pellham will take 360,000 dry metric tonnes of concentrate.').quantities;
    expect([q?.value, q?.unit]).toEqual([360000, 'tonne']);
    expect(extractQuantities('about 75,000 wmt a year').quantities[0]?.unit).toBe('tonne');
  });

  it('solar capacity at its peak or on one side of the inverter is power', () => {
    expect(extractQuantities('the deal covers 140 MWp of panels').quantities[0]?.value).toBe(140e6);
    expect(extractQuantities('a 65 MWac array').quantities[0]?.value).toBe(65e6);
  });

  it('Aussie and kiwi dollars are their currencies', () => {
    expect(extractQuantities('forty million Aussie dollars').amounts[0]?.currency).toBe('AUD');
    expect(extractQuantities('12 million kiwi dollars').amounts[0]?.currency).toBe('NZD');
  });

  it('a count stops at a line break', () => {
    expect(extractQuantities('NOTICE | 14 March 2026\nVESTRAL SIGNS').quantities).toEqual([]);
  });
});

describe('words that name no firm', () => {
  // (src/extract/mentions.ts)
  it('a past form after "be" is a passive verb, not a lowercase brand', () => {
    expect(parties('Bronholm will advance a prepayment of $40 million, to be repaid through deliveries.')).not.toContain('repaid');
  });

  it('a currency of two words is no name', () => {
    expect(parties('GUEST: Vestral takes it all, for forty million Aussie dollars up front.')).not.toContain('Aussie dollars');
  });

  it("a filing's heading: its kind, the rule it cites and its subject's noun name no firm", () => {
    const named = parties('Sub: Intimation under Regulation 30 - Grant of term loan. Ostrava Kredit Bank has sanctioned a term loan of Rs 900 crore to Pellham Cements Limited.');
    for (const word of ['Intimation', 'Regulation', 'Grant', 'Sub']) expect(named).not.toContain(word);
    expect(named).toContain('Ostrava Kredit Bank');
  });

  it("a statute's year and an item's entry name no firm", () => {
    expect(parties('Rules, 2019: Bronholm Grid Limited has agreed to buy the line from Vestral Power Limited.')).not.toContain('Rules');
    expect(parties('Item 1.01 Entry into a Supply Contract. On 3 March 2026, Bronholm Inc. (the "Company") signed a supply contract with Vestral Ltd.')).not.toContain('Entry');
  });

  it('a field label at the start of a line names no firm', () => {
    expect(parties('Vestral Ltd has won a Rs 240 crore order from Bronholm Rail.\nObject: part-funding of signalling works on two corridors.')).not.toContain('Object');
  });

  it("an exchange's code and a filing's kind heading a release name no firm", () => {
    const claims = extractClaims('ASX ANNOUNCEMENT | Pellham Minerals Limited (ASX: PHM)\nPellham is glad to report that it has now signed a firm offtake deal with Vestral Chem for 90,000 tonnes of concentrate.');
    expect(claims.flatMap((c) => [c.actor?.canonical, c.counterparty?.canonical])).not.toContain('ASX');
    expect(claims.flatMap((c) => [c.actor?.canonical, c.counterparty?.canonical])).not.toContain('ASX ANNOUNCEMENT');
  });

  it('a question opened by its verb and a sentence opened by "That" name no firm (guard)', () => {
    expect(parties('Analyst: Can you talk about the Vestral contract with Bronholm?')).not.toContain('Can');
    expect(parties('We locked in Vestral through 2031. That is a six-year commitment, about $900 million of steel.')).not.toContain('That');
  });

  it("a note's change of rating names no firm", () => {
    expect(parties('Bronholm (Buy, PT $40): the Vestral deal is $300m a year. Reit BUY.')).not.toContain('Reit');
    expect(parties('Bronholm (Buy, PT $40): the Vestral deal is $300m a year. Spec BUY, PT $44.')).not.toContain('Spec');
  });

  it('a name ends at a line break', () => {
    const named = parties('Vestral Shipping AB - Press release, 9 May 2026, 07:30 CET\nVestral signs new SEK 2.2 billion facility with Bronholm Bank');
    expect(named).not.toContain('CET Vestral');
  });

  it('chip kinds written with a slash are goods, not a firm', () => {
    expect(parties('Vestral (2231 TT) - Bronholm LTA confirmed: US$300m p.a. x 3y, mostly 40nm PMIC/MCU.')).not.toContain('PMIC/MCU');
  });
});

describe("a transcript's and a note's sides", () => {
  it("a speaker's label with a short title and a hyphened given name is no party", () => {
    const text = 'Bronholm Chem results call\nQ: How secure is supply?\nEVP Park Ji-hoon: The Vestral agreement is exclusive. The whole output for five years comes to Bronholm, ninety thousand tonnes.';
    expect(parties(text).some((p) => /Park/.test(p))).toBe(false);
  });

  it("a ticker followed by a bar heads a note: the note's figures meet the release that gave the ticker", () => {
    const report = analyze([
      { id: 'pr', text: 'Quarlby Tankers ASA (OSE: QRLX) has entered into time charters with Somerby Energy for three LNG carriers, worth about $600 million over five years.' },
      { id: 'other', text: 'Somerby Energy has extended its charter of one older vessel from Quarlby Tankers by 12 months.' },
      { id: 'note', text: 'QRLX NO | Somerby TCs: 3x LNGC, 5y firm, ~USD100m/yr gross. Reit BUY, TP NOK90.' },
    ]);
    expect(kinds(report, 'pr', 'note')).toContain('contradiction');
  });

  it("a turn that opens by rebutting replaces the figures it answers", () => {
    // (src/extract/questions.ts `rebuttal-yields`)
    const report = analyze([
      { id: 'wire', text: 'Bronholm Steel agreed a twelve-year power deal with Vestral Renewables covering 180 megawatts.' },
      { id: 'pod', text: "HOST: ...and Vestral's PPA with Bronholm, everyone says twelve years.\nGUEST: No. I've read the term sheet. It's ten years, a hundred and eighty megawatts." },
    ]);
    expect(kinds(report, 'wire', 'pod')).toContain('contradiction');
  });

  it('a turn that does not rebut leaves the figures before it (guard)', () => {
    const report = analyze([
      { id: 'wire', text: 'Bronholm Steel agreed a twelve-year power deal with Vestral Renewables covering 180 megawatts.' },
      { id: 'pod', text: "HOST: ...and Vestral's PPA with Bronholm, everyone says twelve years.\nGUEST: Right. I've read the term sheet. A hundred and eighty megawatts." },
    ]);
    expect(kinds(report, 'wire', 'pod')).not.toContain('contradiction');
  });
});

describe('deals and figures in headings and clauses', () => {
  it('a deal verb in a headline of capitals is its verb', () => {
    const [claim] = extractClaims('VESTRAL SIGNS OFFTAKE WITH BRONHOLM');
    expect([claim?.actor?.canonical, claim?.counterparty?.canonical]).toEqual(['Vestral', 'Bronholm']);
  });

  it('a denial in a clause about a common noun denies no deal', () => {
    const claims = extractClaims('Maplecourt pays A$700 million for a grower that has never exported a crate.');
    expect(claims.some((c) => c.negated)).toBe(false);
  });

  it('a denial of the deal itself still denies it (guard)', () => {
    expect(extractClaims('Maplecourt did not buy Quarlby, the grower said.').some((c) => c.negated)).toBe(true);
  });

  it("a stock's signed move and a metric told before its period are no deal's sum", () => {
    const [note] = extractClaims('Bronholm Renewables (BRNH): 15-yr, 120MW solar PPA with Vestral Steel; stock +2.4% to EUR 6.10.');
    expect(note?.amount).toBeNull();
    const sums = extractClaims('QRLX SW | At CHF 1.1bn Vestral is a bolt-on. We model Vestral sales of CHF 140m in FY26.').map((c) => c.amount?.value);
    expect(sums).not.toContain(140e6);
  });

  it('"up front" is no move of a stock', () => {
    expect(extractClaims('GUEST: Vestral takes it all, and forty million dollars up front to seal it.').some((c) => c.action?.lemma === 'move')).toBe(false);
  });

  it('the Board acts for the filer named at the top', () => {
    const [claim] = extractClaims('Pellham Power Limited. The Board of Directors approved the allotment of 2,000,000 equity shares, aggregating Rs 500 crore, to Vestral Fund II.')
      .filter((c) => c.amount);
    expect([claim?.actor?.canonical, claim?.counterparty?.canonical]).toEqual(['Pellham Power', 'Vestral Fund II']);
  });

  it('a filing heading a deal noun after a spaced dash takes no name before the dash as its side', () => {
    const claims = extractClaims('To: Bourse of Ostrava Limited\nSub: Intimation under Regulation 30 - Acquisition of Quarlby Quarries Private Limited\nThis is to notify that the Board of Pellham Cement Limited approved the acquisition of Quarlby Quarries Private Limited for Rs 800 crore.');
    expect(claims.flatMap((c) => [c.actor?.canonical, c.counterparty?.canonical])).not.toContain('Acquisition');
  });
});

describe('two sites of one pair, and a number sign', () => {
  it('a claim with no deal word takes the named site around its figure, so two sites stay two deals', () => {
    // (src/extract/claims.ts `objectsOf`: the words around a trigger-less claim's first figure, named things only.)
    const report = analyze([
      { id: 'onshore', text: 'Halvik Turbines A/S - Stock exchange release no. 9/2026\nHalvik books 120 MW order from Osterby Energi for Marnholt onshore project\nHalvik has booked an order from Osterby Energi AG for 22 units of its HT-5 onshore turbine for the Marnholt wind park.' },
      { id: 'offshore', text: 'HAMBURG, 3 March 2026 - Osterby Energi has picked Halvik Turbines to supply 40 offshore turbines for its Skarvik wind farm, a 600-megawatt project.' },
      { id: 'brief', text: "Regional briefing: Osterby's Marnholt onshore park - 120 MW from 22 Halvik turbines - will cost around EUR 95 million in turbine supply." },
      { id: 'trade', text: "OFFSHORE WEEKLY\nOsterby confirms Halvik for 600MW Skarvik\nThe utility will install 40 of Halvik's 15MW HT-15 machines at the site." },
    ]);
    expect([kinds(report, 'onshore', 'brief'), kinds(report, 'offshore', 'trade')]).toEqual([['agreement'], ['agreement']]);
    expect([...kinds(report, 'onshore', 'trade'), ...kinds(report, 'brief', 'trade')]).toEqual([]);
  });

  it('"no." before a figure is a number, not a denial', () => {
    const [claim] = extractClaims('Halvik Turbines A/S - Stock exchange release no. 9/2026\nHalvik books 120 MW order from Osterby Energi');
    expect(claim?.negated).toBe(false);
  });
});

describe("a denial's reach and a firm's running tally", () => {
  it('a deal word in a phrase of time after a denied deal is not denied', () => {
    // (src/extract/cues.ts `inTimePhrase`)
    const claims = extractClaims('Halvik will not acquire Osterby outright after the licensing pact.');
    expect(claims.find((c) => c.action?.lemma === 'license')?.negated).toBe(false);
    expect(claims.find((c) => c.action?.lemma === 'acquire')?.negated).toBe(true);
  });

  it("what a firm has signed since a year is its running tally, no deal's size", () => {
    // (src/quantities/incidental.ts `running-tally`)
    const [wire] = extractClaims('Halvik Power has signed a 20-year PPA with Osterby Data for 300 MW. Osterby has signed over 5 GW of green power deals since 2020.');
    expect(extractClaims('Osterby has signed over 5 GW of green power deals since 2020.').flatMap((c) => c.quantities)).toEqual([]);
    expect(wire?.quantities.map((q) => q.value)).toEqual([300e6]);
  });

  it('a deal of its own with "since" past a comma keeps its size (guard)', () => {
    expect(extractClaims('Halvik has signed a 400 MW contract with Osterby, its largest since 2020.')[0]?.quantities.map((q) => q.value)).toEqual([400e6]);
  });
});

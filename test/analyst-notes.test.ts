import { describe, expect, it } from 'vitest';
import { analyze, extractClaims, extractQuantities } from '../src/index.js';
import { findTimes } from '../src/extract/times.js';

/** Parties of the claims with an action, as canonical names. */
const sides = (text: string) => extractClaims(text).filter((c) => c.action).map((c) => [c.actor?.canonical ?? null, c.counterparty?.canonical ?? null]);

describe("analyst notes: the firm's own figures are no deal's", () => {
  it.each([
    ['We cut our FY26 EBITDA est. 3% to $318mn.', '$318mn'],
    ['Q3 revenue of $141mn missed consensus by 2%.', '$141mn'],
    ['Q3 rev $612mn vs cons $598mn; GM 48.7%.', '$598mn'],
    ['FY25 capex guide raised to $2.4-2.6bn.', '$2.4-2.6bn'],
    ['Q1 net loss per share of -$0.38 was 4c better.', '$0.38'],
    ['The company said 2024 revenue came in at $88 million.', '$88 million'],
    ['Pepperhill did about $610 million in sales last year.', 'about $610 million'],
  ])('%s', (text, value) => {
    const amount = extractQuantities(text).amounts.find((a) => a.text === value);
    expect(amount?.incidental).toBeDefined();
  });

  it.each([
    'The deal is expected to generate revenue of A$190 million per annum.',
    'Orvik said the contract would bring in about 45 million euros of revenue over its term.',
    'Tern agreed in 2024 to buy Siskin for $88 million.',
    // (A sentence's end stops the reach back to a metric.)
    'The upfront equals 40% of FY25 EBITDA. The CHF 1.2bn headline value is back-end loaded.',
  ])('a deal figure stays one: %s', (text) => {
    expect(extractQuantities(text).amounts.every((a) => a.incidental === undefined)).toBe(true);
  });

  it('"PT to $19 from $21" is a target price and the one it replaced', () => {
    const amounts = extractQuantities('We cut our PT to $19 from $21.').amounts;
    expect(amounts.map((a) => a.incidental)).toEqual(['target-price', 'target-price']);
  });

  it.each(['cash runway now extends into 2H27.', 'guidance for 1H26 and 2H 2026'])('a half-year label is no duration: %s', (text) => {
    expect(extractQuantities(text).durations).toEqual([]);
  });
});

describe('analyst notes: who the note is about', () => {
  it('a wire code after a name ("(HURL.O)") decorates it and names it later', () => {
    expect(sides('Hurlan Therapeutics (HURL.O) - licensing deal validates the platform. HURL said Bemant will pay $45 million upfront for rights to HUR-207.'))
      .toContainEqual(['Bemant', 'Hurlan Therapeutics']);
  });

  it.each([
    ['Luldthorpe Data Centers - power procurement update. Management said it has contracted a further 300 megawatts from Cashby under a 15-yr PPA.', ['Luldthorpe Data Centers', 'Cashby']],
    ['Qualley Semiconductor (QLLY.OQ) - Buy. Mgmt disclosed a five-year wafer supply agreement with Tunoll Fab Works, valued at $1.2bn.', ['Qualley Semiconductor', 'Tunoll Fab Works']],
  ])('a firm\'s management speaks for the firm: %s', (text, pair) => {
    expect(sides(text)).toContainEqual(pair);
  });

  it('"Grebe Asset Management" stays a name', () => {
    expect(sides('Grebe Asset Management said it bought Orvo for $5m.')).toContainEqual(['Grebe Asset Management', 'Orvo']);
  });

  it('a ticker whose letters run through one firm\'s name is that firm', async () => {
    const report = await analyze([
      { id: 'a', text: 'Sendmere Semiconductor will sell 24,000 GPUs to Nimbrel AI.' },
      { id: 'b', text: '$SNDM rose 6% after hours. On the call, SNDM said the Nimbrel AI deal covers 24,000 GPUs.' },
    ]);
    expect(report.entities.map((e) => e.canonical)).not.toContain('SNDM');
    expect(report.findings.some((f) => f.kind === 'agreement')).toBe(true);
  });

  it('three capitals are initials, not a ticker spelled through a name ("NBA" is not "NBCUniversal")', async () => {
    const report = await analyze([
      { id: 'a', text: 'NBCUniversal will pay the NBA $2.5 billion a year.' },
      { id: 'b', text: 'The NBA signed an 11-year deal with NBCUniversal.' },
    ]);
    expect(report.entities.map((e) => e.canonical)).toEqual(expect.arrayContaining(['NBA', 'NBCUniversal']));
  });
});

describe('names and labels', () => {
  it.each([
    ['Brenna FC confirms €40m-a-year shirt deal with Halvik AG. Revenue hit €310m last season.', ['Brenna FC', 'Halvik']],
    ["Shipping briefs: Hedric Shipping's eight-ship order at Yathrin Marine is the owner's first.", ['Hedric Shipping', 'Yathrin Marine']],
    ['CEO Wendell Ashine, Sendmere Semiconductor Co.: We agree. Nimbrel is buying twenty-four thousand of our GPUs.', ['Nimbrel', 'Sendmere Semiconductor']],
  ])('%s', (text, pair) => {
    expect(sides(text)).toContainEqual(pair);
  });
});

describe('a year on a deal noun set beside the deal', () => {
  it.each([
    ['That 2019 facility, a $40m revolver Ferrand drew from Northmarsh, carried a five-year term.', 2019],
    ["Marrowgate already pays Gatesfield £1.2 million a year, a separate three-year arrangement signed in 2024.", 2024],
  ])('%s', (text, year) => {
    expect(extractClaims(text).find((c) => c.action)?.time?.year).toBe(year);
  });
});

describe('notes in lists and dated headings', () => {
  it('a bulleted line is a sentence of its own: a name on the next bullet is no party', () => {
    const text = 'Airline MRO weekly\n- Tashric/Ravenholt: 10-yr engine deal, ~$70mn per year.\n- Spare-engine lease rates +12% yr/yr.';
    const names = extractClaims(text).flatMap((c) => [c.actor?.canonical, c.counterparty?.canonical]);
    expect(names).not.toContain('Spare');
  });

  it('a half-year label names no one ("adds to 1H backlog")', () => {
    expect(sides('Pendvik Aerospace: Skarda order adds to 1H backlog. The airline has ordered 40 P-220s.').flat()).not.toContain('1H');
  });

  it.each([
    ['March 2021 - Cashby Renewables: first corporate offtaker. The developer will sell 120 MW of wind output to Luldthorpe Data Centers for 12 years.', 2021],
    ['Fornmoor Solar (FRNM.OQ), Oct 2023 - Cole Valley contracted. Fornmoor signed a nine-year, 80 MW PPA with Buvand.', 2023],
  ])('a note that opens on its date dates its claims: %s', (text, year) => {
    expect(extractClaims(text).find((c) => c.action)?.time?.year).toBe(year);
  });
});

describe('a figure taken back on air', () => {
  it.each([
    ['the term is seven years — sorry, ten years', 'seven years'],
    ['thirty aircraft, sorry, forty, forty firm', 'thirty aircraft'],
    ["So HSN — sorry, I keep saying five years, it's six — is paying the league", 'five years'],
  ])('%s', (text, taken) => {
    const values = [...extractQuantities(text).durations, ...extractQuantities(text).quantities];
    expect(values.find((v) => v.text === taken)?.incidental).toBe('corrected');
    expect(values.filter((v) => v.text !== taken).every((v) => v.incidental === undefined)).toBe(true);
  });

  it('"twenty million, sorry" with no number after the cue keeps its figure', () => {
    expect(extractQuantities('They put in $20 million, sorry, for a little sliver.').amounts[0]?.incidental).toBeUndefined();
  });
});

describe('renewals and years with an apostrophe', () => {
  it('"the Verlaine renewal with Orrock" is a deal between the two', () => {
    expect(sides('HOST: So, the Verlaine renewal with Orrock. North of fifty million, three more years.')).toContainEqual(['Verlaine', 'Orrock']);
  });

  it("the original licence back in '21 dates its claim", () => {
    expect(extractClaims("the original Verlaine–Orrock licence back in '21 was thirty million over five years.").find((c) => c.action)?.time?.year).toBe(2021);
  });

  it.each([["back in '21", 2021], ["a deal signed in '98", 1998], ["during '05", 2005]])('"%s" writes the year %s', (text, year) => {
    expect(findTimes(text).map((t) => t.value.year)).toEqual([year]);
    expect(findTimes("shares rose '21% and the '21 vintage sold out")).toEqual([]);
  });
});

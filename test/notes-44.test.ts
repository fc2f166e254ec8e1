import { describe, expect, it } from 'vitest';
import { analyze, extractClaims } from '../src/index.js';
import { OLDER_DEAL_CUES, olderDealAsides } from '../src/extract/older-deal-asides.js';

const report = (texts: string[]) => analyze(texts.map((text, i) => ({ id: `s${i + 1}`, text })));
const kindsBetween = (texts: string[], a: string, b: string) =>
  report(texts).findings.filter((f) => f.sources.includes(a) && f.sources.includes(b)).map((f) => f.kind);

describe('older-deal asides: each cue finds the aside its example brackets', () => {
  it.each(OLDER_DEAL_CUES.map((c) => [c.name, c.example] as const))('%s', (_name, example) => {
    const text = example.replace(/[[\]]/g, '');
    const bracketed = /\[([^\]]+)\]/.exec(example)![1]!;
    const asides = olderDealAsides(text).map((s) => text.slice(s.start, s.end));
    expect(asides).toContain(bracketed);
  });

  it.each([
    ['a hedge on the news figure', 'Tarvo Air will pay more than $2bn for 30 jets from Siskin in 2027.'],
    ['a cue before any news', 'Following its 2021 merger with Quenlow, Tarvo Air leased 12 jets from Siskin.'],
    ['a cue whose clause tells no deal', 'Tarvo Foods abandons its A$1.7bn Kelmora bid after due diligence (2018)'],
    ['a cue with nothing that dates its clause', 'Tarvo Air leased 12 jets from Siskin, after a long tender.'],
  ])('no aside: %s (guard)', (_what, text) => {
    expect(olderDealAsides(text)).toEqual([]);
  });
});

describe('the figures of an older deal set beside the news are that deal\'s', () => {
  const news = 'Ulvenor Steel has signed a 12-year power purchase agreement with Pertwick Wind for 150 MW.';
  it.each([
    ['follows', 'The contract is Ulvenor\'s second with Pertwick, following an 80 MW agreement signed in 2020.'],
    ['follows, a purchase noun', 'Ulvenor Steel agreed to take 150 MW from Pertwick Wind; the deal follows Ulvenor\'s purchase of 80 MW from Pertwick in 2020.'],
  ])('%s', (_what, second) => {
    const claims = extractClaims(second);
    const older = claims.find((c) => c.quantities.some((q) => q.value === 80e6));
    expect(older).toBeDefined();
    expect(older!.quantities.map((q) => q.value)).not.toContain(150e6);
    expect(older!.time?.year).toBe(2020);
    expect(kindsBetween([news, second], 's1', 's2')).not.toContain('contradiction');
  });

  it('a sum measured against an older contract is that contract\'s, dated by its year', () => {
    const texts = [
      'Quorrel Denki will supply battery cells to Delmarsh Motors for six years under a deal worth about 380 billion yen.',
      'Quorrel Denki will supply cells to Delmarsh Motors for six years under a deal worth about 380 billion yen, more than double the 150 billion yen contract the two signed in 2022.',
    ];
    const older = extractClaims(texts[1]!).find((c) => c.amount?.value === 150e9);
    expect(older?.time?.year).toBe(2022);
    expect(kindsBetween(texts, 's1', 's2')).toEqual(['agreement']);
  });

  it('a year in the aside does not date the news told with the older deal\'s noun', () => {
    const [claim] = extractClaims('Pertwick Energy is keeping its three Ulvenor tankers for another three years at roughly $35 million a year, against about $26 million a year under the original 2021 charter.');
    expect(claim!.amount?.value).toBe(35e6);
    expect(claim!.time).toBeNull();
  });

  it('an aside with a deal word and no figure of its own makes no claim (guard)', () => {
    const claims = extractClaims('Tindrel Foods has renewed its trucking contract with Caskmoor Freight for three years at about $90 million a year, up from $75 million under the agreement the two signed in 2020.');
    expect(claims).toHaveLength(1);
    expect(claims[0]!.amount?.value).toBe(90e6);
  });

  it('a sentence of an older deal\'s figures after the news, its deal nouns in the plural, is not more of the news', () => {
    const texts = [
      'Pertwick Energia has extended the time charters of three Ulvenor Tankers vessels by 36 months in a deal worth USD 105 million.',
      'Ulvenor Tankers agreed with Pertwick Energia a 36-month extension of the charters of three vessels. The original charters, entered into in 2021, ran for 36 months at a total value of USD 78 million.',
    ];
    expect(kindsBetween(texts, 's1', 's2')).not.toContain('contradiction');
  });
});

describe('the news told with the older deal\'s noun', () => {
  const facility = 'Tindrel Leisure plc has entered into a new GBP 750 million five-year revolving credit facility with a syndicate of banks led by Quorrel Bank plc, replacing its existing GBP 600 million facility due to mature in October 2026. The new facility carries a margin of 185 basis points and two one-year extension options.';

  it('a twin of the claim takes the news\'s figures; the older keeps its own', () => {
    const claims = extractClaims(facility);
    const news = claims.find((c) => c.amount?.value === 750e6);
    const older = claims.find((c) => c.amount?.value === 600e6);
    expect(news?.duration?.months).toBe(60);
    expect(older).toBeDefined();
    expect(older!.duration).toBeNull();
  });

  it('the older deal meets no other source\'s news', () => {
    const kinds = kindsBetween([facility, 'Tindrel Leisure has signed a 750 million pound, five-year revolving credit facility led by Quorrel Bank.'], 's1', 's2');
    expect(kinds).toContain('agreement');
    expect(kinds).not.toContain('contradiction');
  });
});

describe('figures of no deal', () => {
  it('a figure a deal\'s own value is forecast to reach stays (guard)', () => {
    const claims = extractClaims('Tarvo Motor and Siskin Energy signed an agreement to form a joint venture; total investment is expected to reach 120 billion yen.');
    expect(claims.some((c) => c.amount?.value === 120e9)).toBe(true);
  });

  it('a total installed capacity a deal is for stays (guard)', () => {
    const claims = extractClaims('Tarvo Renewables signed a turbine supply agreement with Siskin Wind: 48 turbines rated at 15 MW each, for a total installed capacity of 720 MW.');
    expect(claims.flatMap((c) => c.quantities.map((q) => q.value))).toContain(720e6);
  });

  it('a plant\'s capacity is no claim\'s measure', () => {
    const claims = extractClaims('Tarvo Wind AB has signed a 15-year power purchase agreement with Siskin Data Ltd for 240 MW of capacity from the Ulvenor wind farm. Ulvenor, with a total installed capacity of 610 MW across 98 turbines, is expected to be fully operational in 2026.');
    const measures = claims.flatMap((c) => c.quantities.map((q) => q.value));
    expect(measures).toContain(240e6);
    expect(measures).not.toContain(610e6);
  });

  it('a budget does not meet the deal\'s price (guard)', () => {
    expect(kindsBetween([
      "Varnholm's defence ministry has signed a 410 million euro contract with Tarvo Landsysteme for 36 vehicles. The ministry's equipment budget for 2026 is 640 million euros.",
      'Varnholm orders 36 vehicles from Tarvo Landsysteme for EUR 410m.',
    ], 's1', 's2')).toEqual(['agreement']);
  });
});

describe('share moves under datelines of different years', () => {
  it('are not compared', () => {
    const found = report([
      'SEOUL, April 8, 2026 (Wire) - Tindrel Heavy said it won a $1.04 billion order from Kelmora Line for eight ships. Tindrel shares rose 3.3%.',
      'BUSAN, Nov 16, 2021 (Wire) - Kelmora Line ordered six ships from Tindrel Heavy for $610 million. Tindrel shares rose 1.2%.',
    ]).findings.filter((f) => f.kind === 'contradiction');
    expect(found).toEqual([]);
  });

  it('under one dateline year they still meet (guard)', () => {
    const found = report([
      'SEOUL, April 8, 2026 (Wire) - Tindrel Heavy said it won an order from Kelmora Line for eight ships. Tindrel shares rose 3.3%.',
      'SEOUL, April 8, 2026 (Courier) - Kelmora Line ordered eight ships from Tindrel Heavy. Tindrel shares rose 5.9%.',
    ]).findings.filter((f) => f.kind === 'contradiction');
    expect(found.length).toBeGreaterThan(0);
  });
});

describe('a cooperative\'s name', () => {
  it.each([
    ['Tarvo Dairy Co-operative Limited agreed to supply milk powder to Siskin Foods.', 'Tarvo Dairy Co-operative'],
    ['Tarvo Co-op agreed to supply milk powder to Siskin Foods.', 'Tarvo Co-op'],
  ])('%s', (text, name) => {
    expect(extractClaims(text)[0]!.actor?.canonical).toBe(name);
  });

  it('is the same firm written with and without its form (guard)', () => {
    const kinds = kindsBetween([
      'Tarvo Dairy Co-operative Limited announced a three-year supply agreement with the Siskin Food Authority for 60,000 tonnes of milk powder.',
      'Tarvo Dairy has agreed to supply 60,000 tonnes of milk powder to the Siskin Food Authority over three years.',
    ], 's1', 's2');
    expect(kinds).toEqual(['agreement']);
  });
});

describe('a sentence of figures dated in parentheses', () => {
  it('tells another deal than the one before it', () => {
    const claims = extractClaims('Tindrel Motors will buy battery cells from Quorrel Denki for six years. Round 1 (2022) was ¥150bn over 5 yrs.');
    const news = claims.find((c) => c.duration?.months === 72);
    expect(news).toBeDefined();
    expect(news!.amount).toBeNull();
  });
});

describe('a section label closed by a bar or a bullet', () => {
  it.each([
    'BIOTECH BRIEF | Tindrel Biologics is going back to the Quorrel well. The Halbrook company is paying $85M for two more Quorrel antibodies.',
  ])('names no party: %s', (text) => {
    const names = extractClaims(text).flatMap((c) => [c.actor?.canonical, c.counterparty?.canonical]);
    expect(names.some((n) => n !== undefined && /BRIEF|BIOTECH/.test(n))).toBe(false);
  });
});

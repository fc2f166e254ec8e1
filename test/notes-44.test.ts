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
    ['a cue whose clause tells no deal', 'Tarvo Foods drops its A$900m Kelmora approach after a board review (2017)'],
    ['a cue with nothing that dates its clause', 'Tarvo Air leased 12 jets from Siskin, after a long tender.'],
  ])('no aside: %s (guard)', (_what, text) => {
    expect(olderDealAsides(text)).toEqual([]);
  });
});

describe('the figures of an older deal set beside the news are that deal\'s', () => {
  const news = 'Axholm Paper has agreed an eight-year energy deal with Gorlan Solar for 95 MW.';
  it.each([
    ['follows (guard)', 'The pact is Axholm\'s third with Gorlan, following a 35 MW supply deal agreed in 2018.'],
    ['follows, a purchase noun', 'Axholm Paper will take 95 MW from Gorlan Solar; the pact follows Axholm\'s purchase of 35 MW from Gorlan in 2018.'],
  ])('%s', (_what, second) => {
    const claims = extractClaims(second);
    const older = claims.find((c) => c.quantities.some((q) => q.value === 35e6));
    expect(older).toBeDefined();
    expect(older!.quantities.map((q) => q.value)).not.toContain(95e6);
    expect(older!.time?.year).toBe(2018);
    expect(kindsBetween([news, second], 's1', 's2')).not.toContain('contradiction');
  });

  it('a sum measured against an older contract is that contract\'s, dated by its year', () => {
    const texts = [
      'Liddane Cells will ship anode material to Feldane Autos for seven years in a deal of roughly 210 billion won.',
      'Liddane Cells will ship anode material to Feldane Autos for seven years in a deal of roughly 210 billion won, about triple the 70 billion won pact they agreed in 2019.',
    ];
    const older = extractClaims(texts[1]!).find((c) => c.amount?.value === 70e9);
    expect(older?.time?.year).toBe(2019);
    expect(kindsBetween(texts, 's1', 's2')).toEqual(['agreement']);
  });

  it('a year in the aside does not date the news told with the older deal\'s noun', () => {
    const [claim] = extractClaims('Brisbury Oil keeps its two Vantmoor barges five more years at about $8 million a year, against some $6 million yearly under the original 2018 charter.');
    expect(claim!.amount?.value).toBe(8e6);
    expect(claim!.time).toBeNull();
  });

  it('an aside with a deal word and no figure of its own makes no claim (guard)', () => {
    const claims = extractClaims('Olberth Foods has renewed its cold-storage contract with Roskild Logistics for four years at about $14 million a year, up from $11 million under the deal the pair reached in 2017.');
    expect(claims).toHaveLength(1);
    expect(claims[0]!.amount?.value).toBe(14e6);
  });

  it('a sentence of an older deal\'s figures after the news, its deal nouns in the plural, is not more of the news', () => {
    const texts = [
      'Hallowfen Refining has extended the charters of two Merrivane Shipping tankers by 24 months in a deal worth USD 40 million.',
      'Merrivane Shipping agreed with Hallowfen Refining a 24-month extension of the charters of two tankers. The earlier charters, agreed in 2019, ran for 24 months at USD 31 million in all.',
    ];
    expect(extractClaims(texts[1]!)[0]!.amount).toBeNull();
    expect(kindsBetween(texts, 's1', 's2')).not.toContain('contradiction');
  });
});

describe('the news told with the older deal\'s noun', () => {
  const loan = 'Palindra Hotels plc has signed a new GBP 420 million four-year term loan with lenders led by Thessin Bank plc, replacing its older GBP 300 million loan that runs until March 2027. The new loan is priced at 210 basis points over SONIA.';

  it('a twin of the claim takes the news\'s figures; the older keeps its own', () => {
    const claims = extractClaims(loan);
    const news = claims.find((c) => c.amount?.value === 420e6);
    const older = claims.find((c) => c.amount?.value === 300e6);
    expect(news?.duration?.months).toBe(48);
    expect(older).toBeDefined();
    expect(older!.duration).toBeNull();
  });

  it('the older deal meets no other source\'s news', () => {
    const kinds = kindsBetween([loan, 'Palindra Hotels took a four-year, 420 million pound term loan from a group led by Thessin Bank.'], 's1', 's2');
    expect(kinds).toContain('agreement');
    expect(kinds).not.toContain('contradiction');
  });
});

describe('figures of no deal', () => {
  it('a figure a deal\'s own value is forecast to reach stays (guard)', () => {
    const claims = extractClaims('Wendacre Steel and Sorrowby Power agreed to set up a joint venture; the total investment is set to hit 85 billion yen.');
    expect(claims.some((c) => c.amount?.value === 85e9)).toBe(true);
  });

  it('a total installed capacity a deal is for stays (guard)', () => {
    const claims = extractClaims('Gorlan Offshore signed a turbine deal with Liddane Power: 36 machines of 12 MW apiece, giving a total installed capacity of 432 MW.');
    expect(claims.flatMap((c) => c.quantities.map((q) => q.value))).toContain(432e6);
  });

  it('a plant\'s capacity is no claim\'s measure', () => {
    const claims = extractClaims('Norvix Power AB has signed a ten-year power purchase agreement with Evenmoor Data Ltd for 90 MW of capacity from the Axholm wind park. Axholm, with a total installed capacity of 330 MW across 55 turbines, should be running fully in 2027.');
    const measures = claims.flatMap((c) => c.quantities.map((q) => q.value));
    expect(measures).toContain(90e6);
    expect(measures).not.toContain(330e6);
  });

  it('a budget does not meet the deal\'s price (guard)', () => {
    expect(kindsBetween([
      'The Kelmora transport ministry has signed a 95 million euro contract with Tarvo Coachworks for 60 buses. The ministry\'s road budget for 2027 is 480 million euros.',
      'Kelmora orders 60 buses from Tarvo Coachworks for EUR 95m.',
    ], 's1', 's2')).toEqual(['agreement']);
  });
});

describe('share moves under datelines of different years', () => {
  it('are not compared', () => {
    const found = report([
      'OSLO, June 3, 2026 (Wire) - Siskin Yards said it won a $700 million order from Dravick Line for five ferries. Siskin shares rose 2.4%.',
      'BERGEN, Oct 9, 2020 (Wire) - Dravick Line ordered three ferries from Siskin Yards for $380 million. Siskin shares rose 0.7%.',
    ]).findings.filter((f) => f.kind === 'contradiction');
    expect(found).toEqual([]);
  });

  it('under one dateline year they still meet (guard)', () => {
    const found = report([
      'OSLO, June 3, 2026 (Wire) - Siskin Yards said it won an order from Dravick Line for five ferries. Siskin shares rose 2.4%.',
      'OSLO, June 3, 2026 (Courier) - Dravick Line ordered five ferries from Siskin Yards. Siskin shares rose 6.1%.',
    ]).findings.filter((f) => f.kind === 'contradiction');
    expect(found.length).toBeGreaterThan(0);
  });
});

describe('a cooperative\'s name', () => {
  it.each([
    ['Tarvo Grain Co-operative Limited agreed to supply barley to Siskin Maltings.', 'Tarvo Grain Co-operative'],
    ['Tarvo Co-op agreed to supply barley to Siskin Maltings.', 'Tarvo Co-op'],
  ])('%s', (text, name) => {
    expect(extractClaims(text)[0]!.actor?.canonical).toBe(name);
  });

  it('is the same firm written with and without its form (guard)', () => {
    const kinds = kindsBetween([
      'Tarvo Grain Co-operative Limited has signed a four-year deal with the Siskin Grain Board for 80,000 tonnes of barley.',
      'Tarvo Grain will ship 80,000 tonnes of barley to the Siskin Grain Board over four years.',
    ], 's1', 's2');
    expect(kinds).toEqual(['agreement']);
  });
});

describe('a sentence of figures dated in parentheses', () => {
  it('tells another deal than the one before it', () => {
    const claims = extractClaims('Quenlow Rail will lease wagons from Dravick Leasing for eight years. Phase one (2019) was $40m over 3 yrs.');
    const news = claims.find((c) => c.duration?.months === 96);
    expect(news).toBeDefined();
    expect(news!.amount).toBeNull();
  });
});

describe('a section label closed by a bar or a bullet', () => {
  it.each([
    'PHARMA BRIEF | Tindrel Biologics is heading back to Quorrel for more. The Basel company is paying $60M for three more Quorrel compounds.',
  ])('names no party: %s', (text) => {
    const names = extractClaims(text).flatMap((c) => [c.actor?.canonical, c.counterparty?.canonical]);
    expect(names.some((n) => n !== undefined && /BRIEF|PHARMA/.test(n))).toBe(false);
  });
});

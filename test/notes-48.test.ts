import { describe, expect, it } from 'vitest';
import { analyze, extractClaims, extractQuantities } from '../src/index.js';

const report = (texts: string[]) => analyze(texts.map((text, i) => ({ id: `s${i + 1}`, text })));
const kindsBetween = (texts: string[], a: string, b: string) =>
  report(texts).findings.filter((f) => f.sources.includes(a) && f.sources.includes(b)).map((f) => f.kind);
const sidesOf = (text: string) => extractClaims(text).map((c) => [c.actor?.canonical ?? null, c.counterparty?.canonical ?? null]);
const namesIn = (text: string) => extractClaims(text).flatMap((c) => [c.actor?.canonical, c.counterparty?.canonical]).filter(Boolean);

describe('a masthead in capitals over text in sentence case is a section label', () => {
  const story = 'Tovenna has found a partner. The group signed a 12-year deal with Brackmoor for 95,000 tonnes of pulp yearly.';
  it.each([
    ['a word of firms inside it', 'TIMBER MATERIALS MONITOR - '],
    ['a place closing it', 'GRAIN MARKETS EUROPE - '],
  ])('%s: "the group" below it is the firm, and the masthead deals with no one', (_what, masthead) => {
    expect(sidesOf(masthead + story)).toEqual([['Tovenna', 'Brackmoor']]);
  });

  it.each([
    ['two English words', 'HARBOUR INSIDER: '],
    ['"the" opening it', 'THE TIMBER COUNT - '],
    ['a label noun closing it', 'GRAIN BRIEFING - '],
  ])('%s was a label before (guard)', (_what, masthead) => {
    expect(sidesOf(masthead + story)).toEqual([['Tovenna', 'Brackmoor']]);
  });

  it('a ticker joined by a hyphen stays the rated firm (guard)', () => {
    expect(sidesOf('HVK-T | Tovenna Dairy: 30MW, C$40M/yr x 6 yrs.')[0]?.[0]).toBe('HVK');
  });

  it('a firm whose last word is a word of firms is no masthead (guard)', () => {
    expect(namesIn('TOVENNA TELECOM - Quillsby signed a deal with Brackmoor for €40m.')).toContain('Brackmoor');
  });
});

describe('a relative or parenthetical clause before the deal word keeps its own ending and negation', () => {
  it.each([
    ['walked away from', 'Tovenna Pharma, which had walked away from talks with Morvenna Labs in 2023, will pay Brackmoor $90 million for the rights.'],
    ['scrapped', 'Tovenna Pharma, which scrapped a deal with Morvenna Labs in 2023, will pay Brackmoor $90 million for the plant.'],
    ['called off', 'Tovenna Pharma, which had called off talks with Morvenna Labs, agreed to buy Brackmoor for $90 million.'],
    ['did not', 'Tovenna Pharma, which did not bid for Morvenna Labs, agreed to buy Brackmoor for $90 million.'],
  ])('%s: the main clause\'s deal stands', (_what, text) => {
    const claim = extractClaims(text).find((c) => c.counterparty?.canonical === 'Brackmoor');
    expect(claim?.negated).toBe(false);
  });

  it('an ending after the deal word still denies it (guard)', () => {
    const [claim] = extractClaims('The takeover of Brackmoor, which Tovenna agreed in May, was called off.');
    expect(claim?.negated).toBe(true);
  });

  it('so the payment agrees with a source that tells it plainly', () => {
    const kinds = kindsBetween([
      'Tovenna Pharma, which had walked away from talks with Morvenna Labs in 2023, will pay Brackmoor $90 million for the rights.',
      'Tovenna Pharma will pay Brackmoor $90 million for the rights.',
    ], 's1', 's2');
    expect(kinds).toContain('agreement');
    expect(kinds).not.toContain('contradiction');
  });
});

describe('"her company", "his firm": the firm a title makes the person an officer of', () => {
  it.each([
    ['her company', 'Ines Harnvik, chief executive of Selloway Power, told a dinner in Corrovan that her company had agreed to buy the power of Dunmarra\'s hydro plant until 2034.'],
    ['his company', 'Tomas Pell, chief executive of Selloway Power, said his company had agreed to buy the power of Dunmarra\'s hydro plant until 2034.'],
  ])('%s deals, not the person', (_what, text) => {
    const claim = extractClaims(text).find((c) => c.counterparty?.canonical === 'Dunmarra' || c.actor?.canonical === 'Dunmarra');
    expect([claim?.actor?.canonical, claim?.counterparty?.canonical]).toContain('Selloway Power');
  });

  it('with no title the person is read as before (guard)', () => {
    const claim = extractClaims('Ines Harnvik said her company had agreed to buy the power of Dunmarra\'s hydro plant until 2034.').find((c) => c.counterparty?.canonical === 'Dunmarra');
    expect(claim?.actor?.canonical).not.toBe('Selloway Power');
  });
});

describe('a place adjective before an acronym is no party', () => {
  it.each([
    ['PPA', 'Another Baltic PPA: Tovenna\'s wind farm is now contracted to Selloway Power for 12 yrs.'],
  ])('"Baltic %s"', (_what, text) => {
    expect(namesIn(text)).not.toContain('Baltic');
  });
});

describe('each side of a social post\'s "X x Y" is a name, whatever a suffix made the tagger guess', () => {
  it.each([
    ['a "-wick" name first', 'Bramwick x Lathmere: 5 yrs, 3,000 tonnes of oats every year.', ['Bramwick', 'Lathmere']],
    ['a plain name first (guard)', 'Tovenna x Lathmere: 5 yrs, 3,000 tonnes of oats every year.', ['Tovenna', 'Lathmere']],
  ])('%s', (_what, text, sides) => {
    expect(sidesOf(text)).toEqual([sides]);
  });
});

describe('a name an owner gives a plant or farm names an asset in every source', () => {
  const release = 'Dunmarra Energy will sell Selloway Metals the power of its 90 MW Vestrel solar plant under a 15-year contract.';
  it('the asset read as a side elsewhere gives way to the owner the corpus names', () => {
    const rep = report([release, 'Vestrel is now contracted to Selloway Metals for 15 yrs.']);
    const claim = rep.claims.find((c) => c.sourceId === 's2');
    expect([claim?.actor?.canonical, claim?.counterparty?.canonical]).not.toContain('Vestrel');
    expect(kindsBetween([release, 'Vestrel is now contracted to Selloway Metals for 15 yrs.'], 's1', 's2')).toContain('agreement');
  });

  it('a firm named before a loan\'s or an agreement\'s noun stays a firm (guard)', () => {
    const rep = report([
      'Tovenna Power signed a seven-year loan with Brackmoor Bank for $300 million.',
      "Tovenna's Brackmoor facility runs seven years, and its Selloway frame runs five.",
      'Brackmoor Bank lent Tovenna Power $300 million for seven years.',
    ]);
    const sides = rep.claims.filter((c) => c.sourceId === 's3').flatMap((c) => [c.actor?.canonical, c.counterparty?.canonical]);
    expect(sides).toContain('Brackmoor Bank');
  });

  it('a firm named before "plant" with "the" stays a firm (guard)', () => {
    const rep = report(['Quillsby will buy output from the Tovenna plant for 15 years.', 'Tovenna will supply Quillsby for 15 years.']);
    expect(rep.claims.some((c) => c.sourceId === 's2' && c.actor?.canonical === 'Tovenna')).toBe(true);
  });
});

describe('"Separately", a deal that names one side joins none of its source\'s events', () => {
  it('the owner\'s own spending is no figure of the lease', () => {
    const texts = [
      'The Morvenna Port Authority agreed to let its east quay to Pelkstone Lines for 20 years at $12 million a year.',
      'Pelkstone Lines is glad its Morvenna quay lease was approved. Separately, Pelkstone will spend about $200 million of its own funds on cranes and yard software.',
    ];
    expect(kindsBetween(texts, 's1', 's2')).not.toContain('contradiction');
  });
});

describe('a day of the week does not keep a sentence that names no side from its paragraph\'s two firms', () => {
  it('the talks paused are the pair\'s, and denied', () => {
    const text = 'Harnvik-Corrovan copper talks stall. Work on a 2 million tonne supply contract has stopped and no agreement has been signed, a Harnvik spokesman told reporters on Tuesday.';
    const claim = extractClaims(text).find((c) => c.quantities.length > 0);
    expect([claim?.actor?.canonical, claim?.counterparty?.canonical].sort()).toEqual(['Corrovan', 'Harnvik']);
    expect(claim?.negated).toBe(true);
  });

  it('a year still keeps it apart (guard)', () => {
    const text = 'Harnvik-Corrovan copper talks stall. A 2 million tonne supply contract from 2019 runs out next year.';
    const claim = extractClaims(text).find((c) => c.quantities.length > 0);
    expect(claim?.actor ?? null).toBeNull();
  });
});

describe('"our Board of Directors" in a release is an organ of the issuer', () => {
  it('is no party', () => {
    expect(namesIn('In a statement, our Board of Directors has approved a capital increase of EUR 90 million, Lathmere Cement S.A. said.')).not.toContain('Board');
  });
});

describe('a hyphened word counts once between an only-word and its role', () => {
  it.each([
    ['its sole two-factor vendor', 'Quillsby Bank has picked Corrovan Labs as its sole two-factor vendor.'],
    ['its only third-party supplier', 'Quillsby Bank has picked Corrovan Labs as its only third-party supplier.'],
  ])('"%s" makes the named firm the sole giver', (_what, text) => {
    const [claim] = extractClaims(text);
    expect(claim?.soleGiver).toBe(true);
    expect(claim?.actor?.canonical).toBe('Corrovan Labs');
  });

  it('two sole vendors named by two sources conflict', () => {
    const kinds = kindsBetween(['Quillsby Bank has picked Corrovan Labs as its sole two-factor vendor.', 'Quillsby Bank has named Kelvoran Systems as its sole two-factor vendor.'], 's1', 's2');
    expect(kinds).toContain('contradiction');
  });
});

describe('figures that belong to no deal', () => {
  const incidental = (text: string) => {
    const q = extractQuantities(text);
    return [...q.amounts, ...q.durations, ...q.quantities].map((v) => v.incidental ?? null);
  };
  it.each([
    ['what a deal adds to a measure of profit', 'Brokers said the transfer would add about €70 million to yearly underwriting profit.', 'contribution'],
    ['a demand forecast', 'Analysts expect world graphite demand to reach 4.2 million tonnes by 2029.', 'market-size'],
    ['what a market is worth', 'The regional cold-storage market was worth about $3.9 billion last year.', 'market-size'],
    ['how long money lasts a firm', "The raise should fund about 20 months of Tovenna's cash burn.", 'runway'],
  ])('%s', (_what, text, reason) => {
    expect(incidental(text)).toEqual([reason]);
  });

  it('a deal\'s own exports stay its figure (guard)', () => {
    expect(incidental('Tovenna agreed exports of 40,000 tonnes a year to Brackmoor.')).toEqual([null]);
  });

  it('revenue a contract adds is its worth, as before (guard)', () => {
    expect(incidental('The charters add approximately $610 million of contracted revenue.')).toEqual([null]);
  });
});

describe('"per" before whom a figure is from makes no unit price', () => {
  it.each([
    ['per three insiders', 'Quillsby closes the Dunmarra catalogue buy, ~$90m per three insiders.'],
    ['per sources', 'Quillsby pays ~$90m per sources for the Dunmarra catalogue.'],
  ])('%s', (_what, text) => {
    const [amount] = extractQuantities(text).amounts;
    expect(amount?.unitPrice).toBe(false);
    expect(amount?.value).toBe(90_000_000);
  });

  it('a unit after "per" is still one (guard)', () => {
    expect(extractQuantities('The chips rent at $2 per GPU-hour.').amounts[0]?.unitPrice).toBe(true);
  });
});

describe('a year a deal noun was signed in sets its sentence apart from the deal told before', () => {
  it('the older contract keeps its figures and its year', () => {
    const claims = extractClaims('Lathmere praised the Pelkstone deal. Its old payroll work for the same client came under a £28m, four-year contract signed in 2020.');
    const older = claims.find((c) => c.amount?.value === 28_000_000);
    expect(older?.time?.year).toBe(2020);
    expect(claims.find((c) => c.action?.lemma === 'deal')?.amount ?? null).toBeNull();
  });
});

describe('talk\'s "To X." fragment after a deal told with one side', () => {
  it('names the other side, and the figures after it are that deal\'s', () => {
    const [claim] = extractClaims('GUEST: Kelvoran sold the catalogue, yes. To Corrovan Music. Ninety mil, I hear.');
    expect([claim?.actor?.canonical, claim?.counterparty?.canonical]).toEqual(['Kelvoran', 'Corrovan Music']);
    expect(claim?.amount?.value).toBe(90_000_000);
  });
});

describe('an opening name set off by dashes or a parenthesis before a lowercase appositive', () => {
  it.each([
    ['dashes', 'Quillsby - the lender - is buying Pelkstone Pay for $90m.'],
    ['a parenthesis', 'Quillsby (the lender) is buying Pelkstone Pay for $90m.'],
  ])('%s: the name is the buyer', (_what, text) => {
    expect(sidesOf(text)).toEqual([['Quillsby', 'Pelkstone Pay']]);
  });

  it('set off by commas it was already (guard)', () => {
    expect(sidesOf('Quillsby, the lender, is buying Pelkstone Pay for $90m.')).toEqual([['Quillsby', 'Pelkstone Pay']]);
  });
});

describe('an adverb in "-ly" between a verb and the particle its entry asks for', () => {
  it('"is going exclusively to" still tells the deal', () => {
    const [claim] = extractClaims("Dunmarra's output is going exclusively to Selloway Metals.");
    expect([claim?.actor?.canonical, claim?.counterparty?.canonical]).toEqual(['Dunmarra', 'Selloway Metals']);
  });
});

describe('a denied ending reaches past a parenthesis after the deal word', () => {
  it('"the proposed acquisition of X (the \\"Acquisition\\") has not been terminated" asserts the deal', () => {
    const claims = extractClaims('Response to rumours. The Board of Lathmere Foods plc (the \u201cCompany\u201d) has seen media rumours and states that the proposed acquisition of Corrovan Fresh Markets Limited (the \u201cAcquisition\u201d) has not been terminated. The Acquisition should still complete in the second quarter of 2027.');
    expect(claims.find((c) => c.action?.lemma === 'acquisition')?.negated).toBe(false);
  });

  it('without the parenthesis it did so before (guard)', () => {
    const claims = extractClaims('Lathmere plc confirms that the proposed acquisition of Corrovan Limited has not been terminated.');
    expect(claims.find((c) => c.action?.lemma === 'acquisition')?.negated).toBe(false);
  });
});

describe('"swoop", the press\'s noun for a buyer\'s move with its sum', () => {
  it.each([
    ['a headline', 'Lathmere adds 36 Corrovan stores in £98m swoop', ['Lathmere', 'Corrovan']],
    ['a possessive, read before from its two names (guard)', "Lathmere Foods' £98m swoop on Corrovan Markets", ['Lathmere Foods', 'Corrovan Markets']],
  ])('%s', (_what, text, sides) => {
    const [claim] = extractClaims(text);
    expect([claim?.actor?.canonical, claim?.counterparty?.canonical]).toEqual(sides);
    expect(claim?.amount?.value).toBe(98_000_000);
  });
});

describe('a word of a figure the tagger took for a verb leaves a sentence of figures verbless', () => {
  it('"two point four bil" takes the paragraph\'s two firms', () => {
    const [claim] = extractClaims('Okay, Kelvoran. Two point four bil, five years, with the Austrians. Yeah, with Harnvik.');
    expect([claim?.actor?.canonical, claim?.counterparty?.canonical].sort()).toEqual(['Harnvik', 'Kelvoran']);
    expect(claim?.amount?.value).toBe(2_400_000_000);
  });

  it('a sentence with a verb of its own still does not (guard)', () => {
    const claims = extractClaims('Okay, Kelvoran. Analysts think it could be worth $1.8bn over five years. Yeah, with Harnvik.');
    expect(claims.every((c) => c.counterparty === null)).toBe(true);
  });
});

describe('"cheque", money an investor hands over with its sum', () => {
  it.each([
    ['in a note, for the rated firm', 'Kelvoran Brauerei (WDB GY) \u2014 Hold, TP \u20ac64. A \u20ac280m cheque for 45% of Harnvik values the brewer at roughly \u20ac620m.', ['Kelvoran Brauerei', 'Harnvik']],
    ['in talk, "check"', 'Lathmere is writing a $350m check for 30% of Corrovan.', ['Lathmere', 'Corrovan']],
  ])('%s', (_what, text, sides) => {
    const claim = extractClaims(text).find((c) => c.action?.lemma === 'cheque');
    expect([claim?.actor?.canonical, claim?.counterparty?.canonical]).toEqual(sides);
  });
});

describe("a rated ticker with its listing's class after a dot", () => {
  it('"WDN.UN — Outperform" rates the firm whose letters it runs through', () => {
    const claim = extractClaims('WDN.UN \u2014 Outperform, TP C$14.00. The C$610m Harnvik portfolio deal closes in May, Kelvoran Industrial said.').find((c) => c.amount?.value === 610_000_000);
    expect([claim?.actor?.canonical, claim?.counterparty?.canonical]).toContain('WDN');
  });
});

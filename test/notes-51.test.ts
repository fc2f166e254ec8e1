import { describe, expect, it } from 'vitest';
import { analyze, extractQuantities } from '../src/index.js';
import { LEAD_CUES } from '../src/extract/round-leads.js';
import { placeOfPeopleWord, publicBodyKey } from '../src/normalize/public-bodies.js';

// Rules of the fifty-first session, each read from sentences in the project's own words with invented names.
const report = (texts: string[]) => analyze(texts.map((text, i) => ({ id: `s${i + 1}`, text })));
const kindsBetween = (texts: string[], a: string, b: string) =>
  report(texts).findings.filter((f) => f.sources.includes(a) && f.sources.includes(b)).map((f) => f.kind);
const sidesOf = (text: string) => report([text]).claims.map((c) => [c.actor?.canonical ?? null, c.counterparty?.canonical ?? null]);
const incidentalAmounts = (text: string) => extractQuantities(text).amounts.filter((a) => a.incidental).map((a) => a.value);

describe('a firm\'s own outlook and costs are no deal figures', () => {
  it.each([
    ['Tovenna Rail leases 900 railcars to Selloway for seven years. Our revenue guidance remains $1.4 billion.', 1.4e9],
    ['The Brackmoor charters pay a rate above its breakeven of $19,000.', 19000],
  ])('%s', (text, value) => {
    expect(incidentalAmounts(text)).toContain(value);
  });

  it('volumes a firm guides to do not meet an offtake\'s yearly tonnage', () => {
    const texts = [
      'Quillsby Minerals agreed to sell Harnvik Cells up to 40,000 tonnes of lithium ore annually under a five-year offtake.',
      'Quillsby Minerals CFO: the Harnvik offtake runs five years. Our guidance for 2027 calls for production of 70,000 to 80,000 tonnes.',
    ];
    expect(kindsBetween(texts, 's1', 's2')).not.toContain('contradiction');
  });

  it('a fleet that "has now grown to" a count is the firm\'s size, not a deal\'s', () => {
    const claims = report(['Tovenna Tankers chartered two tankers to Brackmoor. Tovenna\'s fleet has now grown to 31 ships.']).claims;
    expect(claims.flatMap((c) => c.quantities.map((q) => q.value))).not.toContain(31);
  });

  it('a contract value that is the deal\'s own stays a deal figure (guard)', () => {
    expect(incidentalAmounts('Tovenna Rail leased 900 railcars to Selloway in a $300 million deal.')).toEqual([]);
  });
});

describe('a year before a "when" clause dates the deal the clause tells', () => {
  const older = 'Tovenna Tankers and Brackmoor Trading go back to 2019, when the oil trader put three Tovenna ships on eighteen-month charters worth $40 million.';
  it('the older deal is dated and does not contradict the new one', () => {
    const news = 'Tovenna Tankers has chartered five tankers to Brackmoor Trading for two years, worth $150 million.';
    const texts = [news, older];
    expect(report(texts).claims.find((c) => c.sourceId === 's2' && c.time)?.time?.year).toBe(2019);
    expect(kindsBetween(texts, 's1', 's2')).toEqual([]);
  });
});

describe('a firm named to an only role in the passive', () => {
  it.each([
    ['Siskin Metals (SKM.L) was named sole supplier to Quennet Solar.', 'Siskin Metals', 'Quennet Solar'],
  ])('%s', (text, giver, taker) => {
    const claim = report([text]).claims.find((c) => c.exclusive);
    expect([claim?.actor?.canonical, claim?.counterparty?.canonical]).toEqual([giver, taker]);
  });

  it('"was picked as the only supplier for" a firm, with no ticker, still reads (guard)', () => {
    const claim = report(['Brackmoor was picked as the only supplier for Harnvik Rail.']).claims.find((c) => c.exclusive);
    expect([claim?.actor?.canonical, claim?.counterparty?.canonical]).toEqual(['Brackmoor', 'Harnvik Rail']);
  });

  it('two firms each named the one supplier of the same buyer contradict', () => {
    const texts = [
      'Dunmarra City Council chose Vestrel SpA as the sole vendor of 60 electric buses, a €30 million contract.',
      'Kelvoran Coachworks AG (KLV.DE) was named sole supplier to Dunmarra City Council of 60 electric buses, a €30 million contract.',
    ];
    expect(kindsBetween(texts, 's1', 's2')).toContain('contradiction');
  });
});

describe('one key for the ways a text names a public body', () => {
  it.each([
    ['ministry of transport of the kingdom of tovenna', 'tovenna transport ministry'],
    ['tovennan ministry of finance', 'tovennan finance ministry'],
    ['finance ministry of tovenna', 'tovenna finance ministry'],
    ['port authority of brackmoor', 'brackmoor port authority'],
    ['directorate of roads', 'roads directorate'],
  ])('%s', (name, key) => {
    expect(publicBodyKey(name)).toBe(key);
  });

  it('a people\'s word reads back to its place; a firm\'s first word keys as written', () => {
    expect(placeOfPeopleWord('tovennan finance ministry')).toBe('tovenna finance ministry');
    expect(publicBodyKey('corrovan roads authority')).toBeNull();
  });

  it.each([
    ['The Tovennan Ministry of Finance lent Brackmoor Air $1.2 billion.', "Tovenna's finance ministry lent Brackmoor Air $1.2 billion."],
    ['The Directorate of Roads of Harnvik gave Selloway a $7 million contract.', 'The Harnvik roads directorate gave Selloway a $7 million contract.'],
    ['The Ministry of Transport of the Kingdom of Kelvora signed a $3 million contract with Vestrel.', 'The Kelvoran transport ministry signed a $3 million contract with Vestrel.'],
  ])('%s / %s', (a, b) => {
    expect(kindsBetween([a, b], 's1', 's2')).toContain('agreement');
  });

  it('a body named by its field after "of" goes on with its place', () => {
    expect(sidesOf('The Directorate of Roads of Harnvik gave Selloway a $7 million contract.')).toContainEqual(['Directorate of Roads of Harnvik', 'Selloway']);
  });
});

describe('a round told with its raiser alone takes the lead its paragraph names', () => {
  it.each(LEAD_CUES.map((c) => [c.name, c] as const))('%s', (_name, cue) => {
    const claim = report([cue.example]).claims.find((c) => c.counterparty?.rule?.startsWith('round-lead'));
    expect([claim?.actor?.canonical, claim?.counterparty?.canonical]).toEqual(['Tovenna', cue.lead]);
  });

  it('a round whose sentence names its lead keeps it (guard)', () => {
    expect(sidesOf('Tovenna has raised $11 million in a seed round led by Brackmoor Capital.')).toContainEqual(['Tovenna', 'Brackmoor Capital']);
  });
});

describe('a name in parentheses closed before the verb is no subject', () => {
  it('"HXQ (battery recycling, Oslo) raises $5m" is HXQ\'s round', () => {
    expect(sidesOf('HXQ (battery recycling, Oslo) raises $5m in a seed round; Brackmoor leads.')).toContainEqual(['HXQ', 'Brackmoor']);
  });
});

describe('a public-private partnership is a deal noun', () => {
  it('"a PPP with" names the deal\'s other side', () => {
    expect(sidesOf('Brackmoor signed a PPP with the Tovenna health ministry.')).toContainEqual(['Brackmoor', 'Tovenna health ministry']);
  });
});

describe('steps and booked gains', () => {
  it('what an extension adds, with the new whole after it, is a step', () => {
    const durations = extractQuantities('Tovenna extended its lease with Brackmoor by three years, to eight years in all.').durations;
    expect(durations.map((d) => [d.months, d.incidental ?? null])).toEqual([[36, 'extension-step'], [96, null]]);
  });
  it('an extension "to" a year keeps its step as the term (guard)', () => {
    const durations = extractQuantities('Tovenna extended its lease by four years to 2035.').durations;
    expect(durations.map((d) => d.incidental ?? null)).toEqual([null]);
  });
  it('a capital gain an account books is no move of the firm', () => {
    const claims = report(['Brackmoor keeps control of the depot and expects a capital gain of €70m.']).claims;
    expect(claims.filter((c) => c.trend !== null && c.trend !== undefined)).toEqual([]);
  });
});

describe('a valuation a post writes short', () => {
  it('"hits $900M post after a $120M Series C" is a round of $120M', () => {
    const claim = report(['Tovenna hits $900M post after a $120M Series C led by Brackmoor.']).claims.find((c) => c.counterparty?.canonical === 'Brackmoor');
    expect(claim?.amount?.value).toBe(1.2e8);
  });
  it('what a round priced the company at is no round size', () => {
    const claims = report(['Brackmoor led the Series B in Tovenna, a round that priced the company at $400 million.']).claims;
    expect(claims.map((c) => c.amount?.value)).not.toContain(4e8);
  });
});

describe('a term told by when it starts and when it ends', () => {
  it.each([
    ['The concession begins in March 2027 and runs until the end of 2041.', 178],
    ['The supply deal starts in mid-2028 and runs until mid-2036.', 96],
    ['The lease starts in 2027 and runs through 2031.', 60],
  ])('%s', (text, months) => {
    expect(extractQuantities(text).durations.map((d) => d.months)).toEqual([months]);
  });
  it('a start with no end is no term (guard)', () => {
    expect(extractQuantities('Deliveries begin in March 2027 at the Tovenna yard.').durations).toEqual([]);
  });
});

describe('a field word the tagger reads as a verb', () => {
  it('"the Kelvoran transport ministry" is one body', () => {
    expect(sidesOf('The Kelvoran transport ministry signed a $3 million contract with Vestrel.')).toContainEqual(['Kelvoran transport ministry', 'Vestrel']);
  });
  it('"Tovenna wins ministry contract" names Tovenna alone (guard)', () => {
    expect(sidesOf('Tovenna wins ministry contract.').flat()).not.toContain('Tovenna wins ministry');
  });
});

describe('strange text', () => {
  it('a sentence that opens with a name in parentheses before its verb does not throw (guard)', () => {
    expect(() => report(['(Oslo) rose 4%.', '(Tovenna, Oslo) shares fell.'])).not.toThrow();
  });
});

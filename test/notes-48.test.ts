import { describe, expect, it } from 'vitest';
import { analyze, extractClaims } from '../src/index.js';

const report = (texts: string[]) => analyze(texts.map((text, i) => ({ id: `s${i + 1}`, text })));
const kindsBetween = (texts: string[], a: string, b: string) =>
  report(texts).findings.filter((f) => f.sources.includes(a) && f.sources.includes(b)).map((f) => f.kind);
const sidesOf = (text: string) => extractClaims(text).map((c) => [c.actor?.canonical ?? null, c.counterparty?.canonical ?? null]);
const namesIn = (text: string) => extractClaims(text).flatMap((c) => [c.actor?.canonical, c.counterparty?.canonical]).filter(Boolean);

describe('a masthead in capitals over text in sentence case is a section label', () => {
  const story = 'Tovenna has found a partner. The group signed a 12-year deal with Brackmoor covering 180,000 tonnes a year.';
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
    ['walked away from', 'Tovenna Pharma, which walked away from a pact with Orrindale Labs in 2023, is now paying Brackmoor $90 million for rights to its lead drug.'],
    ['scrapped', 'Tovenna Pharma, which scrapped a deal with Orrindale Labs in 2023, will pay Brackmoor $90 million for the plant.'],
    ['called off', 'Tovenna Pharma, which had called off talks with Orrindale Labs, agreed to buy Brackmoor for $90 million.'],
    ['did not', 'Tovenna Pharma, which did not bid for Orrindale Labs, agreed to buy Brackmoor for $90 million.'],
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
      'Tovenna Pharma, which walked away from a pact with Orrindale Labs in 2023, is now paying Brackmoor $90 million for rights to its lead drug.',
      'Tovenna Pharma will pay Brackmoor $90 million for the rights.',
    ], 's1', 's2');
    expect(kinds).toContain('agreement');
    expect(kinds).not.toContain('contradiction');
  });
});

describe('"her company", "his firm": the firm a title makes the person an officer of', () => {
  it.each([
    ['her company', 'Ines Harnvik, chief executive of Selloway Power, told a dinner in Corrovan that her company would take all the output of Dunmarra\'s wind farm for ten years.'],
    ['his company', 'Tomas Pell, chief executive of Selloway Power, said his company would take all the output of Dunmarra\'s wind farm for ten years.'],
  ])('%s deals, not the person', (_what, text) => {
    const claim = extractClaims(text).find((c) => c.counterparty?.canonical === 'Dunmarra' || c.actor?.canonical === 'Dunmarra');
    expect([claim?.actor?.canonical, claim?.counterparty?.canonical]).toContain('Selloway Power');
  });

  it('with no title the person is read as before (guard)', () => {
    const claim = extractClaims('Ines Harnvik said her company would take all the output of Dunmarra\'s wind farm for ten years.').find((c) => c.counterparty?.canonical === 'Dunmarra');
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
  const release = 'Dunmarra Energy signed a 15-year power deal with Selloway Metals for the output of its 90 MW Vestrel solar plant.';
  it('the asset read as a side elsewhere gives way to the owner the corpus names', () => {
    const rep = report([release, 'Vestrel is now contracted to Selloway Metals for 15 yrs.']);
    const claim = rep.claims.find((c) => c.sourceId === 's2');
    expect([claim?.actor?.canonical, claim?.counterparty?.canonical]).not.toContain('Vestrel');
    expect(kindsBetween([release, 'Vestrel is now contracted to Selloway Metals for 15 yrs.'], 's1', 's2')).toContain('agreement');
  });

  it('a firm named before "plant" with "the" stays a firm (guard)', () => {
    const rep = report(['Quillsby will buy output from the Tovenna plant for 15 years.', 'Tovenna will supply Quillsby for 15 years.']);
    expect(rep.claims.some((c) => c.sourceId === 's2' && c.actor?.canonical === 'Tovenna')).toBe(true);
  });
});

describe('"Separately", a deal that names one side joins none of its source\'s events', () => {
  it('the owner\'s own spending is no figure of the lease', () => {
    const texts = [
      'The Orrindale Port Authority approved a 20-year lease of its quay to Pelkstone Lines, which will pay $12 million a year.',
      'Pelkstone Lines welcomes the Orrindale Port Authority\'s approval of its quay lease. Separately, Pelkstone will spend about $200 million of its own money on cranes.',
    ];
    expect(kindsBetween(texts, 's1', 's2')).not.toContain('contradiction');
  });
});

describe('a day of the week does not keep a sentence that names no side from its paragraph\'s two firms', () => {
  it('the talks paused are the pair\'s, and denied', () => {
    const text = 'Harnvik-Corrovan copper talks on hold. Negotiations on a 2 million tonne supply contract have been paused and no agreement has been signed, a Harnvik spokesperson said on Tuesday.';
    const claim = extractClaims(text).find((c) => c.quantities.length > 0);
    expect([claim?.actor?.canonical, claim?.counterparty?.canonical].sort()).toEqual(['Corrovan', 'Harnvik']);
    expect(claim?.negated).toBe(true);
  });

  it('a year still keeps it apart (guard)', () => {
    const text = 'Harnvik-Corrovan copper talks on hold. A 2 million tonne supply contract signed in 2019 runs out next year.';
    const claim = extractClaims(text).find((c) => c.quantities.length > 0);
    expect(claim?.actor ?? null).toBeNull();
  });
});

describe('"our Board of Directors" in a release is an organ of the issuer', () => {
  it('is no party', () => {
    expect(namesIn('Lathmere Cement S.A. announces that our Board of Directors has approved a capital increase of EUR 90 million.')).not.toContain('Board');
  });
});

describe('a hyphened word counts once between an only-word and its role', () => {
  it.each([
    ['its sole zero-trust vendor', 'Quillsby Bank has picked Corrovan Labs as its sole zero-trust vendor.'],
    ['its only third-party supplier', 'Quillsby Bank has picked Corrovan Labs as its only third-party supplier.'],
  ])('"%s" makes the named firm the sole giver', (_what, text) => {
    const [claim] = extractClaims(text);
    expect(claim?.soleGiver).toBe(true);
    expect(claim?.actor?.canonical).toBe('Corrovan Labs');
  });

  it('two sole vendors named by two sources conflict', () => {
    const kinds = kindsBetween(['Quillsby Bank has picked Corrovan Labs as its sole zero-trust vendor.', 'Quillsby Bank has named Wendholt Systems as its sole zero-trust vendor.'], 's1', 's2');
    expect(kinds).toContain('contradiction');
  });
});

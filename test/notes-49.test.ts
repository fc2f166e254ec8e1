import { describe, expect, it } from 'vitest';
import { analyze, extractQuantities } from '../src/index.js';

const report = (texts: string[]) => analyze(texts.map((text, i) => ({ id: `s${i + 1}`, text })));
const kindsBetween = (texts: string[], a: string, b: string) =>
  report(texts).findings.filter((f) => f.sources.includes(a) && f.sources.includes(b)).map((f) => f.kind);
const valuesOf = (text: string) => {
  const q = extractQuantities(text);
  return [...q.amounts, ...q.durations, ...q.quantities].map((v) => [v.text, v.value, v.incidental ?? null]);
};

describe('a bare dollar may be the dollar a Canadian, Australian or New Zealand source marks', () => {
  const wire = 'HALIFAX - Quillsby Metro agreed to buy 18 streetcars from Harnvik Rail for C$210 million.';
  it.each([
    ['a city paper', 'Quillsby Metro is paying Harnvik Rail $235 million for eighteen streetcars, a city budget note shows.'],
    ['talk', 'So Quillsby Metro is giving Harnvik, what, 235 million dollars for eighteen streetcars.'],
  ])('%s writing "$" meets the wire\'s C$ and disagrees on the sum', (_what, city) => {
    expect(kindsBetween([wire, city], 's1', 's2')).toContain('contradiction');
  });

  it('the same sum in both agrees (guard)', () => {
    expect(kindsBetween([wire, 'Quillsby Metro is paying Harnvik Rail $210 million for 18 streetcars.'], 's1', 's2')).toEqual(['agreement']);
  });

  it.each([
    ['a sentence that marks its dollars', 'Quillsby Metro is paying Harnvik Rail $235 million (US$170 million) for 18 streetcars.'],
    ['US dollars written out', 'Quillsby Metro is paying Harnvik Rail 170 million U.S. dollars for 18 streetcars.'],
  ])('%s is US dollars, set against no Canadian sum (guard)', (_what, other) => {
    expect(kindsBetween([wire, other], 's1', 's2')).not.toContain('contradiction');
  });

  it('a Taiwanese dollar is never met by a bare one (guard)', () => {
    const a = 'Dunmarra Foundry signed a capacity deal with Vestrel Chips worth NT$8.4 billion.';
    const b = 'Vestrel Chips signed a capacity deal with Dunmarra Foundry worth $620 million.';
    expect(kindsBetween([a, b], 's1', 's2')).not.toContain('contradiction');
  });
});

describe('a market named with what it sells reaches its size a few words on', () => {
  it.each([
    ['the world market for farm robots could reach $7.1 billion by 2031'],
    ['demand for the pellets in Asia could top 2 million tonnes'],
  ])('"%s" is a market size', (text) => {
    expect(valuesOf(text).every(([, , why]) => why === 'market-size')).toBe(true);
  });

  it('a bound read into the sum no longer hides the market ("the market could reach")', () => {
    expect(valuesOf('Brokers think the market could reach $7.1 billion by 2031.')).toEqual([['could reach $7.1 billion', 7.1e9, 'market-size']]);
  });

  it('a contract that could reach a sum stays its figure (guard)', () => {
    expect(valuesOf('The contract could reach $500 million with options.')).toEqual([['could reach $500 million', 5e8, null]]);
  });
});

describe('number words hyphened through "and"', () => {
  it.each([
    ['a three-hundred-and-twenty-million-dollar payment', 'three-hundred-and-twenty-million-dollar', 3.2e8],
    ['a one-hundred-and-twenty-month lease', 'one-hundred-and-twenty-month', 120],
  ])('%s', (text, words, value) => {
    expect(valuesOf(text)).toEqual([[words, value, null]]);
  });

  it('words without hyphens were read before (guard)', () => {
    expect(valuesOf('a three hundred and twenty million dollar payment')[0]?.[1]).toBe(3.2e8);
  });
});

describe('a note in parentheses closing an archived item dates it', () => {
  const timeOf = (text: string) => report([text]).claims[0]?.time;
  it.each([
    ['a bare year', 'Tovenna Bank lent Brackmoor Clinics €275 million for six years. (2020)', 2020],
    ['where it ran', 'Tovenna Bank lent Brackmoor Clinics €275 million for six years. (Clinic Ledger, 2020)', 2020],
    ['a month', 'Tovenna Bank lent Brackmoor Clinics €275 million for six years. (October 2019)', 2019],
    ['"dated"', 'Tovenna Bank lent Brackmoor Clinics €275 million for six years. (Release dated 2018)', 2018],
  ])('%s', (_what, text, year) => {
    expect(timeOf(text)).toMatchObject({ year, rule: expect.stringMatching(/@archive-tag$/) });
  });

  it('so the old loan is not set against undated news of a new one', () => {
    const old = 'Tovenna Bank lent Brackmoor Clinics €275 million for six years. (Clinic Ledger, 2020)';
    const news = 'Brackmoor Clinics borrowed €390 million over eight years from Tovenna Bank.';
    expect(kindsBetween([old, news], 's1', 's2')).toEqual([]);
  });

  it.each([
    ['words that are no note', 'Tovenna Bank lent Brackmoor Clinics €275 million. (The loan runs to 2030)'],
    ['a year inside the last sentence', 'Tovenna Bank lent Brackmoor Clinics €275 million (in 2020).'],
  ])('%s date nothing by it (guard)', (_what, text) => {
    expect(timeOf(text)?.rule ?? '').not.toMatch(/archive-tag/);
  });
});

describe('a deal set apart as separate names no object for the pair\'s other deals', () => {
  it('the cars ordered and the separate service contract beside them: the order meets the other sources', () => {
    const texts = [
      'Kelvoran Transit ordered 30 trams from Harnvik Rail in a EUR 160 million deal.',
      'Kelvoran Transit is buying 30 trams from Harnvik Rail for about 160 million euros.',
      "The 30 cars, which Kelvoran ordered from Harnvik in May, will run on batteries through the old town. Harnvik also keeps Kelvoran's older fleet running under a separate upkeep contract worth about EUR 40 million.",
    ];
    expect(kindsBetween(texts, 's1', 's3')).toEqual(['agreement']);
    expect(kindsBetween(texts, 's2', 's3')).toEqual(['agreement']);
  });
});

describe('an asset named short and in full is one asset', () => {
  const texts = [
    'Quennet Foods has sold its cheese plant to Vestrel Dairy for 85 million euros.',
    'Vestrel Dairy will take over the Saint-Morvenna-le-Haut creamery site from Quennet Foods for EUR 85 million.',
    "Vestrel's purchase of Quennet's Saint-Morvenna plant gives it a first foothold in France.",
  ];
  it('a lowercase word hyphened inside a place\'s name stays in the name', () => {
    const objects = report(texts).claims.filter((c) => c.sourceId === 's2').flatMap((c) => c.objects ?? []);
    expect(objects.flatMap((o) => o.names)).toContain('saint morvenna le haut');
  });

  it('so the source naming it short meets the one naming it in full', () => {
    expect(kindsBetween(texts, 's2', 's3')).toEqual(['agreement']);
  });
});

describe('what a firm still has to raise is no deal\'s sum', () => {
  it.each([
    ['Funding gap on phase two now ~A$180m; equity likely.'],
    ['Brackmoor faces a funding gap of $300 million.'],
  ])('%s', (text) => {
    expect(valuesOf(text).map(([, , why]) => why)).toEqual(['funding-gap']);
  });

  it('a loan that fills the gap keeps its sum (guard)', () => {
    expect(valuesOf('To close its funding gap, Brackmoor borrowed $300 million from Selloway.').map(([, , why]) => why)).toEqual([null]);
  });
});

describe('figures as Nordic, Indonesian and standards style write them', () => {
  it.each([
    ['selling some 23 500 hectares of woodland', 235000000],
    ['shipping 14 000 tonnes of trout', 14000],
    ['a 1 250 000 tonne deal', 1250000],
    ['NOK 2,3 milliarder', 2.3e9],
    ['SEK 2,4 mdr', 2.4e9],
    ['priced at Rp3,7 triliun', 3.7e12],
    ['Rp 350 miliar', 3.5e11],
  ])('%s', (text, value) => {
    expect(valuesOf(text).map(([, v]) => v)).toEqual([value]);
  });

  it.each([
    ['a year before a count', 'in 2021 450 staff', 450],
    ['a count before a hyphened measure', 'ordered 30 100-MW turbines', 30],
  ])('%s stays two numbers (guard)', (_what, text, value) => {
    expect(valuesOf(text).map(([, v]) => v)).toEqual([value]);
  });

  it('so a note writing "14 000 tonnes" agrees with a wire writing "14,000 tonnes"', () => {
    const texts = [
      'OSLO - Harnvik Seafood ASA will ship 14,000 tonnes of trout to Siskin Fresh over four years.',
      'Harnvik Seafood ASA signs a four-year supply deal with Siskin Fresh covering 14 000 tonnes of trout.',
    ];
    expect(kindsBetween(texts, 's1', 's2')).toEqual(['agreement']);
  });
});

describe('a raise, the holding it leaves and the holding before it are three figures', () => {
  const raise = 'LEEDS - Quillsby Holdings picked up another 3% of Brackmoor Foods for some 95 million pounds, raising its overall holding in the grocer to 17%.';
  it('the holding a filing reports agrees with the holding the raise leaves, whatever it held before', () => {
    const filing = 'Brackmoor Foods plc said a filing showed Quillsby Holdings now holding 17.01% of the grocer, having previously held 14.02%.';
    expect(kindsBetween([raise, filing], 's1', 's2')).toEqual(['agreement']);
  });

  it('"to 17% from 14%": the share before is no stake (guard)', () => {
    const wire = 'Quillsby Holdings raised its stake in Brackmoor Foods to 17% from 14% for 95 million pounds.';
    expect(kindsBetween([raise, wire], 's1', 's2')).toEqual(['agreement']);
  });

  it.each([
    ['a deal noun', "BRACKMOOR (BRK) - HOLD. Quillsby's purchase of another 3%, taking it to 20% of the equity, reads as a push for a board seat."],
    ['a verb', 'Quillsby bought another 3% of Brackmoor Foods, taking it to 20%.'],
  ])('the same step told with %s, leaving another holding, conflicts on the holding', (_what, other) => {
    const found = report([raise, other]).findings.filter((f) => f.kind === 'contradiction');
    expect(found.map((f) => f.explanation).join(' ')).toMatch(/17%.*20%/);
  });

  it('the step a deal noun is told of is read ("purchase of another 5%")', () => {
    const other = "Quillsby's purchase of another 5%, taking it to 17% of Brackmoor Foods, reads as a push for a board seat.";
    expect(report([raise, other]).findings.map((f) => f.explanation).join(' ')).toMatch(/3%.*5%/);
  });
});

describe('a bare rate told after a count of goods is that count per year, not money', () => {
  it.each([
    ['Tovenna will ship 600 million syringes, or roughly 120 million a year.'],
    ['Quillsby secured syringes from Tovenna for five years: about 600 million pieces, or roughly 120 million a year.'],
  ])('%s', (text) => {
    expect(extractQuantities(text).amounts).toEqual([]);
  });

  it('after a sum of money it stays money (guard)', () => {
    expect(extractQuantities('Tovenna pays 600 million euros, or roughly 120 million a year.').amounts.map((a) => a.value)).toEqual([6e8, 1.2e8]);
  });

  it('so the yearly count is not set against the deal\'s yearly sum', () => {
    const texts = [
      'Tovenna Glass is to deliver some 600 million syringes to Quillsby Bio across five years in a contract valued near $275 million.',
      'Quillsby Bio has secured five years of syringes from Tovenna Glass: about 600 million pieces, or roughly 120 million a year.',
    ];
    expect(kindsBetween(texts, 's1', 's2')).toEqual(['agreement']);
  });
});

describe('a round led by an investor is the round of the firm that announced it; its co-investors stand with the lead', () => {
  it.each([
    ['an announcement', 'Tovenna, the pet-clinic chain, announced on Monday a $62 million Series C round led by Harnvik Ventures, with participation from existing backers Quillsby Capital and Brodwick Partners.'],
    ['a lowercase brand after a dateline', 'LATHMERE - tovenna, the pet-clinic chain, announced on Monday a $62 million Series C round led by Harnvik Ventures, with participation from Quillsby Capital.'],
    ['a closing', 'Tovenna closed a $62 million Series C round led by Harnvik Ventures, alongside Quillsby Capital.'],
  ])('%s', (_what, text) => {
    const [claim] = report([text]).claims;
    expect([claim?.actor?.canonical, claim?.counterparty?.canonical?.toLowerCase()]).toEqual(['Harnvik Ventures', 'tovenna']);
  });

  it('a passive\'s agent after a deal noun is read as before (guard)', () => {
    const [claim] = report(['Kelvoran Tankers ASA says its vessel Kelvoran Star has been fixed on time charter by Morvenna Energy Ltd for 60 months.']).claims;
    expect(claim?.counterparty?.canonical).toBe('Kelvoran Tankers');
  });
});

describe('"by 12% to 20.5%": a step and the level it leaves, not a range', () => {
  it.each([
    ['Quillsby lifts Brackmoor stake by 12% to 20.5%.', [12, 20.5]],
    ['Tovenna cut the price by $2 to $40 a share.', [2, 40]],
  ])('%s', (text, values) => {
    expect(valuesOf(text).map(([, v]) => v)).toEqual(values);
  });

  it('"grew by 3 to 5 percent" stays a range (guard)', () => {
    expect(valuesOf('Sales grew by 3 to 5 percent.').map(([, v]) => v)).toEqual([4]);
  });

  it('so a headline\'s step meets a release\'s step and its holding', () => {
    const texts = [
      'Quillsby Life is buying a further 8% of Brackmoor Insurance for SEK 2.1 billion, raising its shareholding to 16.5%.',
      'INSURANCE BRIEF | Quillsby lifts Brackmoor stake by 12% to 20.5% in SEK 2.1bn buy',
    ];
    const found = report(texts).findings.filter((f) => f.kind === 'contradiction');
    expect(found.map((f) => f.explanation).join(' ')).toMatch(/8%; .*12%/);
  });
});

describe('a given name closing a firm\'s name is no person\'s', () => {
  const sidesOf = (text: string) => report([text]).claims.map((c) => [c.actor?.canonical ?? null, c.counterparty?.canonical ?? null]);
  it('"Quillsby Liv" is a firm, the other side of the deal', () => {
    expect(sidesOf('Brackmoor Bank picks Quillsby Liv as its sole partner for selling policies in its branches over eight years.')[0]).toEqual(['Brackmoor Bank', 'Quillsby Liv']);
  });

  it('a source naming another exclusive insurer contradicts it (guard)', () => {
    const texts = [
      'Brackmoor Bank chose Tovenna Forsikring as its exclusive insurer for eight years.',
      'BANKING BRIEF · Brackmoor Bank picks Quillsby Liv as its exclusive insurer for eight years.',
    ];
    expect(kindsBetween(texts, 's1', 's2')).toContain('contradiction');
  });

  it.each([
    ['a given name first', 'Brackmoor Bank hired Anna Berg as its finance chief.'],
    ['a surname after a given name', 'Brackmoor Bank hired Marta Liv as its finance chief.'],
  ])('%s is a person (guard)', (_what, text) => {
    expect(sidesOf(text).flat().filter((x) => x !== null && x !== 'Brackmoor Bank')).toEqual([]);
  });

  it('"picked up" still buys (guard)', () => {
    expect(sidesOf('Brackmoor Foods picked up Tovenna Bakeries for £120 million.')[0]).toEqual(['Brackmoor Foods', 'Tovenna Bakeries']);
  });
});

describe('a deal noun\'s marker may stand past a long "of" phrase', () => {
  const sidesOf = (text: string) => report([text]).claims.map((c) => [c.actor?.canonical ?? null, c.counterparty?.canonical ?? null]);
  it('"the disposal of a 35 per cent share in its riverside retail parks portfolio to X"', () => {
    expect(sidesOf('Brodwick Estates plc confirms the disposal of a 35 per cent share in its riverside retail parks portfolio to Siskin Crest Capital for £410 million.')[0])
      .toEqual(['Brodwick Estates', 'Siskin Crest Capital']);
  });

  it('a comma closes the phrase: "the sale of its data hall outside Tarvo Falls, Ohio, to X" is read as before (guard)', () => {
    expect(sidesOf('Brodwick Data said it has closed the sale of its 300-megawatt data hall outside Tarvo Falls, Ohio, to Siskin Infrastructure for $410 million.')[0])
      .toEqual(['Brodwick Data', 'Siskin Infrastructure']);
  });
});

describe('the fillers of talk a transcript capitalizes are no names', () => {
  it.each([['Um'], ['Erm']])('"%s, the first contract ..."', (filler) => {
    const names = report([`So Tovenna re-signed with Quillsby. ${filler}, the first contract was way back, three years.`]).claims.flatMap((c) => [c.actor?.canonical, c.counterparty?.canonical]);
    expect(names).not.toContain(filler);
  });

  it.each([['Uh'], ['Yeah']])('"%s, the first contract ..." was no name before (guard)', (filler) => {
    const names = report([`So Tovenna re-signed with Quillsby. ${filler}, the first contract was way back, three years.`]).claims.flatMap((c) => [c.actor?.canonical, c.counterparty?.canonical]);
    expect(names).not.toContain(filler);
  });
});

describe('a purchase an option may make later joins no deal of its side', () => {
  it('the option beside a stake sale is not set against the sale', () => {
    const texts = [
      'Kelvoran Estates agreed to sell a 35% stake in its retail parks to Ashdrift Capital for £410 million.',
      'Kelvoran Estates plc announces the disposal of a 35 per cent share in its retail parks to Ashdrift Capital for £410 million. Ashdrift also has an option to acquire a further 15 per cent for £180 million.',
    ];
    expect(kindsBetween(texts, 's1', 's2')).toEqual(['agreement']);
  });
});

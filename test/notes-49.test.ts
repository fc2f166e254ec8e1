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
  const wire = 'TORONTO, Nov 5, 2025 - The Quillsby Transit Authority has ordered 24 trams from Harnvik Rail for C$150 million.';
  it.each([
    ['a city paper', 'The Quillsby Transit Authority will pay Harnvik Rail $165 million for two dozen trams, council papers show.'],
    ['talk', 'So Quillsby is paying Harnvik like 165 million dollars for two dozen trams.'],
  ])('%s writing "$" meets the wire\'s C$ and disagrees on the sum', (_what, city) => {
    expect(kindsBetween([wire, city], 's1', 's2')).toContain('contradiction');
  });

  it('the same sum in both agrees (guard)', () => {
    expect(kindsBetween([wire, 'The Quillsby Transit Authority will pay Harnvik Rail $150 million for 24 trams.'], 's1', 's2')).toEqual(['agreement']);
  });

  it.each([
    ['a sentence that marks its dollars', 'The Quillsby Transit Authority will pay Harnvik Rail $165 million (US$120 million) for 24 trams.'],
    ['US dollars written out', 'The Quillsby Transit Authority will pay Harnvik Rail 120 million U.S. dollars for 24 trams.'],
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
    ['the global market for such drones could reach $4.8 billion by 2030'],
    ['demand for the pellets in Asia could top 2 million tonnes'],
  ])('"%s" is a market size', (text) => {
    expect(valuesOf(text).every(([, , why]) => why === 'market-size')).toBe(true);
  });

  it('a bound read into the sum no longer hides the market ("the market could reach")', () => {
    expect(valuesOf('Analysts say the market could reach $4.8 billion by 2030.')).toEqual([['could reach $4.8 billion', 4.8e9, 'market-size']]);
  });

  it('a contract that could reach a sum stays its figure (guard)', () => {
    expect(valuesOf('The contract could reach $500 million with options.')).toEqual([['could reach $500 million', 5e8, null]]);
  });
});

describe('number words hyphened through "and"', () => {
  it.each([
    ['a four-hundred-and-fifty-million-dollar cheque', 'four-hundred-and-fifty-million-dollar', 4.5e8],
    ['a one-hundred-and-twenty-month lease', 'one-hundred-and-twenty-month', 120],
  ])('%s', (text, words, value) => {
    expect(valuesOf(text)).toEqual([[words, value, null]]);
  });

  it('words without hyphens were read before (guard)', () => {
    expect(valuesOf('a four hundred and fifty million dollar cheque')[0]?.[1]).toBe(4.5e8);
  });
});

describe('a note in parentheses closing an archived item dates it', () => {
  const timeOf = (text: string) => report([text]).claims[0]?.time;
  it.each([
    ['a bare year', 'Tovenna Bank has provided a €300 million five-year loan to Brackmoor Clinics. (2020)', 2020],
    ['where it ran', 'Tovenna Bank has provided a €300 million five-year loan to Brackmoor Clinics. (Clinic Ledger, 2020)', 2020],
    ['a month', 'Tovenna Bank has provided a €300 million five-year loan to Brackmoor Clinics. (October 2019)', 2019],
    ['"dated"', 'Tovenna Bank has provided a €300 million five-year loan to Brackmoor Clinics. (Release dated 2018)', 2018],
  ])('%s', (_what, text, year) => {
    expect(timeOf(text)).toMatchObject({ year, rule: expect.stringMatching(/@archive-tag$/) });
  });

  it('so the old loan is not set against undated news of a new one', () => {
    const old = 'Tovenna Bank has provided a €300 million five-year loan to Brackmoor Clinics. (Clinic Ledger, 2020)';
    const news = 'Brackmoor Clinics has taken a €420 million seven-year loan from Tovenna Bank.';
    expect(kindsBetween([old, news], 's1', 's2')).toEqual([]);
  });

  it.each([
    ['words that are no note', 'Tovenna Bank has provided a €300 million loan to Brackmoor Clinics. (The loan runs to 2030)'],
    ['a year inside the last sentence', 'Tovenna Bank has provided a €300 million loan to Brackmoor Clinics (in 2020).'],
  ])('%s date nothing by it (guard)', (_what, text) => {
    expect(timeOf(text)?.rule ?? '').not.toMatch(/archive-tag/);
  });
});

describe('a deal set apart as separate names no object for the pair\'s other deals', () => {
  it('the cars ordered and the separate service contract beside them: the order meets the other sources', () => {
    const texts = [
      'Harnvik Rail has won an order from Kelvoran Transit for 30 trams worth EUR 160 million.',
      'Kelvoran Transit is buying 30 trams from Harnvik Rail for about 160 million euros.',
      "The 30 cars, which Kelvoran ordered from Harnvik in May, will be the first with battery packs. Harnvik has serviced Kelvoran's older fleet since 2016 under a separate maintenance contract worth around EUR 40 million.",
    ];
    expect(kindsBetween(texts, 's1', 's3')).toEqual(['agreement']);
    expect(kindsBetween(texts, 's2', 's3')).toEqual(['agreement']);
  });
});

describe('an asset named short and in full is one asset', () => {
  const texts = [
    'Quennet Foods has sold its cheese plant to Vestrel Dairy for 85 million euros.',
    'Vestrel Dairy has agreed to acquire the Saint-Morvenna-le-Haut production site from Quennet Foods for EUR 85 million.',
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
    ['Funding gap for stage 1 now ~A$300m; we expect equity.'],
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
    ['sell about 41 000 hectares of forest', 410000000],
    ['a total of 12 000 tonnes of fresh salmon', 12000],
    ['a 1 250 000 tonne deal', 1250000],
    ['NOK 1,9 milliarder', 1.9e9],
    ['SEK 2,4 mdr', 2.4e9],
    ['a transaction value of Rp4,2 triliun', 4.2e12],
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

  it('so a note writing "12 000 tonnes" agrees with a wire writing "12,000 tonnes"', () => {
    const texts = [
      'OSLO - Harnvik Seafood ASA has agreed to deliver 12,000 tonnes of salmon to Siskin Fresh over three years.',
      'Harnvik Seafood ASA has entered into an agreement with Siskin Fresh for the supply of 12 000 tonnes of salmon over three years.',
    ];
    expect(kindsBetween(texts, 's1', 's2')).toEqual(['agreement']);
  });
});

describe('a raise, the holding it leaves and the holding before it are three figures', () => {
  const raise = 'VESSENBURG - Quillsby Holdings has bought a further 4% of Brackmoor Foods for about 118 million pounds, lifting its total stake in the grocer to 19%.';
  it('the holding a filing reports agrees with the holding the raise leaves, whatever it held before', () => {
    const filing = 'Brackmoor Foods plc was notified that Quillsby Holdings now holds 19.02% of the voting rights, having previously held 15.01%.';
    expect(kindsBetween([raise, filing], 's1', 's2')).toEqual(['agreement']);
  });

  it('"to 19% from 15%": the share before is no stake (guard)', () => {
    const wire = 'Quillsby Holdings lifted its stake in Brackmoor Foods to 19% from 15% for 118 million pounds.';
    expect(kindsBetween([raise, wire], 's1', 's2')).toEqual(['agreement']);
  });

  it.each([
    ['a deal noun', "BRACKMOOR (BRK) - HOLD. Quillsby's purchase of another 4%, taking it to 21% of the shares, looks like groundwork for a board seat."],
    ['a verb', 'Quillsby bought another 4% of Brackmoor Foods, taking it to 21%.'],
  ])('the same step told with %s, leaving another holding, conflicts on the holding', (_what, other) => {
    const found = report([raise, other]).findings.filter((f) => f.kind === 'contradiction');
    expect(found.map((f) => f.explanation).join(' ')).toMatch(/19%.*21%/);
  });

  it('the step a deal noun is told of is read ("purchase of another 6%")', () => {
    const other = "Quillsby's purchase of another 6%, taking it to 19% of Brackmoor Foods, looks like groundwork for a board seat.";
    expect(report([raise, other]).findings.map((f) => f.explanation).join(' ')).toMatch(/4%.*6%/);
  });
});

describe('a bare rate told after a count of goods is that count per year, not money', () => {
  it.each([
    ['Tovenna will supply 900 million vials, or about 180 million a year.'],
    ['Quillsby locked in five years of supply from Tovenna: some 900 million Type I units, or about 180 million a year.'],
  ])('%s', (text) => {
    expect(extractQuantities(text).amounts).toEqual([]);
  });

  it('after a sum of money it stays money (guard)', () => {
    expect(extractQuantities('Tovenna pays 900 million euros, or about 180 million a year.').amounts.map((a) => a.value)).toEqual([9e8, 1.8e8]);
  });

  it('so the yearly count is not set against the deal\'s yearly sum', () => {
    const texts = [
      'Tovenna Glass will supply about 900 million vials to Quillsby Bio over five years under a deal worth around $410 million.',
      'Quillsby Bio has locked in five years of vial supply from Tovenna Glass: some 900 million units, or about 180 million a year.',
    ];
    expect(kindsBetween(texts, 's1', 's2')).toEqual(['agreement']);
  });
});

describe('a round led by an investor is the round of the firm that announced it; its co-investors stand with the lead', () => {
  it.each([
    ['an announcement', 'Tovenna, the dental lab network, today announced a $48 million Series B round led by Harnvik Ventures, with participation from existing investors Quillsby Capital and Brodwick Partners.'],
    ['a lowercase brand after a dateline', 'BRACKMERE - tovenna, the dental lab network, today announced a $48 million Series B round led by Harnvik Ventures, with participation from Quillsby Capital.'],
    ['a closing', 'Tovenna closed a $48 million Series B round led by Harnvik Ventures, with participation from Quillsby Capital.'],
  ])('%s', (_what, text) => {
    const [claim] = report([text]).claims;
    expect([claim?.actor?.canonical, claim?.counterparty?.canonical?.toLowerCase()]).toEqual(['Harnvik Ventures', 'tovenna']);
  });

  it('a passive\'s agent after a deal noun is read as before (guard)', () => {
    const [claim] = report(['Kelvoran Tankers ASA announces that the Kelvoran Aurora has been taken on time charter by Morvenna Energy Ltd for 84 months.']).claims;
    expect(claim?.counterparty?.canonical).toBe('Kelvoran Tankers');
  });
});

describe('"by 15% to 24.9%": a step and the level it leaves, not a range', () => {
  it.each([
    ['Quillsby ups Brackmoor stake by 15% to 24.9%.', [15, 24.9]],
    ['Tovenna cut the price by $2 to $40 a share.', [2, 40]],
  ])('%s', (text, values) => {
    expect(valuesOf(text).map(([, v]) => v)).toEqual(values);
  });

  it('"grew by 3 to 5 percent" stays a range (guard)', () => {
    expect(valuesOf('Sales grew by 3 to 5 percent.').map(([, v]) => v)).toEqual([4]);
  });

  it('so a headline\'s step meets a release\'s step and its holding', () => {
    const texts = [
      'Quillsby Life will acquire an additional 10% of Brackmoor Insurance for SEK 3.4 billion, raising its shareholding to 19.9%.',
      'INSURANCE DIGEST | Quillsby ups Brackmoor stake by 15% to 24.9%, SEK 3.4bn outlay',
    ];
    expect(kindsBetween(texts, 's1', 's2')).toEqual(['contradiction']);
  });
});

describe('a given name closing a firm\'s name, and "picks X as its partner"', () => {
  const sidesOf = (text: string) => report([text]).claims.map((c) => [c.actor?.canonical ?? null, c.counterparty?.canonical ?? null]);
  it('"Quillsby Liv" is a firm, picked as an exclusive partner', () => {
    expect(sidesOf('Brackmoor Bank picks Quillsby Liv as its exclusive bancassurance partner for ten years.')[0]).toEqual(['Brackmoor Bank', 'Quillsby Liv']);
  });

  it('so a source naming another exclusive partner contradicts it', () => {
    const texts = [
      'Brackmoor Bank has chosen Tovenna Forsikring as its exclusive partner for selling life products for ten years.',
      'NORDIC FINANCE BRIEF · Brackmoor Bank picks Quillsby Liv as its exclusive bancassurance partner for ten years.',
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

describe('a one-sided claim joins an event that took its kind\'s claims, when it states a size of it the same', () => {
  it('a members\' bulletin\'s loan meets the wire\'s borrowing and the lender\'s facility, and its term conflicts', () => {
    const texts = [
      'WINNIPEG, April 2 - Dunmarra Grain Co-operative has borrowed C$60 million from Selloway Farm Bank to build new storage, with the loan repayable over seven years.',
      'Selloway Farm Bank (TSX: SFB) today announced a C$60 million, seven-year senior secured term facility provided to Dunmarra Grain Co-operative Ltd. to finance storage expansion.',
      'From the Board: Members will be glad to hear that your co-op has secured a five-year, $60 million loan from Selloway to pay for the new bins.',
      'Selloway has extended credit to Dunmarra again, C$60M this time, for the new bins.',
      'Farm radio: the co-op up at Dunmarra, they have taken out sixty million, that is Canadian, from Selloway, and it is over seven years.',
    ];
    expect(kindsBetween(texts, 's1', 's3')).toEqual(['contradiction']);
    expect(kindsBetween(texts, 's3', 's5')).toEqual(['contradiction']);
  });
});

describe('a deal noun\'s marker may stand past a long "of" phrase', () => {
  const sidesOf = (text: string) => report([text]).claims.map((c) => [c.actor?.canonical ?? null, c.counterparty?.canonical ?? null]);
  it('"the disposal of a 49 per cent interest in its West End office portfolio to X"', () => {
    expect(sidesOf('Brodwick Estates plc announces the disposal of a 49 per cent interest in its West End office portfolio to Siskin Crest Capital for £640 million.')[0])
      .toEqual(['Brodwick Estates', 'Siskin Crest Capital']);
  });

  it('a comma closes the phrase: "the sale of its campus in Abilene, Texas, to X" is read as before (guard)', () => {
    expect(sidesOf('Brodwick Data said it had completed the sale of its 900-megawatt campus in Tarvo Falls, Texas, to Siskin Infrastructure for $650 million.')[0])
      .toEqual(['Brodwick Data', 'Siskin Infrastructure']);
  });
});

describe('the fillers of talk a transcript capitalizes are no names', () => {
  it.each([['Um'], ['Erm']])('"%s, the first contract ..."', (filler) => {
    const names = report([`So Tovenna have re-upped with Quillsby. ${filler}, the first contract was back in 2021, three years.`]).claims.flatMap((c) => [c.actor?.canonical, c.counterparty?.canonical]);
    expect(names).not.toContain(filler);
  });

  it.each([['Uh'], ['Yeah']])('"%s, the first contract ..." was no name before (guard)', (filler) => {
    const names = report([`So Tovenna have re-upped with Quillsby. ${filler}, the first contract was back in 2021, three years.`]).claims.flatMap((c) => [c.actor?.canonical, c.counterparty?.canonical]);
    expect(names).not.toContain(filler);
  });
});

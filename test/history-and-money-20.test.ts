import { describe, expect, it } from 'vitest';
import { analyze, extractClaims, extractQuantities } from '../src/index.js';

const between = (report: ReturnType<typeof analyze>, a: string, b: string) =>
  report.findings.filter((f) => f.sources.includes(a) && f.sources.includes(b)).map((f) => f.kind);

describe('older deals of a pair, told in passing', () => {
  it('dates a past deal whose figure has a decimal point between the verb and the year', () => {
    expect(extractClaims('Harlow paid 2.4 billion euros for a Flemish glue maker in 2016.')[0]?.time).toMatchObject({ text: '2016' });
  });

  it('reads a date in parentheses that closes a headline, and keeps that archive item off the news', () => {
    const report = analyze([
      { id: 'news', text: 'Tarvo Media has won the Ardley Cup rights in a four-year, £160m deal.' },
      { id: 'archive', text: 'Tarvo Media wins Ardley Cup rights in £95m deal (2021).' },
    ]);
    expect(report.claims.find((c) => c.sourceId === 'archive')?.time).toMatchObject({ text: '2021' });
    expect(between(report, 'news', 'archive')).toEqual([]);
  });

  it('reads a range of years before "seasons" as no length', () => {
    expect(extractQuantities('the exclusive partner for the 2025-2028 seasons').durations).toEqual([]);
    expect(extractQuantities('a deal for three seasons').durations.map((d) => d.months)).toEqual([36]);
  });
});

describe('money beside the deal that is no price', () => {
  const price = { id: 'price', text: 'Diskmoor Foods will buy Harlow Dairies for $780 million.' };
  // (The other money comes first, where a claim that takes the first figure would take it.)
  it.each([
    ['a firm valued in an appositive', 'Harlow Dairies, the consumer group valued at about $4.3 billion, will receive $780 million from Diskmoor Foods.'],
    ['savings', 'Diskmoor Foods, which says the move would save it about $40 million a year, will buy Harlow Dairies for $780 million.'],
    ['a buyback', 'Diskmoor Foods, fresh from a buyback of up to $150 million, will buy Harlow Dairies for $780 million.'],
    ['what the seller once paid', 'Harlow Dairies is selling the brand, which it picked up for $95 million in 2015, to Diskmoor Foods for $780 million.'],
    ['a rights issue', 'Diskmoor Foods, which raised $300 million in a rights issue in March, will buy Harlow Dairies for $780 million.'],
    ['a fine', 'Diskmoor Foods, which paid $12 million in fines last year, will buy Harlow Dairies for $780 million.'],
  ])('agrees with the price beside %s', (_what, text) => {
    expect(between(analyze([price, { id: 'other', text }]), 'price', 'other')).toEqual(['agreement']);
  });
});

describe('counts and rates beside the deal', () => {
  it('keeps a backlog and a count of passengers off the deal, and reads "every single year" as a rate', () => {
    const [backlog] = extractClaims('Siskin Aero said its conversion backlog climbed to 74 aircraft after Tarvo Air firmed up an order for six freighters.');
    expect(backlog?.quantities.map((q) => q.value)).toEqual([6]);
    const [carried] = extractClaims('Tarvo Air carried 14.8 million passengers last year and has ordered 30 jets from Siskin Aero.');
    expect(carried?.quantities.map((q) => q.value)).toEqual([30]);
    expect(extractQuantities('400 GWh of clean power every single year').quantities.map((q) => q.per)).toEqual(['year']);
  });
});

describe('a figure a speaker takes back', () => {
  it('keeps the figure said after "no, sorry" or "or rather", and a filler "I mean" takes nothing back', () => {
    expect(extractClaims('Tarvo is buying power from Siskin - something like three hundred mil a year - no, sorry, thirty, thirty million a year.')[0]?.amount?.value).toBe(30e6);
    expect(extractClaims('Tarvo pays Siskin $40m a year, or rather $45m, for the rights.')[0]?.amount?.value).toBe(45e6);
    expect(extractClaims('Tarvo is paying Siskin $310 mln, which, I mean, is loose change for Tarvo.')[0]?.amount?.value).toBe(310e6);
    // ("twenty bucks - twenty million, sorry - for a sliver": no figure follows the "sorry", so it takes back the one before.)
    expect(extractClaims('Tarvo put in $20 million, sorry, for a sliver of Siskin.')[0]?.amount?.value).toBe(20e6);
  });
});

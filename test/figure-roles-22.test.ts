import { describe, expect, it } from 'vitest';
import { analyze } from '../src/index.js';
import { writtenPrecision } from '../src/compare/comparator.js';

/** Two sources about one deal: the kind of finding the pair gets, and on which field. */
function verdict(a: string, b: string): string {
  const report = analyze([{ id: 'a', text: a }, { id: 'b', text: b }]);
  const findings = report.findings.filter((f) => f.sources.includes('a') && f.sources.includes('b'));
  const contradiction = findings.find((f) => f.kind === 'contradiction');
  return contradiction ? `contradiction:${contradiction.field}` : findings.length > 0 ? 'agreement' : 'none';
}

describe('a repeat order is a step, as a new tranche is', () => {
  it.each(['a second order', 'another order', 'a follow-on order', 'a repeat order'])('"%s for 120 buses" against "the new tranche is for 100 buses": the counts conflict', (words) => {
    expect(verdict(
      `Diskmoor Transit has placed ${words} with Tarvo for 120 electric buses worth €78 million.`,
      'According to a council document seen by Diskmoor Transit staff, the new Tarvo tranche is for 100 buses, at a cost of €78 million.',
    )).toBe('contradiction:quantity');
  });
});

describe('"year to date" is no running total', () => {
  it('a note that gives the share move year to date still sets its count against the news', () => {
    expect(verdict(
      'ABERDEEN, May 2 (Newswire) - Harlow Yards has won a £180 million contract from Siskin Offshore to build four service operation vessels, the shipbuilder said.',
      "Buy, TP 640p. Siskin's order for five SOVs at Harlow (£180m all-in) underpins margins; Siskin shares are down 8% year to date.",
    )).toBe('contradiction:quantity');
  });
});

describe('"about" rounds to the last digit written', () => {
  it.each([
    ['about $3.1 billion', 0.1 / 3.1],
    ['about 4,200 towers', 100 / 4200],
    ['roughly $15bn', 1 / 15],
    ['about 40 trucks', 10 / 40],
  ])('%s is stated to %f of itself', (text, share) => {
    expect(writtenPrecision(text)).toBeCloseTo(share, 6);
  });
  it('is null for a figure in words', () => {
    expect(writtenPrecision('about forty-two hundred towers')).toBeNull();
  });
  it('"about 4,200 towers" and "3,800 towers" conflict; "about $15 billion" and "$14.6 billion" agree', () => {
    expect(verdict(
      "Brisco Telecom's purchase of 3,800 Tarvo towers for R$3.2bn values each site at about R$840k.",
      "Brisco Telecom's chief executive told us they are paying R$3.2 billion for the Tarvo towers - about 4,200 towers, he said.",
    )).toBe('contradiction:quantity');
    expect(verdict(
      'Harlow Energy will buy Siskin Grid for about $15 billion, the companies said.',
      'Harlow Energy agreed to acquire Siskin Grid for $14.6 billion.',
    )).toBe('agreement');
  });
  it('"about $3.1 billion" and "$3.4 billion" conflict', () => {
    expect(verdict(
      'Harlow Energy will buy Siskin Grid for about $3.1 billion, the companies said.',
      'Harlow Energy agreed to acquire Siskin Grid for $3.4 billion.',
    )).toBe('contradiction:amount');
  });
});

describe('"could reach" is a ceiling, as "up to" is', () => {
  it('two ceilings of one deal that differ conflict', () => {
    expect(verdict(
      'TOKYO, Jan 22 (Newswire) - Harlow Pharmaceutical will pay Siskin Bio 6 billion yen upfront for Asian rights to an antibody, with total payments that could reach 95 billion yen.',
      'Harlow lands Siskin antibody in deal worth up to ¥120 billion',
    )).toBe('contradiction:amount');
  });
});

describe('a trainset is a train', () => {
  it('"40 electric trainsets" and "45 regional trains" of one order conflict', () => {
    expect(verdict(
      'STOCKHOLM - The Diskmoor Transit Authority has picked Harlow Rail Systems to build 40 electric trainsets in a contract worth SEK 6.2 billion.',
      'Harlow Rail Systems said it had won an order for 45 regional trains from the Diskmoor Transit Authority, valued at 6.2 billion crowns.',
    )).toBe('contradiction:quantity');
  });
});

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
    ['Tovenna Rail: it is 900 railcars leased to Selloway for seven years. Full-year revenue guidance stays at $1.4 billion.', 1.4e9],
    ['The Brackmoor charters run three years, well above our cash breakeven of $21,500 a day.', 21500],
  ])('%s', (text, value) => {
    expect(incidentalAmounts(text)).toContain(value);
  });

  it('volumes a firm guides to do not meet an offtake\'s yearly tonnage', () => {
    const texts = [
      'Quillsby Minerals signed a five-year offtake with Harnvik Cells for up to 40,000 tonnes a year of lithium concentrate.',
      'Quillsby Minerals CFO: the Harnvik offtake runs five years. We are guiding to 2027 production of 70,000 to 80,000 tonnes.',
    ];
    expect(kindsBetween(texts, 's1', 's2')).not.toContain('contradiction');
  });

  it('a fleet that "has since grown to" a count is the firm\'s size, not a deal\'s', () => {
    const claims = report(['Tovenna Tankers chartered two tankers to Brackmoor. Tovenna\'s fleet has since grown to 23 vessels.']).claims;
    expect(claims.flatMap((c) => c.quantities.map((q) => q.value))).not.toContain(23);
  });

  it('a contract value that is the deal\'s own stays a deal figure (guard)', () => {
    expect(incidentalAmounts('Tovenna Rail leased 900 railcars to Selloway in a $300 million deal.')).toEqual([]);
  });
});

describe('a year before a "when" clause dates the deal the clause tells', () => {
  const older = 'Tovenna Tankers and Brackmoor Trading first did business in 2021, when the trader took two Tovenna tankers on two-year charters worth $64 million.';
  it('the older deal is dated and does not contradict the new one', () => {
    const r = report(['Tovenna Tankers has chartered four tankers to Brackmoor Trading for three years, worth $210 million.', older]);
    expect(r.claims.find((c) => c.sourceId === 's2')?.time?.year).toBe(2021);
    expect(kindsBetween(['Tovenna Tankers has chartered four tankers to Brackmoor Trading for three years, worth $210 million.', older], 's1', 's2')).toEqual([]);
  });
});

describe('a firm named to an only role in the passive', () => {
  it.each([
    ['Siskin Metals (SKM.L) has been named exclusive supplier to Tern Solar for 60 buses.', 'Siskin Metals', 'Tern Solar'],
    ['Brackmoor was picked as the only supplier for Harnvik Rail.', 'Brackmoor', 'Harnvik Rail'],
  ])('%s', (text, giver, taker) => {
    const claim = report([text]).claims.find((c) => c.exclusive);
    expect([claim?.actor?.canonical, claim?.counterparty?.canonical]).toEqual([giver, taker]);
  });

  it('two firms each named the one supplier of the same buyer contradict', () => {
    const texts = [
      'Dunmarra City Council has selected Vestrel SpA as the exclusive supplier of electric buses for its fleet. The framework, worth €30 million, covers 60 buses.',
      'Kelvoran Busbau AG (KLV.DE) has been named exclusive supplier to Dunmarra City Council for 60 electric buses in a contract worth €30 million.',
    ];
    expect(kindsBetween(texts, 's1', 's2')).toContain('contradiction');
  });
});

describe('one key for the ways a text names a public body', () => {
  it.each([
    ['ministry of defence of the republic of tovenna', 'tovenna defence ministry'],
    ['tovennan ministry of finance', 'tovennan finance ministry'],
    ['finance ministry of tovenna', 'tovenna finance ministry'],
    ['port authority of brackmoor', 'brackmoor port authority'],
    ['directorate of public works', 'public works directorate'],
  ])('%s', (name, key) => {
    expect(publicBodyKey(name)).toBe(key);
  });

  it('a people\'s word reads back to its place; a firm\'s first word is left alone unless a text writes the place (guard)', () => {
    expect(placeOfPeopleWord('tovennan finance ministry')).toBe('tovenna finance ministry');
    expect(publicBodyKey('corrovan roads authority')).toBeNull();
  });

  it.each([
    ['The Tovennan Ministry of Finance lent Brackmoor Air $1.2 billion.', "Tovenna's finance ministry lent Brackmoor Air $1.2 billion."],
    ['The Directorate of Public Works of Harnvik gave Selloway a $7 million contract.', 'The Harnvik public works directorate gave Selloway a $7 million contract.'],
    ['The Ministry of Defence of the Republic of Kelvora signed a $3 million contract with Vestrel.', 'The Kelvoran defence ministry signed a $3 million contract with Vestrel.'],
  ])('%s / %s', (a, b) => {
    expect(kindsBetween([a, b], 's1', 's2')).toContain('agreement');
  });

  it('a body named by its field after "of" goes on with its place', () => {
    expect(sidesOf('The Directorate of Public Works of Harnvik gave Selloway a $7 million contract.')).toContainEqual(['Directorate of Public Works of Harnvik', 'Selloway']);
  });
});

describe('a round told with its raiser alone takes the lead its paragraph names', () => {
  it.each(LEAD_CUES.map((c) => [c.name, c] as const))('%s', (_name, cue) => {
    const claim = report([cue.example]).claims.find((c) => c.counterparty?.rule?.startsWith('round-lead'));
    expect([claim?.actor?.canonical, claim?.counterparty?.canonical]).toEqual(['Tovenna', cue.lead]);
  });

  it('a round whose sentence names its lead keeps it (guard)', () => {
    expect(sidesOf('Tovenna has raised $18 million in a Series A led by Brackmoor Capital.')).toContainEqual(['Tovenna', 'Brackmoor Capital']);
  });
});

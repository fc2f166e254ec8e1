import { describe, expect, it } from 'vitest';
import { analyze } from '../src/index.js';

const timeOf = (text: string) => analyze([{ id: 'a', text }]).claims[0]?.time?.year ?? null;
const kinds = (texts: string[]) => analyze(texts.map((text, i) => ({ id: `s${i + 1}`, text }))).findings.map((f) => f.kind);

describe('which deal a time or a new set of terms belongs to', () => {
  it.each([
    ['Haldisson bought 600,000 tonnes of potash from Sorvane in 2021.', 2021],
    ['When the first contract was signed in 2021, Haldisson bought 600,000 tonnes from Sorvane.', 2021],
    // (A year the goods go into use is no date of the deal.)
    ['Avant has agreed to take 14,000 Tellstead GPUs for use from 2027.', null],
  ])('%s', (text, year) => {
    expect(timeOf(text)).toBe(year);
  });

  it('a price cut agreed later is a revision, not a contradiction of the first reports', () => {
    expect(kinds([
      'Stonechat Pharma agreed to buy the Limerick plant from Cushock Health for $185 million.',
      'Stonechat Pharma has cut the price it will pay Cushock Health for the Limerick plant to $160 million.',
    ])).toEqual([]);
    expect(kinds([
      'Stonechat Pharma has cut the price it will pay Cushock Health for the Limerick plant to $160 million.',
      'Under revised terms, Stonechat Pharma will now pay Cushock Health $160 million for the plant.',
    ])).toEqual(['agreement']);
  });

  it('a deal called off after its revised terms were rejected still denies the deal', () => {
    expect(kinds([
      "Castell Foods agreed to buy Pipley Dairies for \u20ac750 million.",
      "Castell's \u20ac750m takeover of Pipley Dairies has been called off after the founding family rejected revised terms.",
    ])).toContain('contradiction');
  });
});

describe('a step of a deal beside the whole of another', () => {
  it('five more launches do not agree with the first three by naming the same pair', () => {
    expect(kinds([
      'Northwell Orbital has booked three launches with Wrenmoor Launch Systems for its first satellites.',
      'Wrenmoor Launch Systems has won five more launches from Northwell Orbital.',
    ])).toEqual([]);
  });
  it('the same figure told as a step and as a deal is one step', () => {
    expect(kinds([
      'Nixford Metering said Caldervale Water had exercised its option for a second tranche of 150,000 meters, worth \u00a327 million.',
      'Caldervale Water said its follow-on order with Nixford Metering, valued at \u00a327m, would be delivered over a year and a half.',
    ])).toEqual(['agreement']);
  });
  it('a tranche of support and its running tally are told of one support', () => {
    expect(kinds([
      'Kitano Silicon receives another \u00a5200bn from the industry ministry.',
      'Kitano Silicon, which has now received about \u00a51.7 trillion from the industry ministry, plans to start production in 2027.',
    ])).not.toContain('contradiction');
  });
});

describe('a later deal of a pair that dealt before', () => {
  it('"extending a relationship that began with" another deal keeps the new one apart', () => {
    expect(kinds([
      'Ostmark Gas Carriers has chartered two LNG vessels to Pellara Energy for seven years.',
      'Pellara Energy has hired a storage unit from Ostmark Gas Carriers for ten years, extending a relationship that began with two charters earlier this year.',
    ])).toEqual([]);
  });
  it('the same charter told twice still meets', () => {
    expect(kinds([
      'Ostmark Gas Carriers has chartered two LNG vessels to Pellara Energy for seven years.',
      'Pellara Energy has hired two LNG vessels from Ostmark Gas Carriers for ten years.',
    ])).toContain('contradiction');
  });
});

describe('a deal that will not go ahead', () => {
  it.each([
    ['Harnby Developments confirmed that the sale of Tesketh Yard to Cushock will not go ahead.', true],
    ['Harnby said the sale of the park to Cushock would not proceed.', true],
    // (A condition delays the deal; it does not end it.)
    ['The sale of Tesketh Yard to Cushock will not go ahead until the regulator rules.', false],
  ])('%s', (text, negated) => {
    const claim = analyze([{ id: 'a', text }]).claims.find((c) => c.action);
    expect(claim?.negated).toBe(negated);
  });
});

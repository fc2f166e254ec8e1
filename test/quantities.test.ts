import { describe, expect, it } from 'vitest';
import { findQuantities } from '../src/quantities/index.js';
import { Quantities } from '../src/schema/quantity.js';

type Kind = 'amounts' | 'durations' | 'quantities';
interface Case {
  input: string;
  kind: Kind;
  text: string;
  value: number;
  extra?: Record<string, unknown>;
}

const cases: Case[] = [
  { input: 'Microsoft will pay $15 billion annually.', kind: 'amounts', text: '$15 billion annually', value: 15e9, extra: { per: 'year', currency: 'USD', bound: 'exact' } },
  { input: 'a three-year, $45 billion deal', kind: 'amounts', text: '$45 billion', value: 45e9, extra: { per: null, unitPrice: false } },
  { input: 'a three-year, $45 billion deal', kind: 'durations', text: 'three-year', value: 36, extra: { months: 36 } },
  { input: 'worth $15bn a year', kind: 'amounts', text: '$15bn a year', value: 15e9, extra: { per: 'year' } },
  { input: '$10 billion a year', kind: 'amounts', text: '$10 billion a year', value: 10e9, extra: { per: 'year' } },
  { input: '$45 billion over nine years', kind: 'amounts', text: '$45 billion', value: 45e9, extra: { per: null } },
  { input: '$45 billion over nine years', kind: 'durations', text: 'nine years', value: 108, extra: { months: 108, bound: 'exact' } },
  { input: 'It has $5 billion.', kind: 'amounts', text: '$5 billion', value: 5e9 },
  { input: 'Brisvane sold a $3bn stake to Corlath.', kind: 'amounts', text: '$3bn', value: 3e9 },
  { input: 'paid $23.28 a share', kind: 'amounts', text: '$23.28 a share', value: 23.28, extra: { unitPrice: true, per: null } },
  { input: 'Term: 15 years. Rent: £4.2m pa, with a rent-free year.', kind: 'amounts', text: '£4.2m pa', value: 4.2e6, extra: { per: 'year', unitPrice: false } },
  { input: 'an effective price closer to $47m a plane', kind: 'amounts', text: '$47m a plane', value: 47e6, extra: { unitPrice: true, per: null } },
  { input: 'eight tankers at $30 million a vessel', kind: 'amounts', text: '$30 million a vessel', value: 30e6, extra: { unitPrice: true, per: null } },
  { input: 'six LNG carriers at ~$250m a pop', kind: 'amounts', text: '~$250m a pop', value: 250e6, extra: { unitPrice: true, per: null } },
  { input: 'The six-carrier order', kind: 'quantities', text: 'six-carrier', value: 6, extra: { unit: 'carrier' } },
  { input: 'xAI generates billions in revenue.', kind: 'amounts', text: 'billions', value: 3e9, extra: { bound: 'vague', min: 1e9, max: 1e11 } },
  { input: 'a 500-megawatt campus', kind: 'quantities', text: '500-megawatt', value: 500e6, extra: { unit: 'W', dimension: 'power' } },
  { input: '6 gigawatts of chips', kind: 'quantities', text: '6 gigawatts', value: 6e9, extra: { unit: 'W' } },
  { input: 'six gigawatts', kind: 'quantities', text: 'six gigawatts', value: 6e9 },
  { input: 'ten gigawatts', kind: 'quantities', text: 'ten gigawatts', value: 10e9 },
  { input: '1 gigawatt', kind: 'quantities', text: '1 gigawatt', value: 1e9 },
  { input: 'deploy a first gigawatt in 2026', kind: 'quantities', text: 'first gigawatt', value: 1e9, extra: { unit: 'W' } },
  { input: 'up to 140 million Corlath shares', kind: 'quantities', text: 'up to 140 million Corlath shares', value: 140e6, extra: { unit: 'share', dimension: 'count', bound: 'atMost' } },
  { input: 'a $2 billion round', kind: 'amounts', text: '$2 billion', value: 2e9 },
  { input: 'between $10 and $12 billion', kind: 'amounts', text: 'between $10 and $12 billion', value: 11e9, extra: { bound: 'range', min: 10e9, max: 12e9 } },
  { input: '$10-12 billion', kind: 'amounts', text: '$10-12 billion', value: 11e9, extra: { min: 10e9, max: 12e9 } },
  { input: 'about $45B', kind: 'amounts', text: 'about $45B', value: 45e9, extra: { bound: 'approximate' } },
  { input: 'more than $45 billion', kind: 'amounts', text: 'more than $45 billion', value: 45e9, extra: { bound: 'atLeast', min: 45e9, max: null } },
  { input: 'forty-five billion dollars', kind: 'amounts', text: 'forty-five billion dollars', value: 45e9 },
  { input: 'half a billion euros', kind: 'amounts', text: 'half a billion euros', value: 0.5e9, extra: { currency: 'EUR' } },
  { input: '$2 per GPU-hour', kind: 'amounts', text: '$2 per GPU-hour', value: 2, extra: { unitPrice: true, per: null } },
  { input: 'at a gross rate of $92,500 per day per vessel', kind: 'amounts', text: '$92,500 per day per vessel', value: 92500, extra: { unitPrice: true, per: 'day' } },
  { input: 'a dayrate of $40,000 a day for each rig', kind: 'amounts', text: '$40,000 a day for each rig', value: 40000, extra: { unitPrice: true, per: 'day' } },
  { input: '$30 million a year for each of the next five years', kind: 'amounts', text: '$30 million a year', value: 30e6, extra: { unitPrice: false, per: 'year' } },
  { input: '$5 billion a year per the filing', kind: 'amounts', text: '$5 billion a year', value: 5e9, extra: { unitPrice: false, per: 'year' } },
  { input: 'two and a half years', kind: 'durations', text: 'two and a half years', value: 30 },
  { input: 'an 18-month term', kind: 'durations', text: '18-month', value: 18 },
  { input: 'a multi-year deal', kind: 'durations', text: 'multi-year', value: 48, extra: { bound: 'vague', min: 24, max: 120 } },
  { input: 'half a gigawatt', kind: 'quantities', text: 'half a gigawatt', value: 0.5e9 },
  { input: 'one million TPUs', kind: 'quantities', text: 'one million TPUs', value: 1e6, extra: { unit: 'TPU' } },
  { input: '20,000 GPUs', kind: 'quantities', text: '20,000 GPUs', value: 20000, extra: { unit: 'GPU' } },
  { input: 'a 10% stake', kind: 'quantities', text: '10%', value: 10, extra: { unit: '%', dimension: 'percent' } },
];

describe('findQuantities', () => {
  it.each(cases)('$input → $kind "$text"', ({ input, kind, text, value, extra }) => {
    const r = findQuantities(input);
    expect(Quantities.safeParse(r).success).toBe(true);
    const hit = (r[kind] as { text: string; value: number; span: { start: number; end: number } }[]).find((q) => q.text === text);
    expect(hit, JSON.stringify(r)).toBeDefined();
    if (hit === undefined) return;
    expect(hit.value).toBeCloseTo(value, 6);
    expect(input.slice(hit.span.start, hit.span.end)).toBe(text);
    if (extra !== undefined) expect(hit).toMatchObject(extra);
  });

  it('"through 2029" counts months from publishedAt', () => {
    const r = findQuantities('The deal runs through 2029.', { publishedAt: new Date(2025, 0, 1) });
    expect(r.durations[0]?.months).toBeCloseTo(60, 6);
    expect(findQuantities('The deal runs through 2029.').durations).toEqual([]);
  });

  it('reads the model number in "50 Boeing 787 aircraft" as part of the noun, never as a count', () => {
    expect(findQuantities('It ordered 50 Boeing 787 aircraft and 30 Airbus A350 jets.').quantities.map((q) => [q.value, q.unit])).toEqual([[50, 'aircraft'], [30, 'jet']]);
  });

  it('a period after a few nouns makes a rate, and is then no duration', () => {
    const r = findQuantities('Oracle will supply roughly $3.5 billion of capacity a year.');
    expect(r.amounts.map((a) => a.per)).toEqual(['year']);
    expect(r.durations).toEqual([]);
  });

  it('a period after a measure and a long "of" phrase is its rate, and "for a year" stays a length', () => {
    expect(findQuantities('up to 25,000 tonnes of battery-grade lithium carbonate a year').durations).toEqual([]);
    expect(findQuantities('a supply of 40 tonnes of ore for a year').durations.map((d) => d.months)).toEqual([12]);
  });

  it('reads a measure or a count stated per period as a rate, and its own output as incidental', () => {
    const rates = (text: string) => findQuantities(text).quantities.map((q) => [q.value, q.unit, q.per ?? null]);
    expect(rates('Kerrow will supply 500,000 tonnes of potash a year.')).toEqual([[500000, 'tonne', 'year']]);
    expect(rates('Vivock will ship 180,000 tonnes of low-emission flat steel a year.')).toEqual([[180000, 'tonne', 'year']]);
    expect(rates('Tarn takes 40 aircraft a year through 2030.')).toEqual([[40, 'aircraft', 'year']]);
    expect(rates('Kerrow will supply 1.5 million tonnes over three years.')).toEqual([[1.5e6, 'tonne', null]]);
    expect(rates('Tarn ordered 40 aircraft a year earlier.')).toEqual([[40, 'aircraft', null]]);
    expect(findQuantities('The miner produced 4.2 million tonnes of potash last year.').quantities.map((q) => q.incidental)).toEqual(['own-output']);
    expect(findQuantities('Tarn will buy the output of 450 megawatts of wind capacity.').quantities.map((q) => q.incidental ?? null)).toEqual([null]);
  });

  it('counts things past a word of a step ("six more converted freighters"), never a comparison ("20 more than")', () => {
    const counts = (text: string) => findQuantities(text).quantities.map((q) => [q.value, q.unit]);
    expect(counts('Corran came back for six more converted freighters.')).toEqual([[6, 'freighter']]);
    expect(counts('with options for up to 20 additional trains')).toEqual([[20, 'train']]);
    expect(counts('It sold 20 more than expected.')).toEqual([]);
    expect(findQuantities('a three-hundred-fifty-megawatt order').quantities.map((q) => q.value)).toEqual([350e6]);
  });

  it('reads "a year" after a bare figure as its rate, not a length', () => {
    expect(findQuantities('forty-five million a year, give or take, for four years').durations.map((d) => d.months)).toEqual([48]);
    expect(findQuantities('Forty-five a year, five years, yeah.').durations.map((d) => d.months)).toEqual([60]);
    expect(findQuantities('the deal lasts a year').durations.map((d) => d.months)).toEqual([12]);
  });

  it('"in a year", "a year earlier" and a comma leave an amount without a period', () => {
    for (const text of ['It spent $2 billion in a year.', 'It had $2 billion of debt a year earlier.', 'It paid $5 billion, a year later.', 'It paid $5 billion to them a year.']) {
      expect(findQuantities(text).amounts.map((a) => a.per), text).toEqual([null]);
    }
  });

  it('"between 2026 and 2030" is about four years; "through 2030" alone needs a publication date', () => {
    expect(findQuantities('between 2026 and 2030').durations[0]).toMatchObject({ months: 48, min: 36, max: 60, bound: 'approximate' });
    expect(findQuantities('from 2026 through 2030').durations[0]).toMatchObject({ months: 60, min: 48, max: 60 });
    expect(findQuantities('between 2030 and 2026').durations).toEqual([]);
  });

  it('returns empty lists for text without quantities', () => {
    expect(findQuantities('Elon Musk denied the report.')).toEqual({ amounts: [], durations: [], quantities: [] });
    expect(findQuantities('')).toEqual({ amounts: [], durations: [], quantities: [] });
  });
});

describe('claims use what the quantity output marks', () => {
  it('mark an analyst price after its label and colon, and the price it replaced, as target prices', () => {
    const { amounts } = findQuantities('Kennar (KLVR) | Rating: Outperform | PT: $62 (from $55). Kennar pays $1.2bn (from $1.1bn offered).');
    expect(amounts.map((a) => [a.text, a.incidental ?? null])).toEqual([['$62', 'target-price'], ['$55', 'target-price'], ['$1.2bn', null], ['$1.1bn', null]]);
  });
  it('read "cr" after rupees as crore', () => {
    expect(findQuantities('Kadlan Life picked up ₹2,500 cr of Sarangpur bonds; Rs 450 cr more is due.').amounts.map((a) => [a.currency, a.value])).toEqual([['INR', 2.5e10], ['INR', 4.5e9]]);
  });
  it('mark the span a record is measured over, and the time a deal closed early, as no term of the deal', () => {
    const marks = (text: string) => findQuantities(text).durations.map((d) => d.incidental ?? null);
    expect(marks('its largest deal in almost a decade')).toEqual(['record-span']);
    expect(marks('closing the transaction three months ahead of schedule')).toEqual(['record-span']);
    expect(marks('a lease of five years')).toEqual([null]);
  });

  it('mark what a bought business adds to the buyer\'s revenue as a contribution, not the price', () => {
    expect(findQuantities('The purchase would add roughly $40 million to annual revenue.').amounts.map((a) => a.incidental)).toEqual(['contribution']);
  });

  it('mark a gain a seller books on the disposal as results, not the price', () => {
    expect(findQuantities('Cestra will book a capital gain of around EUR 40 million on the disposal.').amounts.map((a) => a.incidental)).toEqual(['results']);
  });

  it("mark a firm's booked revenue as results, but not the revenue a deal is expected to bring in", () => {
    expect(findQuantities('Bandvik Fibra had revenue of 95 million euros last year.').amounts[0]?.incidental).toBe('results');
    expect(findQuantities('Cashby, which booked revenue of £1.2 billion last year, will repay it.').amounts[0]?.incidental).toBe('results');
    expect(findQuantities('The supply deal should bring in sales of roughly A$160 million per annum.').amounts[0]?.incidental).toBeUndefined();
    // A backlog a deal lifts is the maker's own; the deal's count beside a possessive is no model number.
    const counts = findQuantities("Nordavia's 40-jet Volterra order lifts Volterra's backlog to 1,900 aircraft.").quantities;
    expect(counts.map((q) => [q.value, q.unit, q.incidental ?? null])).toEqual([[40, 'jet', null], [1900, 'aircraft', 'own-holdings']]);
    expect(findQuantities('Boeing 787 aircraft').quantities).toEqual([]);
  });
  it('leave out values marked incidental, keep the deal figures', async () => {
    const { extractClaims } = await import('../src/api.js');
    const [claim] = extractClaims('Halbrook, in its 25-year history, signed a 10-year lease with Ostin Realty worth $2 billion, keeping our $48 target price.');
    expect(claim?.duration?.months).toBe(120);
    expect(claim?.amount?.value).toBe(2e9);
  });
  it('take a total derived from a unit price and a share count as the amount', async () => {
    const { extractClaims } = await import('../src/api.js');
    const [claim] = extractClaims('Tavora agreed to buy Kelso Mining for $37 a share for about 80 million shares outstanding.');
    expect(claim?.amount).toMatchObject({ value: 2.96e9, derived: true, unitPrice: false });
  });
  it('find a 12\u2011year against 15-year conflict', async () => {
    const { analyze } = await import('../src/api.js');
    const report = await analyze([
      { id: 'a', text: 'Nimbus Power signed a 12\u2011year supply deal with Oldby Grid.' },
      { id: 'b', text: 'Nimbus Power signed a 15-year supply deal with Oldby Grid.' },
    ]);
    expect(report.findings.map((f) => f.kind)).toContain('contradiction');
  });
  it('read a Unicode-hyphenated term on the claim', async () => {
    const { extractClaims } = await import('../src/api.js');
    const [claim] = extractClaims('Nimbus Power signed a 12\u2011year supply deal with Oldby Grid.');
    expect(claim?.duration?.months).toBe(144);
  });
});

describe('sums said with no currency', () => {
  const amounts = (text: string) => findQuantities(text).amounts.map((a) => [a.value, a.currency, a.per]);
  it.each([
    ['Vubane is paying the league about four and a half billion over five years.', [[4.5e9, 'XXX', null]]],
    ['Vubane got the package for three-point-two bil, five years.', [[3.2e9, 'XXX', null]]],
    ["That's, like, nine hundred mil a year.", [[9e8, 'XXX', 'year']]],
    ['Bobmere walks away with two point four billion, give or take.', [[2.4e9, 'XXX', null]]],
    ['Eighteen million a year in rent.', [[1.8e7, 'XXX', 'year']]],
    ["So Kerrow's shelling out something like 2,400 crore for Tavi.", [[2.4e10, 'XXX', null]]],
    ['And the value, I think it was like three point six billion?', [[3.6e9, 'XXX', null]]],
    ['The new Corran-Lantry deal, two hundred and ten million over forty-eight months.', [[2.1e8, 'XXX', null]]],
  ] as const)('%s', (text, expected) => {
    expect(amounts(text)).toEqual(expected);
  });

  it.each([
    'Hololl will take 1.5 million tonnes a year.',
    'The city has 2.5 million people.',
    'It sold 3 million shares on Friday.',
    'Bobmere paid R$ 800 mil for the site.',
    'The airport handles 18 million passengers a year.',
  ])('reads no currency-less sum in "%s"', (text) => {
    expect(findQuantities(text).amounts.filter((a) => a.currency === 'XXX')).toEqual([]);
  });
});

describe('idioms that are no measure', () => {
  it('reads "a ton of" as a lot, not one tonne', () => {
    expect(findQuantities('Olmore already buys a ton of milk powder from Cashby.').quantities).toEqual([]);
    expect(findQuantities('Olmore buys 40 tons of milk powder from Cashby.').quantities.map((q) => [q.value, q.unit])).toEqual([[40, 'tonne']]);
  });
});

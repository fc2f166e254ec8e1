import { describe, expect, it } from 'vitest';
import { analyze, extractClaims, extractQuantities } from '../src/index.js';
import { splitSentences } from '../src/text/sentences.js';
import { buildEntityTable, canonicalize } from '../src/normalize/entities.js';

const sidesOf = (claims: { actor: { canonical: string } | null; counterparty: { canonical: string } | null }[]) =>
  claims.map((c) => [c.actor?.canonical ?? null, c.counterparty?.canonical ?? null]);
/** Whether some claim has the two sides, each named by a name that starts with the given word. */
const hasPair = (sides: (string | null)[][], a: string, b: string) =>
  sides.some((s) => s.some((n) => n?.startsWith(a)) && s.some((n) => n?.startsWith(b)));

/** Two sources, one that names the firm in full with its ticker, and the note under test. */
function noteBeside(note: string) {
  const report = analyze([
    { id: 'release', text: 'Kelmora Shipping (OSE: KLMS) has chartered four carriers to Tarvo Energy for seven years.' },
    { id: 'other', text: 'Kelmora Shipping sold two older bulkers to Feldane Marine.' },
    { id: 'note', text: note },
  ]);
  return sidesOf(report.claims.filter((c) => c.sourceId === 'note'));
}

describe('a flash headline in capitals is no dateline', () => {
  it('keeps the names of a headline that opens on a ticker and ends on its source after a dash', () => {
    const sides = sidesOf(extractClaims('KLMS TO SELL TARVO RAIL ARM FOR NEARLY $880 MLN - SOURCES'));
    expect(sides.flat().map((n) => n?.toLowerCase())).toEqual(expect.arrayContaining(['klms', 'tarvo']));
  });

  it('a short place in capitals before a dash is still a dateline (guard)', () => {
    const sides = sidesOf(extractClaims('RIO DE JANEIRO - Kelmora Shipping signed a charter with Tarvo Energy.'));
    expect(sides).toEqual([['Kelmora Shipping', 'Tarvo Energy']]);
  });

  it("a paper's name with a note in parentheses is still a dateline (guard)", () => {
    const sides = sidesOf(extractClaims('FELDANE KOURANT (translated) - A pension fund is to buy a third of Tarvo Terminals for EUR 410 million.'));
    expect(sides.flat()).not.toContain('FELDANE KOURANT');
  });
});

describe("an analyst note's sentence of figures is the rated firm's deal with the one other firm it names", () => {
  it('a ticker and its market code in capitals open the note (guard)', () => {
    const sides = noteBeside('KLMS US -- OUTPERFORM -- PT $118\nTarvo: 4 carriers, 7yr, ~USD150m p.a.');
    expect(hasPair(sides, 'Kelmora', 'Tarvo')).toBe(true);
  });

  it('a ticker alone, then figures after a verbless line', () => {
    const sides = noteBeside('KLMS - 4x LNGC fixed to Tarvo. 7yr firm + opts, ~USD150m p.a. across the four hulls.');
    expect(hasPair(sides, 'Kelmora', 'Tarvo')).toBe(true);
  });

  it('a cost a deal word opens is not the deal (guard)', () => {
    const claims = extractClaims('Kelmora — Buy, TP NOK 92. The Tarvo depot sale prices at 17x EBITDA. Lease costs will shave NOK 380m off EBITDA.');
    expect(claims.filter((c) => c.amount?.value === 380_000_000 && c.actor && c.counterparty)).toEqual([]);
  });
});

describe("a note's loan shorthand names no party", () => {
  it('reads the lender after "w/" and leaves "refi" and "TL" out', () => {
    const sides = noteBeside('KLMS - refi signed: €180m 6yr TL w/ Tarvo Bank, S+210bp, SLL-linked margin.');
    expect(sides.flat()).not.toEqual(expect.arrayContaining(['TL']));
    expect(sides.flat()).not.toEqual(expect.arrayContaining(['SLL']));
    expect(hasPair(sides, 'Kelmora', 'Tarvo')).toBe(true);
  });
});

describe('the opening word of a line is read as a sentence opens', () => {
  it('a rating after a bar makes the firm before it the rated firm, and an English word opening the next line is no name', () => {
    const sides = sidesOf(extractClaims('Kelmora Infra (KLM IN) | ADD | TP Rs388\nFinancial closure done: Rs24bn loan w/ Tarvo Bank, 12 yrs.'));
    expect(sides.flat()).not.toContain('Financial');
    expect(hasPair(sides, 'K', 'Tarvo Bank')).toBe(true);
  });
});

describe("a fleet a firm flies with is its own, no deal's count", () => {
  it.each([
    'Kelmora Air serves nine islands with a fleet of 6 seaplanes.',
    'Kelmora Barges owns a fleet of 30 river barges on the Rhine.',
  ])('%s', (text) => {
    expect(extractClaims(text).flatMap((c) => c.quantities.map((q) => q.value))).toEqual([]);
  });
});

describe('a hurried post may open a sentence in lowercase', () => {
  it('a stop after a plain word ends the sentence, so a denial before it reaches no deal word after it', () => {
    const claims = extractClaims('Kelmora says no approach came in, no talks. the Tarvo supply deal is a separate thing.');
    expect(claims.filter((c) => c.action?.lemma === 'supply').map((c) => c.negated)).toEqual([false]);
  });

  it.each([
    'Kelmora pays ~$150m p.a. for the charter of four carriers.',
    'The Tarvo order is worth approx. nine hundred million euros.',
    'Kelmora trades at 21x cons. earnings after the Tarvo deal.',
    'Kelmora, of Austin, Tex. and Oslo, signed with Tarvo.',
  ])('shorthand before a lowercase word ends no sentence (guard): %s', (text) => {
    expect(splitSentences(text)).toHaveLength(1);
  });
});

describe("a firm's results moved to a level are no deal's sum", () => {
  it.each([
    ['Kelmora would not give a price. Its revenue nearly doubled over the year to $310 million.', 310_000_000],
    ['Kelmora signed with Tarvo. Group sales rose 9% to €2.1bn in the year.', 2_100_000_000],
  ])('%s', (text, value) => {
    expect(extractQuantities(text).amounts.find((a) => a.value === value)?.incidental).toBe('results-moved');
  });

  it('what a deal lifts revenue to stays (guard)', () => {
    expect(extractQuantities('The Tarvo contract will lift revenue to $90m.').amounts[0]?.incidental ?? null).toBeNull();
  });
});

describe('a side read twice is one firm, which makes no deal with itself', () => {
  it('keeps the side and leaves the other empty when both name one firm of the corpus', () => {
    const [claim] = extractClaims('Gorlan Shoji signed a supply deal with Kelmora.');
    const twice = { ...claim!, actor: { ...claim!.actor!, canonical: 'Gorlan' }, counterparty: { ...claim!.actor!, canonical: 'Gorlan Shoji' } };
    const table = buildEntityTable([twice]);
    const fixed = canonicalize(twice, table);
    expect([fixed.actor?.canonical, fixed.counterparty]).toEqual(['Gorlan Shoji', null]);
  });
});

describe("a newsletter section's label names no deal", () => {
  it('a hyphened word in the label, then a slashed pair with its sum', () => {
    const claims = extractClaims('Deals round-up - Kelmora/Tarvo (£210m): the 31 Tarvo depots keep their name until 2027.');
    expect(claims.map((c) => [c.actor?.canonical, c.counterparty?.canonical, c.amount?.value])).toContainEqual(['Kelmora', 'Tarvo', 210_000_000]);
  });

  it('a deal word after the label is still read (guard)', () => {
    expect(extractClaims('Deal Sheet: Kelmora agrees to buy Tarvo for $2bn.').map((c) => c.action?.lemma)).toEqual(['buy']);
  });
});

describe('a name with a division after a preposition of place is where, no side', () => {
  it.each([
    'Kelmora Foods and Tarvo Shoji will open a mill in Vantmoor state under a venture in which Tarvo is to hold 40%.',
    'Kelmora Foods and Tarvo Shoji are to run depots across Vantmoor state under a venture in which Tarvo is to hold 40%.',
  ])('%s', (text) => {
    const sides = sidesOf(extractClaims(text));
    expect(sides.flat().filter((n) => n?.startsWith('Vantmoor'))).toEqual([]);
    expect(hasPair(sides, 'Kelmora', 'Tarvo')).toBe(true);
  });

  it('the state before a government is still a public body (guard)', () => {
    expect(sidesOf(extractClaims('The Vantmoor state government signed a power deal with Tarvo Energy.'))).toEqual([['Vantmoor state government', 'Tarvo Energy']]);
  });
});

describe('a company noun as the object of buy names a takeover', () => {
  it.each(['Tarvo is keen to buy the entire group.', 'Tarvo agreed to buy the firm for $2bn.'])('%s', (text) => {
    expect(extractClaims(text).map((c) => c.action?.type)).toEqual(['acquire']);
  });

  it('a firm\'s named unit keeps its own reading (guard)', () => {
    expect(extractClaims('Tarvo agreed to buy the seeds business of Kelmora for $2bn.').map((c) => c.action?.type)).toEqual(['acquire']);
  });
});

describe("the firm whose unit is bought after \"of\" is the purchase's other side", () => {
  it('names the seller even where the buyer is a description the text does not resolve', () => {
    const claims = extractClaims("Digest: the carmaker's purchase of Kelmora's seating unit ($640m, all cash) closed on Friday.");
    expect(claims.map((c) => [c.action?.type, c.counterparty?.canonical ?? c.actor?.canonical])).toContainEqual(['acquire', 'Kelmora']);
  });

  it('with the buyer named, both sides (guard)', () => {
    expect(sidesOf(extractClaims("Tarvo's purchase of Kelmora's seating unit closed on Friday."))).toEqual([['Tarvo', 'Kelmora']]);
  });
});

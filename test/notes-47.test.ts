import { describe, expect, it } from 'vitest';
import { analyze, extractClaims, extractQuantities } from '../src/index.js';
import { archiveTagTime } from '../src/extract/time-places.js';
import { olderDealAsides } from '../src/extract/older-deal-asides.js';

const report = (texts: string[]) => analyze(texts.map((text, i) => ({ id: `s${i + 1}`, text })));
const kindsBetween = (texts: string[], a: string, b: string) =>
  report(texts).findings.filter((f) => f.sources.includes(a) && f.sources.includes(b)).map((f) => f.kind);

describe('a year in parentheses closing a headline dates an archived item', () => {
  const news = 'Ulvenor Freight is paying Pertwick Docks €13 million annually for its quay space until 2031.';
  it.each([
    ['a bare year and a dash', 'Ulvenor books Pertwick quays in €51m pact (2018) - Ulvenor Freight agreed to hand Pertwick Docks €51 million for quay space over six years.'],
    ['a month and a year (guard: the source-level rule read it before)', 'Ulvenor books Pertwick quays (Sept 2018) - Ulvenor Freight agreed to hand Pertwick Docks €51 million for quay space over six years.'],
    ['an em dash (guard)', 'Ulvenor books Pertwick quays (March 2018) \u2014 Ulvenor Freight will hand Pertwick Docks €51 million across six years.'],
    ['a colon (guard)', 'Pertwick lands Ulvenor quay pact (2018): Ulvenor Freight will hand Pertwick Docks €51 million across six years.'],
  ])('%s: the older deal is another event', (_what, archived) => {
    expect(kindsBetween([archived, news], 's1', 's2')).toEqual([]);
  });

  it('without the tag the two conflict (guard)', () => {
    const untagged = 'Ulvenor books Pertwick quays in €51m pact - Ulvenor Freight agreed to hand Pertwick Docks €51 million for quay space over six years.';
    expect(kindsBetween([untagged, news], 's1', 's2')).toContain('contradiction');
  });

  it('reads the tag and nothing else', () => {
    expect(archiveTagTime('Ulvenor buys Pertwick depot (2018) - Ulvenor has bought the depot.')?.value.year).toBe(2018);
    expect(archiveTagTime('Ulvenor buys Pertwick depot (Sept 2018): Ulvenor has bought the depot.')?.value.year).toBe(2018);
    // A wire's dateline, an outlet's tag, a ticker and a built year are no archive tags.
    expect(archiveTagTime('OSLO, June 3 (2019) - Ulvenor has bought the depot.')).toBeUndefined();
    expect(archiveTagTime('OSLO, June 3 (Axholm Wire) - Ulvenor has bought the depot.')).toBeUndefined();
    expect(archiveTagTime('Ulvenor Freight (OSE: ULV) - Ulvenor has bought the depot.')).toBeUndefined();
    expect(archiveTagTime('Ulvenor charters the Pertwick Star (2019-built) - a five-year deal.')).toBeUndefined();
    expect(archiveTagTime('Ulvenor buys Pertwick depot (2018). Ulvenor has bought the depot.')).toBeUndefined();
  });

  it('the claim keeps a time its own words give (guard)', () => {
    const [claim] = extractClaims('Depot deals (2018) - In 2016 Ulvenor Freight bought the depot from Pertwick Docks for $40 million.');
    expect(claim?.time?.year).toBe(2016);
  });
});

describe("a year written short in an older-deal aside, \"back in '17\"", () => {
  it('is the aside\'s year, not the news\'s', () => {
    const text = "Pertwick ordered 30 barges from Ulvenor this week, well up from the 12 it took back in '17.";
    expect(olderDealAsides(text)).toHaveLength(1);
    const [claim] = extractClaims(text);
    expect(claim?.time?.year ?? null).toBeNull();
  });

  it('a full year there did so before (guard)', () => {
    const text = 'Pertwick ordered 30 barges from Ulvenor this week, well up from the 12 it took back in 2017.';
    expect(olderDealAsides(text)).toHaveLength(1);
  });
});

describe('a name a place\'s head ends, after "the", is a place (heads from WordNet\'s place names)', () => {
  it.each([
    ['the ... Coast', 'Quenlow Coast'],
    ['the ... Islands', 'Axholm Islands'],
    ['the ... Peninsula', 'Tolvane Peninsula'],
  ])('%s', (_what, place) => {
    const claims = report([
      `Ulvenor Blends agreed a seven-year pact on the ${place} with Pertwick Foods.`,
      `Ulvenor Blends gave Pertwick Foods its teas to sell under a seven-year agreement along the ${place}.`,
    ]).claims;
    expect(claims.map((c) => [c.actor?.canonical, c.counterparty?.canonical].sort())).toEqual([['Pertwick Foods', 'Ulvenor Blends'], ['Pertwick Foods', 'Ulvenor Blends']]);
  });

  it('a firm so named, with no "the", stays a side (guard)', () => {
    const [claim] = extractClaims('Pertwick Foods agreed a seven-year tea supply pact with Dravick Valley worth $23 million.');
    expect([claim?.actor?.canonical, claim?.counterparty?.canonical].sort()).toEqual(['Dravick Valley', 'Pertwick Foods']);
  });
});

describe('two only distributors named in other frames conflict', () => {
  const given = 'Ulvenor Blends has given Pertwick Trading sole distribution of its teas for seven years.';
  it.each([
    ['came in as sole distributor for', 'Delmarsh Foods has come in as sole distributor for Ulvenor Blends teas for seven years.'],
    ['named ... as its only distributor, with a time word before the verb', 'Ulvenor Blends today named Delmarsh Foods as its only distributor of teas for seven years.'],
    ['is the sole distributor of', 'Delmarsh Foods is the sole distributor of Ulvenor Blends teas.'],
  ])('%s', (_what, other) => {
    expect(kindsBetween([given, other], 's1', 's2')).toContain('contradiction');
  });

  it('the same distributor named both ways agrees (guard)', () => {
    const other = 'Pertwick Trading has come in as sole distributor for Ulvenor Blends teas for seven years.';
    expect(kindsBetween([given, other], 's1', 's2')).toEqual(['agreement']);
  });
});

describe('a sum that a subject opened by a period adjective totals is a rate', () => {
  const perOf = (text: string) => extractClaims(text).find((c) => c.amount)?.amount?.per ?? null;
  it.each([
    ['after a phrase and "should total about"', 'Ulvenor agreed a 16-year mast lease with Pertwick. Yearly charges under the new contract should total about £9 million.'],
    ['"totalled roughly"', 'Ulvenor renewed its mast lease with Pertwick; annual rents for the masts totalled roughly €37 million.'],
    ['"will total"', 'Under the new Ulvenor pact with Pertwick, monthly fees will total $3 million.'],
  ])('%s', (_what, text) => {
    expect(perOf(text)).not.toBeNull();
  });

  it('a period adjective after the sum leaves it a total (guard)', () => {
    expect(perOf('Fees under the Ulvenor pact with Pertwick will total $6 million, against annual charges of $3 million before.')).toBeNull();
  });
});

describe('a verb behind a prefix and a hyphen is that verb', () => {
  const lemma = (text: string) => extractClaims(text)[0]?.action?.lemma ?? null;
  it.each([
    ['out-licensed', 'Ulvenor Bio has out-licensed its liver compound to Pertwick Pharma for $65 million upfront.', 'license'],
    ['sub-leased (guard)', 'Ulvenor Freight sub-leased the yard to Pertwick Docks for $3 million a year.', 'sublease'],
  ])('%s', (_what, text, want) => {
    expect(lemma(text)).toBe(want);
  });

  it('"co-selling" sells nothing (guard)', () => {
    expect(extractClaims('Ulvenor Cloud and Pertwick Soft signed a co-selling pact.').map((c) => c.action?.lemma)).not.toContain('sell');
  });
});

describe('a name after a determiner and a noun of made goods names the goods', () => {
  const sides = (text: string) => { const [c] = extractClaims(text); return [c?.actor?.canonical, c?.counterparty?.canonical].sort(); };
  it.each([
    ['its bulk carrier (guard)', 'Pertwick Shipping has chartered its bulk carrier Feldane Crest to Siskin Trading for a year.'],
    ['the tanker (guard)', 'Siskin Trading has hired the tanker Olberth Star from Pertwick Shipping for a year.'],
    ['the freighter (guard)', 'Pertwick Shipping sold the freighter Olberth Star to Siskin Trading for $27 million.'],
  ])('%s', (_what, text) => {
    expect(sides(text)).toEqual(['Pertwick Shipping', 'Siskin Trading']);
  });

  it('the carrier that names an airline stays a side (guard)', () => {
    expect(sides('The Oslo-based carrier Norvix ordered 12 jets from Tarvo Aero.')).toEqual(['Norvix', 'Tarvo Aero']);
  });
});

describe('"X said on Thursday it will ...": a day between the verb of saying and "it" keeps X a firm', () => {
  it.each([
    ['said on Thursday it', 'Quorrel Freighters said on Thursday it will sell the yard to Hallowfen Trading.'],
    ['said Tuesday it', 'Quorrel Freighters said Tuesday it had sold the yard to Hallowfen Trading.'],
    ['said it (guard)', 'Quorrel Freighters said it would sell the yard to Hallowfen Trading.'],
  ])('%s', (_what, text) => {
    const [claim] = extractClaims(text);
    expect(claim?.actor?.canonical).toBe('Quorrel Freighters');
  });
});

describe('a one-word name after a count, with the maker after "from", is the goods\' own name', () => {
  it('"18 Caskmoor railcars from Tolvane Works"', () => {
    const claims = extractClaims('Quenlow buys 18 Caskmoor railcars - Quenlow Transit has bought 18 Caskmoor railcars from Tolvane Works for €212 million.');
    expect(claims.map((c) => [c.actor?.canonical, c.counterparty?.canonical]).flat()).not.toContain('Caskmoor');
  });

  it('with no maker named the name may be the maker\'s (guard)', () => {
    const [claim] = extractClaims('Quenlow Air bought 18 Caskmoor jets for $1.7 billion.');
    expect(claim?.counterparty?.canonical).toBe('Caskmoor');
  });
});

describe('datelines, described goods and territories in parentheses name no side', () => {
  const sides = (text: string) => { const [c] = report([text]).claims; return [c?.actor?.canonical, c?.counterparty?.canonical].sort(); };
  it('a dateline whose dash the tagger hangs on the next word: "BOSTON, Mass. –"', () => {
    expect(sides('BOSTON, Mass. – Ulvenor Bio has handed Pertwick Pharma sole rights to its liver compound under a licence.')).toEqual(['Pertwick Pharma', 'Ulvenor Bio']);
  });
  it('"the LPG carrier Wendacre Dawn": a word of cargo before a trade\'s noun makes it goods (guard)', () => {
    expect(sides('Wendacre Gas Shipping has fixed the LPG carrier Wendacre Dawn on a four-year charter to Brisbury Energy.')).toEqual(['Brisbury Energy', 'Wendacre Gas Shipping']);
  });
  it('a place that opens a parenthesis is a territory: "(Canada only, ten years)" (guard)', () => {
    const claims = extractClaims('The Pertwick licence (Canada only, ten years) from Ulvenor Bio is worth up to $215m.');
    expect(claims.flatMap((c) => [c.actor?.canonical, c.counterparty?.canonical])).not.toContain('Canada');
  });
});

describe('a verb-like last word of a name stays in the name when it is possessive', () => {
  it('"Tarvo Pay\'s third Merrivane instalment"', () => {
    const [claim] = extractClaims("Tarvo Pay's third Merrivane instalment arrived at $37m on Thursday.");
    expect([claim?.actor?.canonical, claim?.counterparty?.canonical].sort()).toEqual(['Merrivane', 'Tarvo Pay']);
  });
  it('not in a headline, where the verb is capitalized (guard)', () => {
    const [claim] = extractClaims('Goldman to Pay $5 Billion to Settle Claims With Siskin');
    expect(claim?.actor?.canonical).not.toBe('Goldman Pay');
  });
});

describe('a figure both sources state is no conflict between them, whatever else one of them states', () => {
  it('the whole loan beside one lender\'s part of it', () => {
    const texts = [
      'Feldane Data closed a £400 million four-year facility with Kelmora Bank.',
      'Feldane Data closed a £400 million four-year facility with Kelmora Bank. Kelmora Bank itself is lending Feldane Data £70 million of it.',
    ];
    expect(kindsBetween(texts, 's1', 's2')).toEqual(['agreement']);
  });

  it('two totals that differ still conflict beside an upfront sum both state (guard)', () => {
    const texts = [
      'Ulvenor Bio gets $35 million at signing from Pertwick Pharma. Pertwick Pharma will pay Ulvenor Bio up to $410 million overall for the licence.',
      'Ulvenor Bio gets $35 million at signing from Pertwick Pharma. Pertwick Pharma will pay Ulvenor Bio up to $330 million overall for the licence.',
    ];
    expect(kindsBetween(texts, 's1', 's2')).toContain('contradiction');
  });
});

describe('a name one source gives a ship names the ship in every source', () => {
  it('"Brisbury Energy has the Wendacre Dawn on charter" beside "the LPG carrier Wendacre Dawn"', () => {
    const texts = [
      'Wendacre Gas Shipping has fixed the LPG carrier Wendacre Dawn on a four-year charter to Brisbury Energy.',
      'Brisbury Energy has the Wendacre Dawn on charter for four years.',
    ];
    const claims = report(texts).claims.filter((c) => c.sourceId === 's2');
    expect(claims.flatMap((c) => [c.actor?.canonical, c.counterparty?.canonical])).not.toContain('Wendacre Dawn');
    expect(kindsBetween(texts, 's1', 's2')).toEqual(['agreement']);
  });
});

describe('a round sum in the plural is about that sum, and its period follows', () => {
  it.each([
    ['"in the low £40,000s a week"', 'The hire sits somewhere in the low £40,000s a week.'],
    ['"in the £40,000s a week"', 'Hire runs in the £40,000s a week.'],
  ])('%s', (_what, text) => {
    const [amount] = extractQuantities(text).amounts;
    expect(amount?.per).toBe('week');
    expect(amount?.bound).toBe('approximate');
  });
});

describe('"carrier" names a ship only after a word of its cargo', () => {
  it.each([
    ['the low-cost carrier', 'The low-cost carrier Norvix Air ordered 12 jets from Tarvo Aero.'],
    ['the Oslo-based carrier', 'The Oslo-based carrier Norvix Air said it ordered 12 jets from Tarvo Aero.'],
  ])('%s: an airline stays a side (guard)', (_what, text) => {
    const texts = [text, 'Norvix Air ordered 12 jets from Tarvo Aero.'];
    expect(report(texts).claims.map((c) => c.actor?.canonical)).toEqual(['Norvix Air', 'Norvix Air']);
  });
});

describe('a sum said with no currency is money when a term follows it or "all in" closes it', () => {
  it.each([
    ['over eight years', 'two-point-six billion over eight years', 2.6e9],
    ['over the seven seasons', 'nine hundred million over the seven seasons', 9e8],
    ['all in', 'six hundred million all in', 6e8],
  ])('%s', (_what, text, value) => {
    expect(extractQuantities(text).amounts.map((a) => a.value)).toEqual([value]);
  });

  it('a count over a term stays a count (guard)', () => {
    expect(extractQuantities('2.5 million tonnes over eight years').amounts).toEqual([]);
    expect(extractQuantities('It gained 4 million subscribers over eight years.').amounts).toEqual([]);
  });
});

describe('two whole sums several times apart tell two parts, not one figure misread (money-several-fold)', () => {
  const pairOf = (a: string, b: string) => kindsBetween([`Ulvenor Freight is acquiring the yard from Pertwick Docks for ${a}.`, `Ulvenor Freight is acquiring the yard from Pertwick Docks for ${b}.`], 's1', 's2');
  it.each([
    ['three times', '$300 million', '$100 million'],
    ['five times', '$500 million', '$100 million'],
    ['nine times', '$900 million', '$100 million'],
  ])('%s apart: no finding', (_what, a, b) => {
    expect(pairOf(a, b)).toEqual([]);
  });

  it.each([
    ['twice apart', '$200 million', '$100 million'],
    ['a misplaced digit, ten times apart', '$4.8 billion', '$480 million'],
    ['a thousand times apart, "million" for "billion"', '$2 billion', '$2 million'],
  ])('%s: a contradiction (guard)', (_what, a, b) => {
    expect(pairOf(a, b)).toContain('contradiction');
  });

  it('yearly rates five times apart still conflict (guard)', () => {
    const texts = ['Ulvenor hands Pertwick $2 billion a year for the server halls.', 'Ulvenor hands Pertwick $8 billion a year for the server halls.'];
    expect(kindsBetween(texts, 's1', 's2')).toContain('contradiction');
  });

  it('a sum reached from a rate and a term still conflicts (guard)', () => {
    const texts = ['Ulvenor is renting the halls to Pertwick for $12 billion a year.', 'Pertwick is handing Ulvenor $36 billion across nine years for the halls.'];
    expect(kindsBetween(texts, 's1', 's2')).toContain('contradiction');
  });

  it('another field that conflicts is still reported (guard)', () => {
    const texts = ['Ulvenor Freight is acquiring 44 barges from Pertwick for $440 million.', 'Ulvenor Freight is acquiring 33 barges from Pertwick for $110 million.'];
    expect(kindsBetween(texts, 's1', 's2')).toContain('contradiction');
  });
});

import { describe, expect, it } from 'vitest';
import { analyze, extractClaims, extractQuantities } from '../src/index.js';
import { archiveTagTime } from '../src/extract/time-places.js';
import { olderDealAsides } from '../src/extract/older-deal-asides.js';

const report = (texts: string[]) => analyze(texts.map((text, i) => ({ id: `s${i + 1}`, text })));
const kindsBetween = (texts: string[], a: string, b: string) =>
  report(texts).findings.filter((f) => f.sources.includes(a) && f.sources.includes(b)).map((f) => f.kind);

describe('a year in parentheses closing a headline dates an archived item', () => {
  const news = 'Ulvenor Freight will pay Pertwick Docks €14m a year to keep its berths through 2031.';
  it.each([
    ['a bare year and a dash', 'Ulvenor takes Pertwick berths in €50m deal (2018) - Ulvenor Freight has agreed to pay Pertwick Docks €50 million for five years of berths.'],
    ['a month and a year', 'Ulvenor takes Pertwick berths (Sept 2018) - Ulvenor Freight has agreed to pay Pertwick Docks €50 million for five years of berths.'],
    ['an em dash', 'Ulvenor signs for Pertwick berths (March 2018) \u2014 Ulvenor Freight will pay Pertwick Docks €50 million over five years.'],
    ['a colon', 'Pertwick wins Ulvenor berth deal (2018): Ulvenor Freight will pay Pertwick Docks €50 million over five years.'],
  ])('%s: the older deal is another event', (_what, archived) => {
    expect(kindsBetween([archived, news], 's1', 's2')).toEqual([]);
  });

  it('without the tag the two conflict (guard)', () => {
    const untagged = 'Ulvenor takes Pertwick berths in €50m deal - Ulvenor Freight has agreed to pay Pertwick Docks €50 million for five years of berths.';
    expect(kindsBetween([untagged, news], 's1', 's2')).toContain('contradiction');
  });

  it('reads the tag and nothing else', () => {
    expect(archiveTagTime('Ulvenor buys Pertwick depot (2018) - Ulvenor has bought the depot.')?.value.year).toBe(2018);
    expect(archiveTagTime('Ulvenor buys Pertwick depot (Sept 2018): Ulvenor has bought the depot.')?.value.year).toBe(2018);
    // A wire's dateline, an outlet's tag, a ticker and a built year are no archive tags.
    expect(archiveTagTime('OSLO, June 3 (2019) - Ulvenor has bought the depot.')).toBeUndefined();
    expect(archiveTagTime('OSLO, June 3 (Nordwire) - Ulvenor has bought the depot.')).toBeUndefined();
    expect(archiveTagTime('Ulvenor Freight (OSE: ULV) - Ulvenor has bought the depot.')).toBeUndefined();
    expect(archiveTagTime('Ulvenor charters the Pertwick Star (2019-built) - a five-year deal.')).toBeUndefined();
    expect(archiveTagTime('Ulvenor buys Pertwick depot (2018). Ulvenor has bought the depot.')).toBeUndefined();
  });

  it('the claim keeps a time its own words give', () => {
    const [claim] = extractClaims('Depot deals (2018) - In 2016 Ulvenor Freight bought the depot from Pertwick Docks for $40 million.');
    expect(claim?.time?.year).toBe(2016);
  });
});

describe("a year written short in an older-deal aside, \"back in '17\"", () => {
  it('is the aside\'s year, not the news\'s', () => {
    const text = "Pertwick is back at Ulvenor this week for thirty barges, a big step up from the order it placed back in '17.";
    expect(olderDealAsides(text)).toHaveLength(1);
    const [claim] = extractClaims(text);
    expect(claim?.time?.year ?? null).toBeNull();
  });

  it('a full year there did so before (guard)', () => {
    const text = 'Pertwick is back at Ulvenor this week for thirty barges, a big step up from the order it placed back in 2017.';
    expect(olderDealAsides(text)).toHaveLength(1);
  });
});

describe('a name a place\'s head ends, after "the", is a place (heads from WordNet\'s place names)', () => {
  it.each([
    ['on the ... Coast', 'Pertwick Foods will distribute Ulvenor Roasters coffee on the Quenlow Coast for five years.'],
    ['along the ... Coast', 'Pertwick Foods signed a five-year deal to carry Ulvenor Roasters coffee along the Quenlow Coast.'],
    ['in the ... Valley', 'Pertwick Foods will distribute Ulvenor Roasters coffee in the Dravick Valley for five years.'],
    ['across the ... Peninsula', 'Pertwick Foods will distribute Ulvenor Roasters coffee across the Tolvane Peninsula for five years.'],
  ])('%s', (_what, text) => {
    const [claim] = extractClaims(text);
    expect([claim?.actor?.canonical, claim?.counterparty?.canonical].sort()).toEqual(['Pertwick Foods', 'Ulvenor Roasters']);
  });

  it('a firm so named, with no "the", stays a side (guard)', () => {
    const [claim] = extractClaims('Pertwick Foods signed a five-year supply deal with Dravick Valley for $20 million.');
    expect([claim?.actor?.canonical, claim?.counterparty?.canonical].sort()).toEqual(['Dravick Valley', 'Pertwick Foods']);
  });
});

describe('two only distributors named in other frames conflict', () => {
  const given = 'Ulvenor Roasters has given Pertwick Trading sole distribution of its coffee under a five-year agreement.';
  it.each([
    ['signed on as sole distributor for', 'Delmarsh Foods has signed on as sole distributor for Ulvenor Roasters coffee in a five-year deal.'],
    ['named ... as the exclusive distributor, with a time word before the verb', 'Ulvenor Roasters today named Delmarsh Foods as the exclusive distributor of its coffee for five years.'],
    ['is the sole distributor of (guard)', 'Delmarsh Foods is the sole distributor of Ulvenor Roasters coffee.'],
  ])('%s', (_what, other) => {
    expect(kindsBetween([given, other], 's1', 's2')).toContain('contradiction');
  });

  it('the same distributor named both ways agrees', () => {
    const other = 'Pertwick Trading has signed on as sole distributor for Ulvenor Roasters coffee in a five-year deal.';
    expect(kindsBetween([given, other], 's1', 's2')).toEqual(['agreement']);
  });
});

describe('a sum that a subject opened by a period adjective totals is a rate', () => {
  const perOf = (text: string) => extractClaims(text).find((c) => c.amount)?.amount?.per ?? null;
  it.each([
    ['after a phrase and "expected to total approximately"', 'Ulvenor signed a 20-year mast lease with Pertwick. Annual lease payments under the agreement are expected to total approximately €150 million.'],
    ['"totalled roughly"', 'Ulvenor renewed its mast lease with Pertwick; yearly fees under the contract totalled roughly €40 million.'],
    ['"will total"', 'Under the new Ulvenor deal with Pertwick, monthly charges will total $2 million.'],
  ])('%s', (_what, text) => {
    expect(perOf(text)).not.toBeNull();
  });

  it('a period adjective after the sum leaves it a total (guard)', () => {
    expect(perOf('Payments under the Ulvenor deal with Pertwick will total $5 million, against annual fees of $2 million before.')).toBeNull();
  });
});

describe('a verb behind a prefix and a hyphen is that verb', () => {
  const lemma = (text: string) => extractClaims(text)[0]?.action?.lemma ?? null;
  it.each([
    ['out-licensed', 'Ulvenor Bio has out-licensed its kidney drug to Pertwick Pharma for $90 million upfront.', 'license'],
    ['sub-leased', 'Ulvenor Freight sub-leased the depot to Pertwick Docks for $4 million a year.', 'sublease'],
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
    ['its supertanker', 'Pertwick Tankers has chartered its supertanker Pertwick Aurora to Siskin Trading for two years.'],
    ['the tanker', 'Siskin Trading has chartered the tanker Pertwick Aurora from Pertwick Tankers for two years.'],
    ['the freighter', 'Pertwick Tankers sold the freighter Quenlow Star to Siskin Trading for $30 million.'],
  ])('%s', (_what, text) => {
    expect(sides(text)).toEqual(['Pertwick Tankers', 'Siskin Trading']);
  });

  it('the carrier that names an airline stays a side (guard)', () => {
    expect(sides('The Oslo-based carrier Norvix ordered 12 jets from Tarvo Aero.')).toEqual(['Norvix', 'Tarvo Aero']);
  });
});

describe('"X said on Monday it had ...": a day between the verb of saying and "it" keeps X a firm', () => {
  it.each([
    ['said on Monday it', 'Quorrel Tankers said on Monday it would sell the depot to Merriton Trading.'],
    ['said Tuesday it', 'Quorrel Tankers said Tuesday it had sold the depot to Merriton Trading.'],
    ['said it (guard)', 'Quorrel Tankers said it would sell the depot to Merriton Trading.'],
  ])('%s', (_what, text) => {
    const [claim] = extractClaims(text);
    expect(claim?.actor?.canonical).toBe('Quorrel Tankers');
  });
});

describe('a one-word name after a count, with the maker after "from", is the goods\' own name', () => {
  it('"24 Vireo trains from Ambrell Rail"', () => {
    const claims = extractClaims('Quenlow orders 24 Caskmoor trains - Quenlow Transit has ordered 24 Caskmoor trains from Tolvane Rail in a €330 million contract.');
    expect(claims.map((c) => [c.actor?.canonical, c.counterparty?.canonical]).flat()).not.toContain('Caskmoor');
  });

  it('with no maker named the name may be the maker\'s (guard)', () => {
    const [claim] = extractClaims('Quenlow Air ordered 24 Caskmoor jets for $2 billion.');
    expect(claim?.counterparty?.canonical).toBe('Caskmoor');
  });
});

describe('datelines, described goods and territories in parentheses name no side', () => {
  const sides = (text: string) => { const [c] = extractClaims(text); return [c?.actor?.canonical, c?.counterparty?.canonical].sort(); };
  it('a dateline whose dash the tagger hangs on the next word: "CAMBRIDGE, Mass. –"', () => {
    expect(sides('CAMBRIDGE, Mass. – Ulvenor Bio today said it has granted Pertwick Pharma an exclusive licence to its kidney drug.')).toEqual(['Pertwick Pharma', 'Ulvenor Bio']);
  });
  it('"the LNG carrier Stellmoor Aurora": a word describing a trade\'s noun makes it goods', () => {
    expect(sides('Stellmoor Shipping has fixed the LNG carrier Stellmoor Aurora on a five-year charter to Kyrnel Energy.')).toEqual(['Kyrnel Energy', 'Stellmoor Shipping']);
  });
  it('a place that opens a parenthesis is a territory: "(Japan only, 12-yr term)"', () => {
    const claims = extractClaims('The Pertwick licence (Japan only, 12-yr term) from Ulvenor Bio is worth up to $355m.');
    expect(claims.flatMap((c) => [c.actor?.canonical, c.counterparty?.canonical])).not.toContain('Japan');
  });
});

describe('a verb-like last word of a name stays in the name when it is possessive', () => {
  it('"Quorrel Pay\'s second Merrivane tranche"', () => {
    const [claim] = extractClaims("Quorrel Pay's second Merrivane tranche came in at $54m this week.");
    expect([claim?.actor?.canonical, claim?.counterparty?.canonical].sort()).toEqual(['Merrivane', 'Quorrel Pay']);
  });
  it('not in a headline, where the verb is capitalized (guard)', () => {
    const [claim] = extractClaims('Goldman to Pay $5 Billion to Settle Claims With Siskin');
    expect(claim?.actor?.canonical).not.toBe('Goldman Pay');
  });
});

describe('a figure both sources state is no conflict between them, whatever else one of them states', () => {
  it('the whole loan beside one lender\'s part of it', () => {
    const texts = [
      'Feldane Data has signed a $900 million five-year loan with Kelmora Bank.',
      'Feldane Data has signed a $900 million five-year loan with Kelmora Bank. Kelmora Bank itself is lending Feldane Data $200 million of it.',
    ];
    expect(kindsBetween(texts, 's1', 's2')).toEqual(['agreement']);
  });

  it('two totals that differ still conflict beside an upfront sum both state (guard)', () => {
    const texts = [
      'Ulvenor Bio will receive $40 million upfront from Pertwick Pharma. Pertwick Pharma will pay Ulvenor Bio up to $355 million in all for the licence.',
      'Ulvenor Bio will receive $40 million upfront from Pertwick Pharma. Pertwick Pharma will pay Ulvenor Bio up to $300 million in all for the licence.',
    ];
    expect(kindsBetween(texts, 's1', 's2')).toContain('contradiction');
  });
});

describe('a name one source gives a ship names the ship in every source', () => {
  it('"The Stellmoor Aurora has been chartered by Kyrnel" beside "the LNG carrier Stellmoor Aurora"', () => {
    const texts = [
      'Stellmoor Shipping has fixed the LNG carrier Stellmoor Aurora on a five-year charter to Kyrnel Energy at $88,000 a day.',
      'The Stellmoor Aurora has been chartered by Kyrnel Energy for five years, owner Stellmoor Shipping said.',
    ];
    const claims = report(texts).claims.filter((c) => c.sourceId === 's2');
    expect(claims.flatMap((c) => [c.actor?.canonical, c.counterparty?.canonical])).not.toContain('Stellmoor Aurora');
    expect(kindsBetween(texts, 's1', 's2')).toEqual(['agreement']);
  });
});

describe('a round sum in the plural is about that sum, and its period follows', () => {
  it.each([
    ['"in the high-$80,000s a day"', 'Brokers put the rate in the high-$80,000s a day.'],
    ['"in the $80,000s a day"', 'The rate is in the $80,000s a day.'],
  ])('%s', (_what, text) => {
    const [amount] = extractQuantities(text).amounts;
    expect(amount?.per).toBe('day');
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
    ['over five years', 'three-point-two billion over five years', 3.2e9],
    ['over the five years', 'two billion over the five years', 2e9],
    ['all in', 'one-point-two billion all in', 1.2e9],
  ])('%s', (_what, text, value) => {
    expect(extractQuantities(text).amounts.map((a) => a.value)).toEqual([value]);
  });

  it('a count over a term stays a count (guard)', () => {
    expect(extractQuantities('1.5 million tonnes over five years').amounts).toEqual([]);
    expect(extractQuantities('It has 3 million users over five years.').amounts).toEqual([]);
  });
});

describe('two whole sums several times apart tell two parts, not one figure misread (money-several-fold)', () => {
  const pairOf = (a: string, b: string) => kindsBetween([`Ulvenor Freight will buy the depot from Pertwick Docks for ${a}.`, `Ulvenor Freight will buy the depot from Pertwick Docks for ${b}.`], 's1', 's2');
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
    const texts = ['Ulvenor will pay Pertwick $1 billion a year for the cloud capacity.', 'Ulvenor will pay Pertwick $5 billion a year for the cloud capacity.'];
    expect(kindsBetween(texts, 's1', 's2')).toContain('contradiction');
  });

  it('a sum reached from a rate and a term still conflicts (guard)', () => {
    const texts = ['Ulvenor is leasing the campus to Pertwick for $15 billion a year.', 'Pertwick is paying Ulvenor $45 billion over nine years for the campus.'];
    expect(kindsBetween(texts, 's1', 's2')).toContain('contradiction');
  });

  it('another field that conflicts is still reported (guard)', () => {
    const texts = ['Ulvenor Freight will buy 40 barges from Pertwick for $400 million.', 'Ulvenor Freight will buy 30 barges from Pertwick for $100 million.'];
    expect(kindsBetween(texts, 's1', 's2')).toContain('contradiction');
  });
});

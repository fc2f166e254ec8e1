import { describe, expect, it } from 'vitest';
import { analyze, extractClaims, extractQuantities } from '../src/index.js';

/** Two firms that deal more than once: which deal each claim tells, and which figures are the deal's. */

/** The fields on which the sources, one text each, contradict each other. */
const conflicts = (texts: string[]) => analyze(texts.map((text, i) => ({ id: `s${i + 1}`, text }))).findings.filter((f) => f.kind === 'contradiction').map((f) => f.field);

const timeOf = (text: string) => extractClaims(text).map((c) => c.time?.year ?? null);

describe('a year after a deal noun its own words call older, or after a past verb of taking it', () => {
  it.each([
    ['It follows Quellby Launch\'s first contract with Norvex Orbital in 2022, covering two launches.', 2022],
    ['Kellsmoor Capital took a stake in Harlow Bio in 2019.', 2019],
    ['Tarvo made its original investment in Siskin Robotics in 2020.', 2020],
    ['The previous order from Brisco Air in 2018 covered 12 jets from Wrenfold Aero.', 2018],
  ])('%s', (text, year) => {
    expect(timeOf(text)).toContain(year);
  });

  it.each([
    ['Kellsmoor Capital will take a stake in Harlow Bio in 2027.'],
    ['Tarvo Lines signed a contract with Siskin Yards for ships due in 2028.'],
  ])('a year still to come, or what the goods are due in, dates no deal: %s (guard)', (text) => {
    expect(timeOf(text)).not.toContain(2027);
    expect(timeOf(text)).not.toContain(2028);
  });
});

describe('"under" before a sum that sizes a deal noun is the deal\'s preposition, not a ceiling', () => {
  it.each([
    ['Velquor delivers 30 coaches to Norvex Transit under ₹250 crore contract', 2_500_000_000],
    ['Harlow bought the depot under $2bn deal terms', 2_000_000_000],
  ])('%s', (text, value) => {
    const amount = extractQuantities(text).amounts[0]!;
    expect(amount).toMatchObject({ value, bound: 'exact' });
  });

  it('"under a $90 million supply agreement" (guard)', () => {
    expect(extractQuantities('Tarvo ships resin under a $90 million supply agreement').amounts[0]).toMatchObject({ value: 90_000_000, bound: 'exact' });
  });

  it.each([['Tarvo sold the depot for under $45 billion'], ['under $45 billion in cash']])('a sum under which nothing follows is a ceiling: %s (guard)', (text) => {
    expect(extractQuantities(text).amounts[0]).toMatchObject({ bound: 'atMost' });
  });
});

describe('how long two firms have dealt so far is not the term of their deal', () => {
  it.each([
    ['Brisco Foods has been buying malt from Harlow Maltings for six years.'],
    ['Siskin has been taking Tarvo tonnes for a couple of years.'],
  ])('%s', (text) => {
    expect(extractClaims(text).every((c) => c.duration === null)).toBe(true);
  });

  it('"has supplied ... for the past decade" (guard)', () => {
    expect(extractClaims('Kellsmoor has supplied Quellby with coal for the past decade.').every((c) => c.duration === null)).toBe(true);
  });

  it.each([
    ['Brisco Foods will buy malt from Harlow Maltings for six years.', 72],
    ['Brisco Foods has agreed to buy malt from Harlow Maltings for six years.', 72],
  ])('a term still reads: %s (guard)', (text, months) => {
    expect(extractClaims(text).map((c) => c.duration?.months)).toContain(months);
  });
});

describe('a source that dates its deal once dates its other claims of that deal', () => {
  it.each([
    ['Brisco Air orders 40 jets from Wrenfold Aero (2016). Brisco Air has ordered 40 jets from Wrenfold Aero for $2 billion.'],
    ['Brisco Air orders jets from Wrenfold Aero (March 2016). Brisco Air has ordered 40 jets from Wrenfold Aero for $2 billion.'],
  ])('its headline year: %s', (archive) => {
    expect(conflicts([archive, 'Brisco Air ordered 75 jets from Wrenfold Aero for $3.5 billion.'])).toEqual([]);
  });

  it('a year on one sentence dates another sentence that retells its figures', () => {
    const archive = 'Kellsmoor Capital took a 10% stake in Harlow Bio in 2019. Kellsmoor Capital paid $90 million for the 10% holding in Harlow Bio.';
    expect(conflicts([archive, 'Kellsmoor Capital will pay $400 million for 12% of Harlow Bio.'])).toEqual([]);
  });

  it('a year on one deal of a text does not date the other deal it tells (guard)', () => {
    const text = 'Brisco is buying Harlow Mills from Tarvo Group for $300 million. Brisco picked up Siskin Bakeries from Tarvo Group for $120 million back in 2019.';
    expect(conflicts([text, 'Brisco will pay Tarvo Group $350 million for Harlow Mills.'])).toContain('amount');
  });

  it('a date atop a release is the day it was written, and dates no claim but its own (guard)', () => {
    const release = 'Tarvo Stores plc\n3 March 2025\nPurchase of 40 shops from Siskin Retail\n\nTarvo Stores says it will buy 40 shops from Siskin Retail for £90 million.';
    expect(conflicts([release, 'Tarvo Stores is buying 40 shops from Siskin Retail for £120 million.'])).toContain('amount');
  });
});

describe('a deal its own words call older is another deal of the pair', () => {
  const news = 'Tarvo Lines ordered two ferries from Siskin Yards for SEK 1.4 billion.';

  it.each([
    ["Tarvo Lines' previous order with Siskin Yards came to SEK 610 million."],
    ['The earlier contract between Tarvo Lines and Siskin Yards was worth SEK 610 million.'],
    ['Tarvo Lines had previously ordered two ferries from Siskin Yards for SEK 610 million.'],
    ['Tarvo Lines ordered two ferries from Siskin Yards. The previous deal with the yard came to SEK 610 million.'],
  ])('%s', (older) => {
    expect(conflicts([news, older])).toEqual([]);
  });

  it.each([
    ['Tarvo Lines ordered two ferries from Siskin Yards for SEK 1.1 billion, following an earlier order at the yard.'],
  ])('news told beside an older deal still meets the news: %s (guard)', (text) => {
    expect(conflicts([news, text])).toContain('amount');
  });

  it('an extension told beside the original deal is the extension (guard)', () => {
    const extension = 'Tarvo Lines extended its charter of two Siskin Yards ferries by two years for SEK 1.4 billion.';
    expect(conflicts([extension, 'Tarvo Lines is keeping the Siskin Yards ferries for another two years, at rates higher than in the original deal, paying SEK 1.1 billion.'])).toContain('amount');
  });
});

describe('names as real text writes them', () => {
  it('a made-up lowercase brand the tagger guesses a verb is a name after "from"', () => {
    const [claim] = extractClaims('Harlow Foods is buying picking robots from quillwise.');
    expect(claim!.counterparty?.canonical).toBe('quillwise');
  });

  it('"plans to derisk" opens an infinitive, not a name (guard)', () => {
    expect(extractClaims('Harlow Foods plans to derisk the Tarvo mine.').flatMap((c) => [c.actor?.canonical, c.counterparty?.canonical])).not.toContain('derisk');
  });

  it('a code in parentheses after a market is the listed firm\'s ticker, no name of the market', () => {
    const report = analyze([
      { id: 'a', text: 'LONDON - Velquor Ltd, which trades on AIM (VLQR), said it would supply 300 robots to Harlow Foods plc over four years.' },
      { id: 'b', text: 'VLQR LN (Outperform, TP 610p): Harlow order in - 250 units over four years.' },
    ]);
    expect(report.claims.flatMap((c) => [c.actor?.canonical, c.counterparty?.canonical])).not.toContain('AIM');
  });

  it('"from the same yard" is the shipbuilder the text named', () => {
    const claims = extractClaims("Tarvo Tankers said it had bought five bulkers from Korea's Siskin Marine Works for $240 million. Tarvo ordered three vessels from the same yard in 2018.");
    const older = claims.find((c) => c.time?.year === 2018);
    expect(older?.counterparty?.canonical).toBe('Siskin Marine Works');
  });
});

describe('a filing names its issuer in capitals and calls it "the Company"', () => {
  it.each([
    ['TARVO MOTORS LIMITED - Notice under Rule 12 of the Listing Regulations. The Company has received an award from Siskin Transit Authority for 90 coaches.', 'TARVO MOTORS'],
    ['HARLOW STEEL, S.A. - Relevant fact. The Company has been chosen by Siskin Metro, S.A. to supply 16 trams, for EUR 48,500,000 (VAT excluded).', 'HARLOW STEEL'],
  ])('%s', (text, issuer) => {
    const names = extractClaims(text).flatMap((c) => [c.actor?.canonical, c.counterparty?.canonical]);
    expect(names.map((n) => n?.toUpperCase())).toContain(issuer);
    expect(names).not.toContain('VAT');
    expect(names).not.toContain('Regulations');
  });

  it('a dateline in capitals is still a place (guard)', () => {
    const names = extractClaims('OSLO, May 4 (Wire) - Tarvo Lines ordered six ferries from Siskin Yards.').flatMap((c) => [c.actor?.canonical, c.counterparty?.canonical]);
    expect(names).not.toContain('OSLO');
  });
});

describe('the price of an older deal set beside the news is not the news\'s price', () => {
  it.each([
    ['Siskin Transit bought 90 coaches from Tarvo Motors. An earlier batch of 30 coaches, worth $40 million, went into service in spring.', 40_000_000],
    ['Tarvo Rail will build 16 trams for Siskin Transit; the new contract follows a six-unit, €70m award.', 70_000_000],
  ])('%s', (text, older) => {
    expect(extractClaims(text).map((c) => c.amount?.value)).not.toContain(older);
  });

  it('"well above the original order\'s $172 million" (guard)', () => {
    const text = "Tarvo Tankers ordered six tankers from Siskin Marine for $318 million, well above the original order's $172 million.";
    expect(extractClaims(text).map((c) => c.amount?.value)).not.toContain(172_000_000);
  });

  it.each([
    ['Tarvo Lines signed a contract with Siskin Yards worth $540 million, its first order at the yard.', 540_000_000],
    ['Harlow lifted estimates after the CHF 88m contract Harlow won from Quellby Transit.', 88_000_000],
  ])('the news\'s own price stays: %s (guard)', (text, value) => {
    expect(extractClaims(text).map((c) => c.amount?.value)).toContain(value);
  });
});

describe('an older word outside the deal noun\'s phrase calls no deal older', () => {
  it('"Correcting an earlier note: the Tarvo-Siskin upfront is ¥7bn" still meets the deal (guard)', () => {
    const report = analyze([
      { id: 'a', text: 'Tarvo Pharma will pay Siskin Bio 4 billion yen upfront for rights to an antibody in Korea.' },
      { id: 'b', text: 'Correcting an earlier note: the Tarvo-Siskin upfront is ¥7bn.' },
    ]);
    expect(report.findings.filter((f) => f.kind === 'contradiction').map((f) => f.field)).toContain('amount');
  });
});

describe('what is paid at signing is the upfront, compared with upfronts', () => {
  it('"pays €40 million at signing" agrees with "€40 million upfront"', () => {
    const report = analyze([
      { id: 'a', text: 'Harlow Pharma has bought rights to a drug from Siskin Bio. Harlow pays €40 million at signing, and the whole could reach €600 million.' },
      { id: 'b', text: 'Harlow Pharma will pay Siskin Bio €40 million upfront for the drug rights; the total may reach €600 million.' },
    ]);
    expect(report.findings.filter((f) => f.kind === 'contradiction')).toEqual([]);
  });
});

describe('a ship\'s type is the goods a count counts', () => {
  it('"three tankers" and "two ferries" count different goods', () => {
    expect(conflicts(['Tarvo Shipping ordered three tankers from Siskin Yards.', 'Tarvo Shipping ordered two ferries from Siskin Yards.'])).not.toContain('quantity');
  });

  it.each([
    ['Tarvo Shipping ordered six vessels from Siskin Yards.', 'Tarvo Shipping ordered four tankers from Siskin Yards.'],
    ['Tarvo Shipping ordered six tankers from Siskin Yards.', 'Tarvo Shipping ordered four tankers from Siskin Yards.'],
  ])('a ship of no type counts any, and one type conflicts with itself: %s (guard)', (a, b) => {
    expect(conflicts([a, b])).toContain('quantity');
  });
});

describe('a title-case headline: its verb and its prepositions join no name', () => {
  const sides = (text: string) => extractClaims(text).filter((c) => c.action).map((c) => [c.actor?.canonical, c.counterparty?.canonical].sort().join(' / '));
  it.each([
    ['Tarvo Marine Orders Six Bulk Carriers From Siskin Heavy in $410 Million Deal', 'Siskin Heavy / Tarvo Marine'],
    ['Siskin Mining Signs $300 Million Loan With Bank of Tarvo', 'Bank of Tarvo / Siskin Mining'],
    ['Norvex Grid Inks Ten-Year Power Deal With Wrenfold Energy', 'Norvex Grid / Wrenfold Energy'],
  ])('%s', (text, expected) => {
    expect(sides(text)).toContain(expected);
  });

  it('a headline in sentence case still reads (guard)', () => {
    expect(sides('Tarvo Marine orders six bulk carriers from Siskin Heavy')).toContain('Siskin Heavy / Tarvo Marine');
  });
});

describe('a firm named the only giver of a trade\'s service is a sole giver', () => {
  const namesSole = (text: string, giver: string) => extractClaims(text).some((c) => c.exclusive && [c.actor?.canonical, c.counterparty?.canonical].includes(giver));

  it.each([
    ['Siskin Pay has picked Tarvo Settle to be its sole payment processor.', 'Tarvo Settle'],
    ['Brisco Foods has named Kellsmoor Logistics its only distributor in Spain.', 'Kellsmoor Logistics'],
  ])('%s', (text, giver) => {
    expect(namesSole(text, giver)).toBe(true);
  });

  it('"has chosen Harlow Clearing as its exclusive merchant acquirer" past an appositive (guard)', () => {
    expect(namesSole('Siskin Pay, the wallet maker, has chosen Harlow Clearing as its exclusive merchant acquirer in Europe.', 'Harlow Clearing')).toBe(true);
  });

  it('two sole processors of one firm conflict on the counterparty', () => {
    expect(conflicts(['Siskin Pay has picked Tarvo Settle to be its sole payment processor.', 'Siskin Pay has chosen Harlow Clearing as its exclusive payment processor.'])).toContain('counterparty');
  });

  it('an agent word that names no trade is no role: "its only shareholder" (guard)', () => {
    expect(extractClaims('Tarvo Group has named Siskin Capital its only shareholder.').some((c) => c.exclusive)).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { analyze, extractClaims, extractQuantities } from '../src/index.js';

/** One firm named many ways across sources: wire codes, parents and units, descriptions told before the name. */

const report = (texts: string[]) => analyze(texts.map((text, i) => ({ id: `s${i + 1}`, text })));

/** The family the corpus puts a name in. */
const familyOf = (texts: string[], name: string) => {
  const entity = report(texts).entities.find((e) => e.canonical === name || e.aliases.includes(name));
  return entity?.family ?? null;
};

describe('a wire\'s code for a stock names the firm its ticker runs through', () => {
  it.each([
    ['TRVH.OL', 'Tarvo Holding ASA'],
    ['SISK-B.ST', 'Siskin Automotive AB'],
    ['BRSC.N', 'Brisco Hotels Inc.'],
    ['WRNF.AS', 'Wrenfold Marine N.V.'],
  ])('%s is %s', (code, firm) => {
    const short = firm.split(' ')[0]!;
    const texts = [
      `${firm} has ordered 40 coaches from Kellsmoor Rail for EUR 300 million, the company said.`,
      `${code} / KELL.L: 40 coaches, EUR 300m, deliveries 2028.`,
    ];
    const entity = report(texts).entities.find((e) => e.aliases.includes(code));
    expect(entity?.canonical.startsWith(short)).toBe(true);
  });

  it('a ticker whose last letter is the initial of a legal suffix: "KIPL" is "Kellsmoor Infraprojects Limited"', () => {
    const texts = [
      'Kellsmoor Infraprojects Limited has won a ₹2,100 crore highway contract from the Norvex Roads Authority.',
      'KIPL bags ₹2,100-cr road order from the Norvex Roads Authority; stock up 5%.',
    ];
    const entity = report(texts).entities.find((e) => e.aliases.includes('KIPL') || e.canonical === 'KIPL');
    expect(entity?.canonical).toBe('Kellsmoor Infraprojects');
  });

  it('a ratio of shorthand names no one: "OB/TTM at 2.7x" (guard)', () => {
    const parties = extractClaims('Norvex wins a ₹1,900 cr road job from Tarvo. OB/TTM at 2.7x.').flatMap((c) => [c.actor?.canonical, c.counterparty?.canonical]);
    expect(parties).not.toContain('OB/TTM');
  });

  it('a code whose letters run through no firm of the corpus stays its own name (guard)', () => {
    const texts = [
      'Tarvo Holding ASA has ordered 40 coaches from Kellsmoor Rail for EUR 300 million.',
      'QXZW.OL: 40 coaches, EUR 300m.',
    ];
    expect(report(texts).entities.some((e) => e.canonical === 'QXZW' || e.canonical === 'QXZW.OL')).toBe(true);
  });
});

describe('a parent or unit the text ties to a firm stands on its side', () => {
  const deal = 'has agreed a 14-year power supply contract with Norvex Solar for 180 MW.';
  it.each([
    [`Harlow Data, the Czech arm of German engineering group Velquor, ${deal}`, 'Harlow Data', 'Velquor'],
    [`Harlow Data, a unit of U.S. pension investor Velquor Partners, ${deal}`, 'Harlow Data', 'Velquor Partners'],
    [`Norvex Solar signed a 240 MW power deal with Harlow Data (Velquor) for 12 years.`, 'Harlow Data', 'Velquor'],
    [`Velquor Partners said that Harlow Data, its Nordic cloud platform, ${deal}`, 'Harlow Data', 'Velquor Partners'],
  ])('%s', (text, member, parent) => {
    const texts = [text];
    expect(familyOf(texts, member)).not.toBeNull();
    expect(familyOf(texts, member)).toBe(familyOf(texts, parent));
  });

  it('two sides of a deal with no stated tie stay two families (guard)', () => {
    const texts = ['Kellsmoor Mining signed a A$90 million supply deal with Brisco Metals, Harlow said.'];
    expect(familyOf(texts, 'Kellsmoor Mining')).not.toBe(familyOf(texts, 'Brisco Metals'));
  });
});

describe('a description that opens a paragraph stands for a firm a later sentence opens with, not one it names in passing', () => {
  it('"... and naval architects Quellby Marine will draw the plans" is not the yard', () => {
    const text = 'The Gdynia-based shipbuilder has won a contract worth EUR 280 million to build six ferries for Tarvo Lines. '
      + 'Chief executive Anna Brisk said work would begin in 2027, and naval architects Quellby Marine will draw the plans.';
    const resolved = extractClaims(text).flatMap((c) => [c.actor, c.counterparty]).filter((p) => p?.rule === 'resolved-neuter-pronoun');
    expect(resolved.map((p) => p!.canonical)).not.toContain('Quellby Marine');
  });

  it('"... Siskin\'s head of retail said" is the description\'s firm (guard)', () => {
    const text = 'The Zurich-based lender is paying CHF 210 million for the rest of Brisco Pay. Siskin\'s head of retail said the app fits its plans.';
    const actors = extractClaims(text).map((c) => c.actor?.canonical);
    expect(actors).toContain('Siskin');
  });
});

describe('the debt a firm carries is no deal\'s price', () => {
  it.each([
    ['Brisco, which is carrying $300m of dollar debt, plans to cut it with the money.'],
  ])('%s', (text) => {
    expect(extractClaims(text).every((c) => c.amount === null)).toBe(true);
  });

  it('"which has €2.1bn of net debt" (guard)', () => {
    expect(extractClaims('Tarvo, which has €2.1bn of net debt, plans to cut it with the proceeds.').every((c) => c.amount === null)).toBe(true);
  });
});

describe('"exclusive" with no role noun holds the grant on each side: another exclusive partner on the same terms conflicts', () => {
  const contradictions = (texts: string[]) => report(texts).findings.filter((f) => f.kind === 'contradiction' && f.rule === 'exclusive-counterparty');
  const sole = 'Tarvo Hotels has named Siskin Pay its sole payment processor under a seven-year deal worth $200 million.';

  it.each([
    ['Brisco Payments has signed an exclusive seven-year, $200 million processing deal with Tarvo Hotels.'],
    ['Tarvo Hotels signed an exclusive $200 million card-processing contract with Brisco Payments.'],
  ])('%s', (other) => {
    const found = contradictions([sole, other]);
    expect(found).toHaveLength(1);
    expect(found[0]!.explanation).toMatch(/exclusive with Brisco Payments/);
  });

  it('with no figure in common it may be another deal (guard)', () => {
    expect(contradictions([sole, 'Brisco Payments has signed an exclusive processing deal with Tarvo Hotels for its ski resorts.'])).toHaveLength(0);
  });

  it('a brand and its maker ("quellpay", "Quellby Payments") are no two partners (guard)', () => {
    const texts = [
      'Tarvo Hotels has picked quellpay as its sole payment processor in a seven-year, $200 million deal.',
      'Quellby Payments signed an exclusive seven-year, $200 million deal with Tarvo Hotels.',
    ];
    expect(contradictions(texts)).toHaveLength(0);
  });
});

describe('more ways a text ties a firm to another, and words that name no firm', () => {
  it.each([
    ['Brisco, which traded as Harlow Data until 2023, agreed to a £50 million sale to Tarvo.', 'Harlow Data', 'Brisco'],
    ["Siskin will supply tea to Quellby Mart under a three-year deal, Quellby's parent Norvex Retail Holdings said.", 'Quellby', 'Norvex Retail Holdings'],
  ])('%s', (text, member, parent) => {
    expect(familyOf([text], member)).not.toBeNull();
    expect(familyOf([text], member)).toBe(familyOf([text], parent));
  });

  it('a legal suffix in brackets ends the name: "Kellsmoor TowerCo (Pty) Ltd"', () => {
    const text = 'Kellsmoor Mobile plans to sell a 55% interest in its tower subsidiary, Kellsmoor TowerCo (Pty) Ltd, owner of 5,100 masts, for R6.4 billion.';
    const parties = extractClaims(text).flatMap((c) => [c.actor?.canonical, c.counterparty?.canonical]);
    expect(parties).not.toContain('Pty');
    expect(parties).not.toContain('Ltd');
    expect(extractClaims('Harlow (Pty) Ltd signed a deal with Tarvo for R2 billion.')[0]?.actor?.canonical).toBe('Harlow');
  });

  it('a country\'s possessive before a firm\'s description is the description, not the country', () => {
    const texts = [
      'OSLO, March 2 (Wire) - Norway\'s second-largest ferry operator said it plans to sell three vessels to Brisco Lines for NOK 900 million. Kellsmoor shares rose 2.1%.',
    ];
    const parties = report(texts).claims.flatMap((c) => [c.actor?.canonical, c.counterparty?.canonical]);
    expect(parties).not.toContain('Norway');
    expect(parties).toContain('Kellsmoor');
  });

  it('an appositive\'s country possessive leaves the name before it the subject (guard)', () => {
    const [claim] = extractClaims('Tarvo Mills, Canada\'s largest miller, signed a $90 million supply deal with Harlow Bakeries.');
    expect([claim?.actor?.canonical, claim?.counterparty?.canonical]).toEqual(['Tarvo Mills', 'Harlow Bakeries']);
  });

  it('a market code after a numeric ticker names no one: "7342 JP (Quellby)"', () => {
    const names = report(['7342 JP (Quellby) - upgrade to Buy. Norvex signs on as its largest client: 3-yr PB coffee supply deal of ~¥9bn.']).entities.map((e) => e.canonical);
    expect(names).not.toContain('JP');
    expect(names).not.toContain('PB');
  });

  it('two names a sentence ties as parent and part are no deal\'s two sides: "Quillby\'s parent, Tarvo Holdings, reported ..."', () => {
    const claims = extractClaims("Quillby's parent, Tarvo Holdings, reported 3.1 million subscribers at the end of June.");
    expect(claims.some((c) => c.actor && c.counterparty)).toBe(false);
  });
});

describe('"R" before a sum of a million or more is the rand', () => {
  it.each([
    ['for R9.2 billion', 9_200_000_000],
    ['a R450m contract', 450_000_000],
    ['R 1.5bn', 1_500_000_000],
  ])('%s', (text, value) => {
    expect(extractQuantities(text).amounts[0]).toMatchObject({ value, currency: 'ZAR' });
  });

  it.each([['TP R48'], ['the R2 robot'], ['along the R48 road']])('a small number after "R" is no money: %s (guard)', (text) => {
    expect(extractQuantities(text).amounts).toHaveLength(0);
  });
});

describe('a deal one source tells with a misread side meets the deal others tell when two figures are the same', () => {
  const news = [
    'Tarvo Lines ordered six ferries from Siskin Yards for $540 million, for delivery over three years.',
    'Siskin Yards will build six ferries for Tarvo Lines in a $540 million deal.',
  ];
  const eventsOf = (texts: string[]) => report(texts).events.filter((e) => e.type !== 'state');

  it('"booked six ferries with Quellby Design in a $540 million, three-year programme" joins the order', () => {
    const events = eventsOf([...news, 'Tarvo Lines booked six ferries with Quellby Design in a $540 million, three-year programme.']);
    expect(events).toHaveLength(1);
    expect(events[0]!.joins.map((j) => j.rule)).toContain('figure-twin-joins');
  });

  it.each([
    ['one figure alike', 'Tarvo Lines booked six ferries with Quellby Design in a $610 million programme.'],
    ['a figure otherwise', 'Tarvo Lines booked nine ferries with Quellby Design in a $540 million, three-year programme.'],
  ])('stays apart with %s (guard)', (_why, text) => {
    expect(eventsOf([...news, text])).toHaveLength(2);
  });

  it('capitals a note\'s "3x" counts are goods, not a party: "takes 3x VLGC on 5y charter"', () => {
    const parties = extractClaims('TARV DC: Brisco takes 3x VLGC on 5y charter, ~$310m.').flatMap((c) => [c.actor?.canonical, c.counterparty?.canonical]);
    expect(parties).not.toContain('VLGC');
  });
});

describe('sites and places are no sides', () => {
  it('"Norvex\'s Quellby solar park": a name before an adjective and a site noun is the site', () => {
    const [claim] = extractClaims("Tarvo Data will take all the power of Norvex's 180 MW Quellby solar park under a 12-year PPA.");
    expect([claim?.actor?.canonical, claim?.counterparty?.canonical].sort()).toEqual(['Norvex', 'Tarvo Data']);
  });

  it('"its Harlow wind farm in West Texas": neither the site nor the place, after a point of the compass, is a side (guard)', () => {
    const parties = extractClaims('Brisco Renewables signed a $1.1 billion contract for its Harlow wind farm in West Texas.').flatMap((c) => [c.actor?.canonical, c.counterparty?.canonical]);
    expect(parties).not.toContain('West Texas');
    expect(parties).not.toContain('Harlow');
  });
});

describe('a description opening the sentence is the firm that says it', () => {
  it('"The Bristol-based insurer will pay ..., Quellby Assurance said"', () => {
    const claims = extractClaims("The Bristol-based insurer will pay £150 million across six seasons to rename Brisco Rovers' arena, Quellby Assurance said in a statement.");
    expect(claims.map((c) => [c.actor?.canonical, c.actor?.rule])).toContainEqual(['Quellby Assurance', 'resolved-neuter-pronoun']);
  });

  it.each([
    ["The Bristol-based lender will pay £150 million to rename Brisco Rovers' arena, Brisco Rovers said."],
    ['Harlow shares rose 4%. The seller\'s chief executive, Jo Quell, said the disposal to Siskin should complete in May.'],
  ])('not a firm the sentence names otherwise, nor a person: %s (guard)', (text) => {
    const actors = extractClaims(text).map((c) => c.actor?.canonical);
    expect(actors).not.toContain('Brisco Rovers');
    expect(actors).not.toContain('Jo Quell');
  });
});

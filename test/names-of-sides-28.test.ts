import { describe, expect, it } from 'vitest';
import { analyze, extractClaims } from '../src/index.js';

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

  it('a ratio of shorthand names no one: "OB/TTM revenue now 3.2x"', () => {
    const parties = extractClaims('Order win: Norvex pkg ₹24.5bn. OB/TTM revenue now 3.2x.').flatMap((c) => [c.actor?.canonical, c.counterparty?.canonical]);
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
  const deal = 'has signed a 12-year power purchase agreement with Norvex Solar for 240 MW.';
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
    ['Brisco, which is carrying $300m of dollar debt, will use the money to pay down loans.'],
  ])('%s', (text) => {
    expect(extractClaims(text).every((c) => c.amount === null)).toBe(true);
  });

  it('"which has €2.1bn of net debt" (guard)', () => {
    expect(extractClaims('Tarvo, which has €2.1bn of net debt, will use the proceeds to pay it down.').every((c) => c.amount === null)).toBe(true);
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

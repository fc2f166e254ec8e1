import { describe, expect, it } from 'vitest';
import { analyze, extractClaims, extractQuantities } from '../src/index.js';

/** The canonical names of a corpus's entities. */
const canonicals = (...texts: string[]) => analyze(texts.map((text, i) => ({ id: `s${i + 1}`, text }))).entities.map((e) => e.canonical);
const parties = (text: string) => extractClaims(text).filter((c) => c.action).map((c) => `${c.actor?.canonical ?? '-'} > ${c.counterparty?.canonical ?? '-'}`);
const reasons = (text: string, kind: 'amounts' | 'quantities' | 'durations') =>
  (extractQuantities(text)[kind] as { text: string; incidental?: string }[]).map((q) => `${q.text}:${q.incidental ?? ''}`);

describe('a ticker written alone does not name the firm', () => {
  it('"Its shares (KUMR)" leaves "Kumris Tankers" the canonical name', () => {
    const names = canonicals('Kumris Tankers ASA has fixed three tankers to Seshex Trading for $96 million. Its shares (KUMR) gained 3.4% in Oslo.');
    expect(names).toContain('Kumris Tankers');
    expect(names).not.toContain('KUMR');
  });

  it('a short form the text calls the firm by more often than its full name stays its name', () => {
    const names = canonicals(
      'Cable maker NKV Kabel ASA has won a framework agreement from Verkkolaakso worth NOK 2.4 billion.',
      'NKV landed a NOK 2.4bn cable frame with Verkkolaakso.',
      'NKV wins NOK 2.4bn Verkkolaakso cable frame',
    );
    expect(names).toContain('NKV');
  });
});

describe('names that end in a word of finance shorthand', () => {
  it('"the Avric Rugby Series" is a whole name', () => {
    expect(parties('Velmora won the rights to the Avric Rugby Series for \u00a3210 million.')).toContain('Velmora > Avric Rugby Series');
  });

  it.each([
    'Lemand raised a $300m Series C led by Harbor Lane Capital.',
    'Harbor Lane led the Series B-2 round in Qualley at $40m.',
  ])('a funding round\'s "Series" names no one: %s', (text) => {
    expect(parties(text).join(' ')).not.toMatch(/Series/);
  });
});

describe('a trust\'s form, short or spelled out', () => {
  it('"Gistira Residential REIT" and "Gistira Residential Real Estate Investment Trust" are one entity', () => {
    const names = canonicals(
      'Gistira Residential REIT has agreed to sell six buildings to Tallant Housing Partners for C$410 million.',
      'Gistira Residential Real Estate Investment Trust confirms that it has not agreed to sell its buildings to Tallant Housing Partners.',
    );
    expect(names.filter((n) => n.startsWith('Gistira'))).toHaveLength(1);
  });
});

describe('names joined to one a preposition governs', () => {
  it.each([
    ['Fieldhaven, the sports joint venture of broadcaster Delacourt and streaming service Plumeline, has acquired the rights to the Avric Rugby Series.'],
    ['Fieldhaven, a unit of Delacourt and Plumeline, has acquired the rights to the Avric Rugby Series.'],
  ])('the subject stands before the appositive: %s', (text) => {
    expect(parties(text)).toContain('Fieldhaven > Avric Rugby Series');
  });

  it('two names that open a sentence are still its subjects', () => {
    expect(parties('Delacourt and Plumeline have acquired the rights to the Avric Rugby Series.').join(' ')).toMatch(/^(?:Delacourt|Plumeline) >/);
  });
});

describe('a press release\'s "About" heading on a line of its own', () => {
  it('ends the claims: the firm\'s description states no deal', () => {
    const text = 'Sugix Signs PPA\n\nTORONTO, Oct. 2, 2025 -- Sugix Power Corp. signed a 12-year deal with Borton Steel.\n\nAbout Sugix Power\nSolvenne has 5.1 GW of wind assets in operation.';
    const claims = extractClaims(text);
    expect(claims.some((c) => c.quantities.some((q) => q.value === 5.1e9))).toBe(false);
  });
});

describe('a firm\'s own figures beside a deal', () => {
  it.each([
    ['Atock Mutual posted full-year gross written premiums of \u00a32.3 billion and confirmed its stadium sponsorship.', 'amounts', '\u00a32.3 billion:company-size'],
    ['Pistan\'s revenue for the year was \u00a33.4bn.', 'amounts', '\u00a33.4bn:firm-metric'],
    ['Pistan\'s \u00a3180m disposal of its convenience estate leaves it with 210 department stores.', 'quantities', '210 department stores:own-holdings'],
    ['Management tied the step-up in inventory ($1.1B, 142 days) to the new wafer agreement.', 'amounts', '$1.1B:firm-metric'],
    ['Management tied the step-up in inventory ($1.1B, 142 days) to the new wafer agreement.', 'durations', '142 days:inventory-days'],
    ['The chipmaker held 142 days of inventory against a five-year supply deal.', 'durations', '142 days:inventory-days'],
  ] as const)('%s', (text, kind, expected) => {
    expect(reasons(text, kind)).toContain(expected);
  });

  it('"full-year" before premiums is a reporting period, not a term', () => {
    const found = reasons('Atock Mutual posted full-year gross written premiums of \u00a32.3 billion.', 'durations');
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((r) => r.endsWith(':reporting-period'))).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import { analyze, extractClaims } from '../src/index.js';

const findings = (texts: readonly string[]) =>
  analyze(texts.map((text, i) => ({ id: String.fromCharCode(97 + i), text }))).findings.map((f) => `${f.kind} ${f.sources.join('~')}`);

describe('deals the words set apart', () => {
  it('a charter and a sale between one pair are two deals', () => {
    const texts = [
      'Evenmoor Energy has chartered four tankers from Roskild Shipping for seven years for $1.4 billion.',
      'Roskild Shipping sold the tanker Merrivane Star to Evenmoor Energy for $38 million.',
    ];
    expect(findings(texts)).toEqual([]);
  });

  it('a lease and its retelling as a hire still meet (guard)', () => {
    const texts = [
      'Evenmoor Air will lease ten jets from Roskild Capital for 12 years.',
      'Roskild Capital places ten jets with Evenmoor Air on leases of 12 years.',
    ];
    expect(findings(texts)).toContain('agreement a~b');
  });

  it('a dated older deal of the other form splits nothing of the news (guard)', () => {
    const texts = [
      'Roskild Transit will lease 120 buses from Evenmoor Mobility for 12 years.',
      'Evenmoor Mobility will provide 120 buses to Roskild Transit under a 12-year agreement.',
      'Roskild Transit to rent 120 buses from Evenmoor for eight years',
      'In 2015 Evenmoor sold Roskild 40 trolleybuses for CHF 30m.',
    ];
    expect(findings(texts)).toEqual(expect.arrayContaining(['agreement a~b', 'contradiction a~c', 'contradiction b~c']));
  });

  it('a row that names no form joins the form whose figure it retells (guard)', () => {
    const texts = [
      'Roskild Tankers will charter four LNG vessels to Evenmoor Trading on ten-year terms.',
      'Roskild Tankers is selling its 145,000 cbm vessel Merrivane Frost to Evenmoor Trading; the price is USD 38m.',
      'Spot | LNG | Evenmoor takes 4 x 174k cbm (Roskild, dual-fuel) | 10 yrs | ~$140m/yr total',
    ];
    expect(findings(texts)).toContain('agreement a~c');
  });

  it('an appositive that says when the deal was signed dates it', () => {
    const [claim] = extractClaims("Background: the grower's earlier deal with Sorrowby, an annual contract covering 9,000 t of fruit agreed in 2023, was worth $52m.");
    expect(claim?.time?.year).toBe(2023);
  });
});

describe('a deal its words set apart', () => {
  it('"Separately, ..." joins none of the side\'s news', () => {
    const texts = [
      'Quorrel Power borrowed $245 million over 16 years from Feldane Development Bank for its wind farm.',
      'Separately, Quorrel priced a €90 million seven-year bond in May.',
    ];
    expect(findings(texts)).toEqual([]);
  });
});

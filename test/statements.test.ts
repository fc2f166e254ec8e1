import { describe, expect, it } from 'vitest';
import { analyze, extractClaims } from '../src/index.js';

const verdicts = (a: string, b: string) =>
  analyze([{ id: 'a', text: a }, { id: 'b', text: b }]).findings.map((f) => `${f.kind}:${f.field}`).sort();

describe('one-party statements', () => {
  it('reads subject, predicate, direction and dates', () => {
    const [claim] = extractClaims('Brentwick shares fell 12% on Tuesday after the recall.');
    expect(claim).toMatchObject({ actor: { canonical: 'Brentwick' }, action: { type: 'state', lemma: 'move' }, trend: 'down', when: ['tuesday'] });
  });

  it('conflicts on direction, agrees on the same direction', () => {
    expect(verdicts('Haldisson revenue rose sharply last quarter.', 'Haldisson revenue fell last quarter.')).toEqual(['contradiction:trend']);
    expect(verdicts('Haldisson revenue rose sharply.', 'Haldisson revenue jumped.')).toEqual(['agreement:trend']);
  });

  it('keeps a stake a party already holds out of the deal it is buying', () => {
    const report = analyze([
      { id: 'a', text: 'Hoshi Pharma agreed to buy all shares of Lumham Bio it does not already own for €1.1bn. Hoshi currently holds 15% of Lumham.' },
      { id: 'b', text: 'Buying the 85% of Lumham Bio it does not already hold costs Hoshi Pharma €1.1bn.' },
    ]);
    expect(report.claims.find((c) => c.text.includes('holds'))?.action?.type).toBe('state');
    expect(report.findings.filter((f) => f.kind === 'contradiction')).toEqual([]);
  });

  it('takes no bare "Shares slipped 2%" for a statement: whose shares the words do not say', () => {
    expect(verdicts('QTEL (Hold): the sponsorship is costly. Shares slipped 2% on the news.', 'NMBC (Buy): the commitment is large. Shares up 6% pre-market.')).toEqual([]);
    expect(extractClaims('Brentwick shares fell 12% on Tuesday.').map((c) => c.actor?.canonical)).toEqual(['Brentwick']);
    // ("Harkness stock gained": the firm whose stock moves, when the tagger finds no name.)
    expect(extractClaims('Harkness stock gained 5.1%.').map((c) => c.actor?.canonical)).toEqual(['Harkness']);
  });

  it('does not compare two different days', () => {
    expect(verdicts('The Brixby index rose 40 points on Monday.', 'The Brixby index fell 25 points on Tuesday.')).toEqual([]);
  });

  it('keeps a level apart from a change', () => {
    expect(verdicts('Jobless claims fell to 4.9%.', 'Jobless claims fell 0.2%.')).toEqual([]);
  });

  it('holds a stated bound strictly', () => {
    expect(verdicts('Cushock Bank to pay $5.1 billion to settle the probe.', 'Cushock Bank to pay up to $5 billion to settle the probe.')).toEqual(['contradiction:amount']);
    expect(verdicts('Cushock Bank to pay $4.9 billion to settle the probe.', 'Cushock Bank to pay up to $5 billion to settle the probe.')).toEqual(['agreement:event']);
    // a ceiling is where the deal stands, not anything from zero
    expect(verdicts('Cushock Bank to pay $0.5 billion to settle the probe.', 'Cushock Bank to pay up to $5 billion to settle the probe.')).toEqual(['contradiction:amount']);
  });
});

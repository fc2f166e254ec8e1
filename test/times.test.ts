import { describe, expect, it } from 'vitest';
import { extractClaims } from '../src/index.js';

/** The time on the first claim of a text. */
const timeOf = (text: string, publishedAt?: string) => extractClaims(text, publishedAt ? { publishedAt } : {})[0]?.time ?? null;

describe('times on claims', () => {
  it('counts relative words from publishedAt, to a year or a year and a month', () => {
    expect(timeOf('Brisk Air bought 40 jets from Osprey Aero last year.', '2025-03-10')).toMatchObject({ text: 'last year', year: 2024, month: null, offset: -1, certainty: 'implied' });
    expect(timeOf('Brisk Air ordered 12 jets from Osprey Aero last month.', '2025-01-15')).toMatchObject({ text: 'last month', year: 2024, month: 12, offset: -1 });
    expect(timeOf('Earlier this year, Brisk Air ordered 12 jets from Osprey Aero.', '2025-06-01')).toMatchObject({ text: 'Earlier this year', year: 2025, offset: 0 });
    expect(timeOf('Brisk Air ordered 12 jets from Osprey Aero in the first quarter.', '2025-06-01')).toMatchObject({ year: 2025, month: 1 });
    expect(timeOf("Osprey Aero said this week's order from Brisk Air covers 12 jets.", '2025-06-01')).toMatchObject({ text: 'this week', year: 2025, month: 6, offset: 0 });
  });

  it('reads a bare month as the last one up to the publication, or the next one for a deal to come', () => {
    expect(timeOf('Brisk Air ordered 12 jets from Osprey Aero in March.', '2025-05-02')).toMatchObject({ year: 2025, month: 3, offset: 0 });
    expect(timeOf('Brisk Air ordered 12 jets from Osprey Aero in March.', '2025-02-01')).toMatchObject({ year: 2024, month: 3, offset: -1 });
  });

  it('keeps a written year as stated, and relative words as an offset when no date anchors them', () => {
    expect(timeOf('Brisk Air bought 12 jets from Osprey Aero in 2019.', '2025-03-10')).toMatchObject({ year: 2019, certainty: 'stated', offset: null });
    expect(timeOf('Brisk Air bought 40 jets from Osprey Aero last year.')).toMatchObject({ year: null, offset: -1 });
    expect(timeOf('Brisk Air ordered 12 jets from Osprey Aero this week.')).toMatchObject({ year: null, offset: 0 });
    expect(timeOf('Brisk Air ordered 12 jets from Osprey Aero in March.')).toMatchObject({ year: null, month: 3, offset: null });
  });

  it('gives the span of the words as written', () => {
    const text = 'Brisk Air bought 40 jets from Osprey Aero last year.';
    const time = timeOf(text)!;
    expect(text.slice(time.span.start, time.span.end)).toBe('last year');
  });

  it('dates only the deal: not a time of another fact in the sentence, nor a start or a bound', () => {
    expect(timeOf('Brisk Air bought 12 jets from Osprey Aero, whose shares have risen 20% this year.')).toBeNull();
    expect(timeOf('Brisk Air has bought jets from Osprey Aero since 2021.')).toBeNull();
    expect(timeOf('Brisk Air will buy 12 jets from Osprey Aero for delivery by 2028.')).toBeNull();
    // A deal still to come is announced now: its later date is not the deal's.
    expect(timeOf('Brisk Air will buy 12 jets from Osprey Aero next year.')).toBeNull();
  });

  it('never takes the words of an opening time for a party', () => {
    const [claim] = extractClaims('Back in 2019, Brisk Air agreed to buy 25 jets from Osprey Aero.');
    expect([claim?.actor?.canonical, claim?.counterparty?.canonical]).not.toContain('Back');
    expect(claim?.time?.year).toBe(2019);
  });
});

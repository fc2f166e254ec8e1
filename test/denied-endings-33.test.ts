import { describe, expect, it } from 'vitest';
import { analyze, extractClaims } from '../src/index.js';

// An ending that is itself denied leaves the deal standing (`endingDenied` in src/extract/cues.ts), and a day rate is
// set against a term's value with room for the days and fees it leaves out (`DAY_RATE_TOLERANCE` in
// src/compare/money.ts). Invented names.

describe('a denied ending leaves the deal standing', () => {
  it.each([
    'Siskin has not cancelled its contract with Tarnveld.',
    'There has been no termination of the Siskin contract with Tarnveld.',
    'Siskin said the contract with Tarnveld had not been terminated.',
    'Siskin has never scrapped its contract with Tarnveld.',
  ])('%s', (text) => {
    expect(extractClaims(text)[0]?.negated).toBe(false);
  });

  it.each([
    'Siskin cancelled its contract with Tarnveld.',
    'Siskin did not sign a contract with Tarnveld.',
    'Siskin has scrapped its contract with Tarnveld, and has not paid the fee.',
  ])('%s (guard)', (text) => {
    expect(extractClaims(text)[0]?.negated).toBe(true);
  });
});

describe('a day rate against the value of a term', () => {
  const verdicts = async (a: string, b: string) => {
    const report = await analyze([{ id: 'a', text: a }, { id: 'b', text: b }]);
    return report.findings.filter((f) => f.field === 'amount').map((f) => f.kind);
  };
  const rate = 'Wrenfold Drilling won a two-year contract from Kessun Energy for its rig at a dayrate of $380,000.';

  it('a value 3% above the rate times the days, fees included, agrees', async () => {
    expect(await verdicts(rate, 'Kessun Energy hired the Wrenfold Drilling rig for two years; the contract is put at some $286 million.')).toEqual(['agreement']);
  });

  it('a value a fifth above it still conflicts (guard)', async () => {
    expect(await verdicts(rate, 'Kessun Energy hired the Wrenfold Drilling rig for two years; the contract is put at some $340 million.')).toEqual(['contradiction']);
  });

  it('two yearly sums keep the tolerance for sums stated alike (guard)', async () => {
    expect(await verdicts('Kessun Energy will pay Wrenfold Drilling $139 million a year for two years.', 'Kessun Energy will pay Wrenfold Drilling $143 million a year for two years.')).toEqual(['contradiction']);
  });
});

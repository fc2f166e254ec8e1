import { describe, expect, it } from 'vitest';
import { analyze } from '../src/index.js';

const canonicals = (texts: string[]) => {
  const report = analyze(texts.map((text, i) => ({ id: `s${i + 1}`, text })));
  return [...new Set(report.claims.flatMap((c) => [c.actor?.canonical, c.counterparty?.canonical]).filter((n): n is string => !!n))].sort();
};

describe('the canonical name is the short name the sources write alone', () => {
  it('"Kellsmoor" and "Wrenfold" of "Kellsmoor Cement Ltd" and "Wrenfold Cobalt plc"', () => {
    expect(canonicals([
      'Kellsmoor Cement Ltd has agreed to buy clinker worth ₹900 crore from Wrenfold Cobalt plc.',
      'Kellsmoor buys ₹900 crore of clinker from Wrenfold for its new kiln.',
    ])).toEqual(['Kellsmoor', 'Wrenfold']);
  });

  it('a person keeps the full name (guard)', () => {
    expect(canonicals([
      'Dana Velquor will buy the Lantern Arena from Siskin Leisure for $80 million.',
      'Velquor pays Siskin Leisure $80 million for the arena.',
    ])).toContain('Dana Velquor');
  });
});
